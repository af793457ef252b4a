using IndexScorer.Diagnostics;

namespace IndexScorer.Text;

/// <summary>
/// The one vocabulary of yes and no: the item a form offers in each language (Có / Không, Yes / No) and every word read
/// as one or the other, in either language, case, diacritics and spacing ignored. A form's yes/no inputs, a framework's
/// "evidence required" column and a crosswalk's "decide" column all read their answers here.
/// </summary>
internal static class YesNoWords
{
    private static readonly Message Yes = new("WD001", []);
    private static readonly Message No = new("WD002", []);

    /// <summary>Both items, "Có / Không" in the reader's language, for a message that says which answers are expected.</summary>
    internal static Message Either { get; } = new("WD003", [Yes, No]);

    private static readonly HashSet<string> YesKeys = Keys(Yes, "x", "1", "đã", "true", "đạt");
    private static readonly HashSet<string> NoKeys = Keys(No, "0", "chưa", "false", "không đạt");

    /// <summary>The item a form in <paramref name="language"/> offers for yes or for no.</summary>
    public static string Item(bool yes, Language language) => CoreMessages.Catalog.Text(yes ? Yes : No, language);

    /// <summary>Every word read as yes (or as no), as a <see cref="TextKey.Folded"/> key: a form's live points recognise the same words.</summary>
    public static IReadOnlyCollection<string> FoldedKeys(bool yes) => yes ? YesKeys : NoKeys;

    /// <summary>True for a yes word, false for a no word, null for anything else (blank included).</summary>
    public static bool? Read(string? text)
    {
        var key = TextKey.Folded(text);
        return YesKeys.Contains(key) ? true : NoKeys.Contains(key) ? false : null;
    }

    private static HashSet<string> Keys(Message item, params string[] synonyms) =>
        [.. Enum.GetValues<Language>().Select(l => CoreMessages.Catalog.Text(item, l)).Concat(synonyms).Select(TextKey.Folded)];
}
