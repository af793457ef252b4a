using ClosedXML.Excel;
using IndexScorer.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.IO.Files;
using IndexScorer.IO.Localization;
using IndexScorer.IO.Tables;
using IndexScorer.Text;

namespace IndexScorer.IO.Comparison;

/// <summary>
/// Reads and writes crosswalk files: CSV (UTF-8, comma, # comments) or the first sheet of an .xlsx, one row per
/// correspondence, headers in Vietnamese or English in any order. Every problem names the file and the line or cell.
/// </summary>
internal static class CrosswalkFile
{
    private static readonly CrosswalkColumn[] Order =
        [CrosswalkColumn.Group, CrosswalkColumn.OldCode, CrosswalkColumn.NewCode, CrosswalkColumn.Kind, CrosswalkColumn.Note, CrosswalkColumn.Decide];

    /// <summary>The header names accepted for each column (Vietnamese first, then English).</summary>
    public static IReadOnlyDictionary<CrosswalkColumn, string[]> Headers { get; } = Order.Append(CrosswalkColumn.OldGroup).ToDictionary(c => c, c =>
    {
        var label = Labels.All[HeaderKey(c)];
        return new[] { label.Vi, label.En };
    });

    /// <summary>The crosswalk, or null when any row is wrong (every problem is in <paramref name="diagnostics"/>).</summary>
    public static Crosswalk? Read(string path, string displayName, DiagnosticBag diagnostics)
    {
        var rows = TableReader.Read(path, displayName, Headers, [CrosswalkColumn.Group, CrosswalkColumn.OldCode, CrosswalkColumn.NewCode], diagnostics);
        if (rows is null) return null;
        var errors = diagnostics.ErrorCount;
        var links = new List<CrosswalkLink>();
        var seen = new Dictionary<(string, string, string), SourceLocation>();
        foreach (var row in rows)
        {
            var group = TextKey.Clean(row[CrosswalkColumn.Group].Text);
            if (group.Length == 0)
            {
                diagnostics.Error("CW001", row[CrosswalkColumn.Group].Location);
                continue;
            }
            var old = Code(row[CrosswalkColumn.OldCode], "CW002", diagnostics, out var oldOk);
            var now = Code(row[CrosswalkColumn.NewCode], "CW003", diagnostics, out var newOk);
            if (!oldOk || !newOk) continue;
            if (old is null && now is null)
            {
                diagnostics.Error("CW004", row.Location);
                continue;
            }
            var key = (group.ToUpperInvariant() + "|" + TextKey.Clean(row[CrosswalkColumn.OldGroup].Text).ToUpperInvariant(), old?.Value ?? "", now?.Value ?? "");
            if (seen.TryGetValue(key, out var first))
            {
                diagnostics.Error("CW005", row.Location, first, group, old?.Value ?? "—", now?.Value ?? "—");
                continue;
            }
            seen[key] = row.Location;
            var decide = row[CrosswalkColumn.Decide];
            var oldGroup = TextKey.Clean(row[CrosswalkColumn.OldGroup].Text);
            links.Add(new CrosswalkLink(group, old, now, TextKey.Clean(row[CrosswalkColumn.Note].Text),
                !decide.IsBlank && YesNoWords.Read(decide.Text) != false, row.Location)
            { OldGroup = oldGroup.Length == 0 || string.Equals(oldGroup, group, StringComparison.OrdinalIgnoreCase) ? null : oldGroup });
        }
        return diagnostics.ErrorCount > errors ? null : new Crosswalk(links);
    }

    /// <summary>Writes the crosswalk as a workbook or as CSV, whole or not at all.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="asWorkbook">True for .xlsx, false for CSV (the path may be a temporary name, so it does not decide).</param>
    /// <param name="crosswalk">The rows.</param>
    /// <param name="language">The language of the headers and kinds (both languages are read back).</param>
    /// <param name="comment">A line said first (CSV: a # comment; xlsx: a title row above the table), e.g. which frameworks.</param>
    public static void Write(string path, bool asWorkbook, Crosswalk crosswalk, Language language, string comment)
    {
        if (asWorkbook) WriteSheet(path, crosswalk, language, comment);
        else CsvOutput.Write(path, csv => WriteCsv(csv, crosswalk, language, comment));
    }

    /// <summary>Writes the CSV to a stream (UTF-8 with BOM, text that would start a formula escaped).</summary>
    public static void WriteCsv(Stream stream, Crosswalk crosswalk, Language language, string comment) =>
        CsvOutput.Write(stream, csv => WriteCsv(csv, crosswalk, language, comment));

    private static void WriteCsv(CsvOutput csv, Crosswalk crosswalk, Language language, string comment)
    {
        foreach (var line in comment.Split('\n')) csv.Comment(line.TrimEnd());
        foreach (var column in Order) csv.Text(Labels.Get(HeaderKey(column), language));
        csv.EndRow();
        foreach (var cells in Cells(crosswalk, language))
        {
            foreach (var cell in cells) csv.Text(cell);
            csv.EndRow();
        }
    }

    private static void WriteSheet(string path, Crosswalk crosswalk, Language language, string comment)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(Labels.Get("compare.sheet.crosswalk", language));
        sheet.Cell(1, 1).SetValue(comment).Style.Font.SetItalic();
        for (var c = 0; c < Order.Length; c++) sheet.Cell(2, c + 1).SetValue(Labels.Get(HeaderKey(Order[c]), language));
        sheet.Range(2, 1, 2, Order.Length).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#D9E1F2"));
        var row = 3;
        foreach (var cells in Cells(crosswalk, language))
        {
            for (var c = 0; c < cells.Length; c++) sheet.Cell(row, c + 1).SetValue(cells[c]);
            if (cells[^1].Length > 0) sheet.Range(row, 1, row, Order.Length).Style.Fill.SetBackgroundColor(XLColor.FromHtml("#FFF2CC"));
            row++;
        }
        foreach (var (column, width) in new[] { (1, 10), (2, 10), (3, 10), (4, 18), (5, 80), (6, 16) }) sheet.Column(column).Width = width;
        AtomicFile.Write(path, stream => workbook.SaveAs(stream));
    }

    private static IEnumerable<string[]> Cells(Crosswalk crosswalk, Language language) => crosswalk.Links.Select(link => new[]
    {
        link.Group, link.Old?.Value ?? "", link.New?.Value ?? "", KindLabel(crosswalk.KindOf(link), language), link.Note,
        link.NeedsDecision ? Labels.Get("compare.decide.yes", language) : "",
    });

    /// <summary>The label of a kind, e.g. "gộp (nhiều-một)".</summary>
    public static string KindLabel(CrosswalkKind kind, Language language) => Labels.Get(kind switch
    {
        CrosswalkKind.ManyToOne => "compare.kind.manyToOne",
        CrosswalkKind.OneToMany => "compare.kind.oneToMany",
        CrosswalkKind.Removed => "compare.kind.removed",
        CrosswalkKind.New => "compare.kind.new",
        _ => "compare.kind.oneToOne",
    }, language);

    private static string HeaderKey(CrosswalkColumn column) => column switch
    {
        CrosswalkColumn.Group => "compare.cw.group",
        CrosswalkColumn.OldCode => "compare.cw.old",
        CrosswalkColumn.OldGroup => "compare.cw.oldGroup",
        CrosswalkColumn.NewCode => "compare.cw.new",
        CrosswalkColumn.Kind => "compare.cw.kind",
        CrosswalkColumn.Note => "compare.cw.note",
        _ => "compare.cw.decide",
    };

    private static CriterionCode? Code(LocatedText cell, string errorCode, DiagnosticBag diagnostics, out bool ok)
    {
        ok = true;
        if (cell.IsBlank) return null;
        if (CriterionCode.TryParse(cell.Text, out var code)) return code;
        diagnostics.Error(errorCode, cell.Location, TextKey.Clean(cell.Text));
        ok = false;
        return null;
    }
}
