namespace IndexScorer.Rules;

/// <summary>One value a rule needs from the unit, e.g. "Số hồ sơ tiếp nhận" (a count).</summary>
/// <param name="Prompt">What the form asks for beside the input cell.</param>
/// <param name="Kind">What may be typed.</param>
/// <param name="Options">For <see cref="InputKind.Level"/>, the level names in the rule's order; otherwise empty.</param>
public sealed record RuleInput(InputPrompt Prompt, InputKind Kind, IReadOnlyList<string> Options)
{
    /// <summary>An input that takes a number, named by the label the framework wrote in brackets.</summary>
    public static RuleInput Number(string label, InputKind kind) => new(InputPrompt.Written(label), kind, []);
}
