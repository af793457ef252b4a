using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Files;
using IndexScorer.IO.Workbooks;
using IndexScorer.Text;

namespace IndexScorer.IO.Tables;

/// <summary>
/// Reads a table (roster, survey results, crosswalk, the sheets of a framework) from CSV (UTF-8, comma, lines starting
/// with # are comments) or from a sheet of an .xlsx: its columns are found by their header names, one way for both, and
/// each data row comes with its cells and where they stand. Rows with nothing written are left out.
/// </summary>
internal static class TableReader
{
    /// <summary>How many rows of a sheet may stand above its header row (a title, a note).</summary>
    private const int HeaderSearchRows = 10;

    /// <summary>Every data row, or null (with diagnostics) when the file or its header is unusable.</summary>
    public static List<TableRow<TColumn>>? Read<TColumn>(
        string path, string displayName, IReadOnlyDictionary<TColumn, string[]> headers, IReadOnlyList<TColumn> required,
        DiagnosticBag diagnostics)
        where TColumn : struct, Enum
    {
        return Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? ReadCsv(path, displayName, headers, required, diagnostics)
            : ReadSheet(path, displayName, headers, required, diagnostics);
    }

    private static List<TableRow<TColumn>>? ReadCsv<TColumn>(
        string path, string file, IReadOnlyDictionary<TColumn, string[]> headers, IReadOnlyList<TColumn> required, DiagnosticBag diagnostics)
        where TColumn : struct, Enum
    {
        if (InputFile.Read(path, file, InputFile.MaxTextBytes, diagnostics) is not { } bytes) return null;
        if (Decode(bytes, out var badLine) is not { } text)
        {
            diagnostics.Error("IO013", new SourceLocation(file, Line: badLine));
            return null;
        }
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = Delimiter(text),
            AllowComments = true,
            Comment = '#',
            IgnoreBlankLines = true,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        try
        {
            using var reader = new StringReader(text);
            using var csv = new CsvReader(reader, config);
            if (!csv.Read())
            {
                diagnostics.Error("IO002", new SourceLocation(file));
                return null;
            }
            csv.ReadHeader();
            var names = csv.HeaderRecord ?? [];
            var columns = MapColumns(names, headers);
            if (!HasRequired(columns, headers, required, new SourceLocation(file, Line: csv.Parser.RawRow), diagnostics)) return null;
            var rows = new List<TableRow<TColumn>>();
            while (csv.Read())
            {
                var line = csv.Parser.RawRow;
                var cells = columns.ToDictionary(c => c.Key, c => new LocatedText(csv.GetField(c.Value) ?? string.Empty,
                    new SourceLocation(file, Cell: names[c.Value], Line: line)));
                if (cells.Values.All(v => v.IsBlank)) continue;
                rows.Add(new TableRow<TColumn>(cells, new SourceLocation(file, Line: line)));
            }
            return rows;
        }
        catch (CsvHelperException)
        {
            diagnostics.Error("IO020", new SourceLocation(file));
            return null;
        }
    }

    /// <summary>
    /// The text of a CSV file: UTF-8 (with or without BOM) or UTF-16 with a BOM. Null when the bytes are not
    /// valid UTF-8 (Excel's plain "CSV" saves in the Windows code page), with the first bad line.
    /// </summary>
    private static string? Decode(byte[] bytes, out int badLine)
    {
        badLine = 0;
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            for (int from = start, line = 1; from < bytes.Length; line++)
            {
                var end = Array.IndexOf(bytes, (byte)'\n', from);
                if (end < 0) end = bytes.Length;
                try
                {
                    StrictUtf8.GetString(bytes, from, end - from);
                }
                catch (DecoderFallbackException)
                {
                    badLine = line;
                    break;
                }
                from = end + 1;
            }
            return null;
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Comma, unless the header line has none but has semicolons or tabs: Excel with Vietnamese regional
    /// settings (decimal comma) saves CSV with semicolons.
    /// </summary>
    private static string Delimiter(string text)
    {
        using var reader = new StringReader(text);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
            if (line.Contains(',')) return ",";
            return line.Contains(';') ? ";" : line.Contains('\t') ? "\t" : ",";
        }
        return ",";
    }

    private static List<TableRow<TColumn>>? ReadSheet<TColumn>(
        string path, string file, IReadOnlyDictionary<TColumn, string[]> headers, IReadOnlyList<TColumn> required, DiagnosticBag diagnostics)
        where TColumn : struct, Enum
    {
        using var workbook = XlsxWorkbook.Open(path, file, diagnostics);
        var sheet = workbook?.FirstVisibleSheet is { } name ? workbook.Sheet(name, diagnostics) : null;
        return sheet is null ? null : Read(sheet, file, headers, required, diagnostics);
    }

    /// <summary>
    /// Every data row of a sheet, below its header row: the first of its first rows that names a known column. Null (with
    /// diagnostics) when no such row names every required column.
    /// </summary>
    internal static List<TableRow<TColumn>>? Read<TColumn>(
        XlsxSheet sheet, string file, IReadOnlyDictionary<TColumn, string[]> headers, IReadOnlyList<TColumn> required, DiagnosticBag diagnostics)
        where TColumn : struct, Enum
    {
        var lastColumn = sheet.LastColumn;
        for (var headerRow = 1; headerRow <= HeaderSearchRows; headerRow++)
        {
            var names = Enumerable.Range(1, lastColumn).Select(c => sheet[headerRow, c].Text).ToArray();
            var columns = MapColumns(names, headers);
            if (columns.Count == 0) continue;
            if (!HasRequired(columns, headers, required, new SourceLocation(file, sheet.Name, $"{headerRow}:{headerRow}"), diagnostics)) return null;
            var rows = new List<TableRow<TColumn>>();
            for (var r = headerRow + 1; r <= sheet.LastRow; r++)
            {
                var cells = new Dictionary<TColumn, LocatedText>();
                foreach (var (column, index) in columns)
                    cells[column] = new LocatedText(sheet[r, index + 1].Text, sheet.At(file, r, index + 1)) { IsNumber = sheet[r, index + 1].IsNumber };
                if (cells.Values.All(v => v.IsBlank)) continue;
                rows.Add(new TableRow<TColumn>(cells, new SourceLocation(file, sheet.Name, $"{r}:{r}")));
            }
            return rows;
        }
        HasRequired([], headers, required, new SourceLocation(file, sheet.Name, $"1:{HeaderSearchRows}"), diagnostics);
        return null;
    }

    /// <summary>
    /// Where each known column stands among the header's names (from 0), matched without regard to case, diacritics,
    /// spacing or Unicode form; the first name that matches a column wins.
    /// </summary>
    private static Dictionary<TColumn, int> MapColumns<TColumn>(IReadOnlyList<string> names, IReadOnlyDictionary<TColumn, string[]> headers)
        where TColumn : struct, Enum
    {
        var columns = new Dictionary<TColumn, int>();
        for (var i = 0; i < names.Count; i++)
        {
            var folded = TextKey.Folded(names[i]);
            if (folded.Length == 0) continue;
            foreach (var (column, aliases) in headers)
            {
                if (!columns.ContainsKey(column) && aliases.Any(a => TextKey.Folded(a) == folded)) columns[column] = i;
            }
        }
        return columns;
    }

    /// <summary>True when every required column was found; otherwise one diagnostic naming the missing ones.</summary>
    private static bool HasRequired<TColumn>(
        Dictionary<TColumn, int> columns, IReadOnlyDictionary<TColumn, string[]> headers, IReadOnlyList<TColumn> required, SourceLocation where,
        DiagnosticBag diagnostics)
        where TColumn : struct, Enum
    {
        var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count == 0) return true;
        diagnostics.Error("IO010", where, string.Join(", ", missing.Select(c => headers[c][0])), string.Join(", ", headers.Values.Select(h => h[0])));
        return false;
    }
}
