using System.Globalization;

namespace IndexScorer.IO.Results;

/// <summary>
/// A leaf's cell as results.json (format 3) writes it, against the unit's <c>sheets</c>: <c>E11</c> on the first sheet,
/// <c>1!H5</c> on the second (counted from 0), <c>0!…</c> only when the cell itself would read as such a prefix.
/// </summary>
internal static class ResultsPlace
{
    /// <summary>The text of cell <paramref name="cell"/> (null: none) on the unit's sheet <paramref name="sheet"/>.</summary>
    public static string Write(int sheet, string? cell) =>
        sheet == 0 && cell is not null && !HasPrefix(cell, out _, out _) ? cell : $"{sheet}!{cell}";

    /// <summary>The sheet's position in the unit's <c>sheets</c> and the cell (null when empty).</summary>
    public static (int Sheet, string? Cell) Read(string text) =>
        HasPrefix(text, out var sheet, out var cell) ? (sheet, cell.Length == 0 ? null : cell) : (0, text.Length == 0 ? null : text);

    private static bool HasPrefix(string text, out int sheet, out string cell)
    {
        var mark = text.IndexOf('!');
        sheet = 0;
        cell = text;
        if (mark < 1 || mark > 6 || text.AsSpan(0, mark).ContainsAnyExceptInRange('0', '9')
            || !int.TryParse(text.AsSpan(0, mark), NumberStyles.None, CultureInfo.InvariantCulture, out sheet)) return false;
        cell = text[(mark + 1)..];
        return true;
    }
}
