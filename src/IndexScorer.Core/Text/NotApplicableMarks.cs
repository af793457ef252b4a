using IndexScorer.Diagnostics;

namespace IndexScorer.Text;

/// <summary>
/// The one vocabulary of the "not applicable" (không phát sinh) mark a unit puts on a criterion that did not arise: the
/// item a form offers in each language and every spelling read as the mark, in either language, case, diacritics and
/// spacing ignored.
/// </summary>
internal static class NotApplicableMarks
{
    /// <summary>The mark, as a message value (rendered in the reader's language).</summary>
    internal static Message Mark { get; } = new("WD004", []);

    private static readonly HashSet<string> Keys =
        [.. Enum.GetValues<Language>().Select(Item).Concat(["n/a", "na", "x", "kps"]).Select(TextKey.Folded)];

    /// <summary>The item a form in <paramref name="language"/> offers.</summary>
    public static string Item(Language language) => CoreMessages.Catalog.Text(Mark, language);

    /// <summary>Every spelling read as the mark, as a <see cref="TextKey.Folded"/> key: a form's live points recognise the same ones.</summary>
    public static IReadOnlyCollection<string> FoldedKeys => Keys;

    /// <summary>True when <paramref name="text"/> is the mark in either language, or one of its short forms (N/A, KPS, x).</summary>
    public static bool IsMark(string? text) => Keys.Contains(TextKey.Folded(text));
}
