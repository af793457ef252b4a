using System.Globalization;

namespace IndexScorer.Text;

/// <summary>
/// Reads numbers as people type them, in Vietnamese and international notation alike: "1,5" and "1.5", "98%", "2.000",
/// "2 000" and "2,000" (two thousand in a whole-number field), "1.234,5" and "1,234.5", stray spaces. A text that could
/// mean two numbers is never read as either: the caller is told both readings.
/// </summary>
internal static class NumberText
{
    /// <summary>
    /// Reads a number written by a person. A point or comma followed by other digits than a group of three is a decimal
    /// separator; with both a point and a comma, the last is the decimal separator and the other groups thousands; a
    /// separator that appears twice or more groups thousands. A single separator followed by exactly three digits
    /// (<c>2.000</c>, <c>1,234</c>) groups thousands in a whole-number field and is ambiguous in a decimal field.
    /// </summary>
    /// <param name="text">The text typed; a trailing % is dropped, not divided (98% reads as 98).</param>
    /// <param name="field">Whether a whole number or a decimal is expected.</param>
    /// <returns>The reading; null when the text is not a number.</returns>
    public static NumberReading? Read(string? text, NumberField field)
    {
        var t = TextKey.Clean(text).Replace(" ", string.Empty);
        var hadPercent = t.EndsWith('%');
        if (hadPercent) t = t[..^1];
        var negative = t.StartsWith('-');
        if (negative || t.StartsWith('+')) t = t[1..];
        if (t.Length == 0 || !t.Any(char.IsAsciiDigit) || !t.All(c => char.IsAsciiDigit(c) || c is '.' or ',')) return null;

        var last = t.LastIndexOfAny(['.', ',']);
        decimal? value, alternative = null;
        if (last < 0)
        {
            value = Plain(t, string.Empty);
        }
        else
        {
            var separator = t[last];
            var other = separator == '.' ? ',' : '.';
            var count = t.Count(c => c == separator);
            if (t.Contains(other))
            {
                // Both marks: the last one written is the decimal separator, the other groups thousands before it.
                value = count == 1 && t.IndexOf(other, StringComparison.Ordinal) < last ? Grouped(t[..last], other, t[(last + 1)..]) : null;
            }
            else if (count > 1)
            {
                value = Grouped(t, separator, string.Empty);
            }
            else
            {
                var (whole, fraction) = (t[..last], t[(last + 1)..]);
                var couldGroup = fraction.Length == 3 && whole.Length is >= 1 and <= 3 && whole[0] != '0';
                value = Plain(whole, fraction);
                if (couldGroup && field == NumberField.Whole) value = Plain(whole + fraction, string.Empty);
                else if (couldGroup) alternative = Plain(whole + fraction, string.Empty);
            }
        }
        if (value is not { } v) return null;
        return new NumberReading(negative ? -v : v, hadPercent, alternative is { } a && negative ? -a : alternative);
    }

    /// <summary>
    /// Reads a cell: a number the workbook stored as a number is exact (its text is invariant, never ambiguous); a text is
    /// read as <see cref="Read(string?, NumberField)"/> does.
    /// </summary>
    public static NumberReading? Read(LocatedText cell, NumberField field) =>
        cell.IsNumber
            ? decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) ? new NumberReading(exact, false, null) : null
            : Read(cell.Text, field);

    /// <summary>Parses a decimal; false when the text is not a number or could mean two (<c>1.234</c>).</summary>
    /// <param name="text">The text typed.</param>
    /// <param name="value">The number; a trailing % is dropped, not divided (98% reads as 98).</param>
    /// <param name="hadPercent">Whether the text ended in %.</param>
    public static bool TryParse(string? text, out decimal value, out bool hadPercent)
    {
        var reading = Read(text, NumberField.Decimal);
        value = reading is { IsAmbiguous: false } r ? r.Value : 0m;
        hadPercent = reading?.HadPercent ?? false;
        return reading is { IsAmbiguous: false };
    }

    /// <summary>Parses a decimal, ignoring whether a % was typed.</summary>
    public static bool TryParse(string? text, out decimal value) => TryParse(text, out value, out _);

    /// <summary>Parses a cell's decimal (exact when the workbook stored a number); false when it is not one or could mean two.</summary>
    public static bool TryParse(LocatedText cell, out decimal value)
    {
        var reading = Read(cell, NumberField.Decimal);
        value = reading is { IsAmbiguous: false } r ? r.Value : 0m;
        return reading is { IsAmbiguous: false };
    }

    /// <summary>Formats for people: Vietnamese uses a decimal comma; trailing zeros are dropped.</summary>
    public static string Format(decimal value, Language language = Language.Vietnamese) =>
        value.ToString("0.############################", language == Language.Vietnamese ? Vietnamese : CultureInfo.InvariantCulture);

    /// <summary>Formats for machines: invariant culture, full precision, no trailing zeros (12.5, not 12.500).</summary>
    /// <remarks>The decimal's own text with the trailing zeros of its scale dropped: the same as the format "0.#…#" (28 places), several times faster.</remarks>
    public static string Invariant(decimal value)
    {
        Span<char> text = stackalloc char[40];
        value.TryFormat(text, out var length, default, CultureInfo.InvariantCulture);
        if (text[..length].Contains('.'))
        {
            while (text[length - 1] == '0') length--;
            if (text[length - 1] == '.') length--;
        }
        return length == 2 && text[0] == '-' && text[1] == '0' ? "0" : new string(text[..length]);
    }

    /// <summary>Digits grouped by threes with <paramref name="separator"/> (a first group of 1 to 3 digits), then decimals.</summary>
    private static decimal? Grouped(string whole, char separator, string fraction)
    {
        var groups = whole.Split(separator);
        var valid = groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3) && groups.All(g => g.All(char.IsAsciiDigit));
        return valid ? Plain(string.Concat(groups), fraction) : null;
    }

    private static decimal? Plain(string whole, string fraction)
    {
        if (!whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit) || whole.Length + fraction.Length == 0) return null;
        var text = (whole.Length == 0 ? "0" : whole) + (fraction.Length == 0 ? string.Empty : "." + fraction);
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static readonly CultureInfo Vietnamese = new("vi-VN");
}
