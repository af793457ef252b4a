using ClosedXML.Excel;
using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.IO.Workbooks;

/// <summary>Finds a sheet's columns by their header names (Vietnamese or English, case/diacritics/Unicode form tolerant).</summary>
public sealed class HeaderMap
{
    private readonly Dictionary<string, int> _columns;

    private HeaderMap(Dictionary<string, int> columns, int headerRow)
    {
        _columns = columns;
        HeaderRow = headerRow;
    }

    /// <summary>The row holding the headers.</summary>
    public int HeaderRow { get; }

    /// <summary>
    /// Reads the header row (the first of the first 10 rows that names any known column)
    /// and maps each key to its column, matching any of its names. Missing required keys become diagnostics.
    /// </summary>
    public static HeaderMap? Read<TKey>(
        IXLWorksheet sheet, string file, IReadOnlyDictionary<TKey, string[]> names, IEnumerable<TKey> required, DiagnosticBag diagnostics)
        where TKey : notnull
    {
        var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        for (var row = 1; row <= 10; row++)
        {
            var found = new Dictionary<string, int>();
            for (var col = 1; col <= lastColumn; col++)
            {
                var header = TextKey.Folded(CellValues.Text(sheet.Cell(row, col)));
                if (header.Length == 0) continue;
                foreach (var (key, aliases) in names)
                {
                    if (!found.ContainsKey(key.ToString()!) && aliases.Any(a => TextKey.Folded(a) == header)) found[key.ToString()!] = col;
                }
            }
            var missing = required.Where(k => !found.ContainsKey(k.ToString()!)).ToList();
            if (found.Count == 0) continue;
            if (missing.Count > 0)
            {
                diagnostics.Error("IO010", new SourceLocation(file, sheet.Name, $"{row}:{row}"),
                    string.Join(", ", missing.Select(k => names[k][0])), string.Join(", ", names.Values.Select(n => n[0])));
                return null;
            }
            return new HeaderMap(found, row);
        }
        diagnostics.Error("IO010", new SourceLocation(file, sheet.Name, "1:10"),
            string.Join(", ", required.Select(k => names[k][0])), string.Join(", ", names.Values.Select(n => n[0])));
        return null;
    }

    /// <summary>The column of a key, or null when the sheet does not have it.</summary>
    public int? Column<TKey>(TKey key) where TKey : notnull => _columns.TryGetValue(key.ToString()!, out var c) ? c : null;
}
