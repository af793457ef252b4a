using System.Globalization;
using System.Text;

namespace IndexScorer.Text;

/// <summary>
/// Compares names as people mean them: Unicode NFC (so NFD-typed Vietnamese matches), trimmed,
/// inner spaces folded, case ignored.
/// </summary>
internal static class TextKey
{
    /// <summary>The canonical display form: NFC, trimmed, single spaces.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        // Most codes are clean already: plain ASCII (composed as it stands) spaced once between words. Told without a copy.
        if (Ascii.IsValid(text) && SpacedOnce(text)) return text;
        var nfc = text.Normalize(NormalizationForm.FormC).Replace('\u00A0', ' ');
        return string.Join(' ', nfc.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The comparison key: <see cref="Clean"/>, then lower case (Vietnamese-aware, culture invariant).</summary>
    public static string Of(string? text) => Clean(text).ToLower(CultureInfo.InvariantCulture);

    /// <summary>The key without diacritics, for tolerant matching (đ becomes d).</summary>
    public static string Folded(string? text)
    {
        var key = Of(text);
        if (Ascii.IsValid(key)) return key;
        var decomposed = key.Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>True when no whitespace but single spaces between words.</summary>
    private static bool SpacedOnce(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return false;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || text[i - 1] == ' ')) return false;
        }
        return true;
    }

    /// <summary>True when the two texts name the same thing (see <see cref="Of"/>).</summary>
    public static bool SameName(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal) || Of(a) == Of(b);
}
