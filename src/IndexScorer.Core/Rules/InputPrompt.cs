using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.Rules;

/// <summary>
/// What a rule asks for in one input cell: either one of the engine's own prompts, shown in the form's language, or the
/// label the framework wrote in brackets (<c>[Số hồ sơ tiếp nhận]</c>), framework text shown as written.
/// </summary>
public sealed record InputPrompt
{
    private InputPrompt(BuiltInPrompt? builtIn, string? label)
    {
        BuiltIn = builtIn;
        Label = label;
    }

    /// <summary>The engine's own prompt; null when the framework names the input.</summary>
    public BuiltInPrompt? BuiltIn { get; }

    /// <summary>The framework's bracketed label; null for a built-in prompt.</summary>
    public string? Label { get; }

    /// <summary>One of the engine's own prompts.</summary>
    public static InputPrompt Of(BuiltInPrompt prompt) => new(prompt, null);

    /// <summary>The label the framework wrote in brackets.</summary>
    public static InputPrompt Written(string label) => new(null, label);

    /// <summary>The prompt as a form in <paramref name="language"/> shows it.</summary>
    public string Text(Language language) => BuiltIn is { } prompt ? CoreMessages.Catalog.Text(MessageOf(prompt), language) : Label!;

    /// <summary>The prompt as a value of a message: a built-in prompt is rendered in the reader's language, a label as written.</summary>
    internal object MessageArgument => BuiltIn is { } prompt ? MessageOf(prompt) : Label!;

    private static Message MessageOf(BuiltInPrompt prompt) => new(prompt switch
    {
        BuiltInPrompt.LevelAchieved => "WD010",
        BuiltInPrompt.Done => "WD011",
        BuiltInPrompt.SelfPoints => "WD012",
        _ => throw new ArgumentOutOfRangeException(nameof(prompt), prompt, "Unknown built-in prompt."),
    }, []);
}
