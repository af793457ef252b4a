namespace IndexScorer.IO.Reports;

/// <summary>
/// Hands out worksheet names Excel accepts: at most 31 characters, none of []:*?/\, no apostrophe at either
/// end, not "History", and unique in the workbook regardless of case (a suffix " (2)", " (3)", … is added).
/// </summary>
internal sealed class SheetNames
{
    /// <summary>Excel's limit on a worksheet name's length.</summary>
    public const int MaxLength = 31;

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase) { "History" };

    /// <summary>A valid, not yet taken name as close to <paramref name="wanted"/> as possible; the name is then taken.</summary>
    public string Take(string wanted)
    {
        var clean = Clean(wanted);
        var name = clean;
        for (var n = 2; !_taken.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = Clean(Cut(clean, MaxLength - suffix.Length)) + suffix;
        }
        return name;
    }

    private static string Clean(string text)
    {
        var chars = text.Select((c, i) => "[]:*?/\\".Contains(c) || char.IsControl(c) || Lone(text, i) ? '-' : c).ToArray();
        var name = new string(chars).Trim().Trim('\'').Trim();
        if (name.Length > MaxLength) name = Cut(name, MaxLength).TrimEnd().TrimEnd('\'');
        return name.Length == 0 ? "-" : name;
    }

    /// <summary>The first <paramref name="length"/> characters at most, never cutting an emoji (a surrogate pair) in half.</summary>
    private static string Cut(string text, int length)
    {
        if (text.Length <= length) return text;
        return char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
    }

    /// <summary>True for half a surrogate pair standing alone, which no file can store.</summary>
    private static bool Lone(string text, int i) =>
        (char.IsHighSurrogate(text[i]) && (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1])))
        || (char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));
}
