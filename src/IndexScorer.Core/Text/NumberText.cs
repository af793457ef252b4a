using System.Globalization;

namespace IndexScorer.Text;

/// <summary>Reads numbers as people type them: "1,5" and "1.5", "98%", stray spaces.</summary>
internal static class NumberText
{
    /// <summary>Parses a decimal written with a decimal comma or point; thousands separators are not accepted.</summary>
    /// <param name="text">The text typed.</param>
    /// <param name="value">The number; a trailing % is dropped, not divided (98% reads as 98).</param>
    /// <param name="hadPercent">Whether the text ended in %.</param>
    public static bool TryParse(string? text, out decimal value, out bool hadPercent)
    {
        value = 0;
        hadPercent = false;
        var t = TextKey.Clean(text).Replace(" ", string.Empty);
        if (t.EndsWith('%'))
        {
            hadPercent = true;
            t = t[..^1];
        }
        if (t.Length == 0) return false;
        if (t.Count(c => c == ',') + t.Count(c => c == '.') > 1) return false;
        t = t.Replace(',', '.');
        return decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses a decimal, ignoring whether a % was typed.</summary>
    public static bool TryParse(string? text, out decimal value) => TryParse(text, out value, out _);

    /// <summary>Formats for people: Vietnamese uses a decimal comma; trailing zeros are dropped.</summary>
    public static string Format(decimal value, Language language = Language.Vietnamese) =>
        value.ToString("0.############################", language == Language.Vietnamese ? Vietnamese : CultureInfo.InvariantCulture);

    /// <summary>Formats for machines: invariant culture, full precision, no trailing zeros (12.5, not 12.500).</summary>
    public static string Invariant(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static readonly CultureInfo Vietnamese = new("vi-VN");
}
