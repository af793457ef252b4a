using IndexScorer.Appraisal;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.IO.Workbooks;
using IndexScorer.Text;
using static IndexScorer.IO.Appraisal.AppraisalColumns;

namespace IndexScorer.IO.Appraisal;

/// <summary>Reads a council's appraisal workbook back (streamed, cells only): every criterion row with its place.</summary>
internal static class AppraisalWorkbookReader
{
    /// <summary>What one file holds: the appraising body it was written for (null: the whole council) and its criterion rows.</summary>
    public sealed record Contents(string? Body, IReadOnlyList<AppraisalRow> Rows, IReadOnlyList<AppraisalLine> Lines);

    /// <summary>Reads the workbook; null (with AP002 or AP003) when it is not this campaign's appraisal workbook.</summary>
    public static Contents? Read(string path, string displayName, Framework framework, DiagnosticBag diagnostics)
    {
        using var workbook = XlsxWorkbook.Open(path, displayName, diagnostics);
        if (workbook is null) return null;
        var where = new SourceLocation(displayName);
        if (!workbook.SheetNames.Any(n => TextKey.SameName(n, MetadataSheet)))
        {
            diagnostics.Error("AP002", where);
            return null;
        }
        var meta = workbook.Sheet(MetadataSheet, diagnostics);
        if (meta is null) return null;
        var values = new List<(string Key, string Value)>();
        for (var row = 1; row <= meta.LastRow; row++) values.Add((meta[row, 1].Text.Trim(), meta[row, 2].Text.Trim()));
        string V(string key) => values.FirstOrDefault(v => v.Key == key).Value ?? string.Empty;
        if (V("kind") != "appraisal")
        {
            diagnostics.Error("AP002", where);
            return null;
        }
        if (!TextKey.SameName(V("framework_id"), framework.Id) || V("year") != framework.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            diagnostics.Error("AP003", where, V("framework_id"), V("year"), framework.Id, framework.Year);
            return null;
        }
        var rows = new List<AppraisalRow>();
        var lines = new List<AppraisalLine>();
        foreach (var (key, value) in values.Where(v => v.Key == "sheet"))
        {
            var sheetName = value.Split('\t')[0];
            var sheet = workbook.Sheet(sheetName, diagnostics);
            if (sheet is null) continue;
            var unitName = string.Empty;
            for (var row = FirstContentRow; row <= sheet.LastRow; row++)
            {
                string Text(int column) => sheet[row, column].Text;
                LocatedText At(int column) => new(Text(column), new SourceLocation(displayName, sheet.Name, XlsxSheet.Address(row, column)));
                LocatedText Exact(int column) => At(column) with { IsNumber = sheet[row, column].IsNumber };
                if (string.IsNullOrWhiteSpace(Text(Unit))) continue;
                if (string.IsNullOrWhiteSpace(Text(Code)))
                {
                    unitName = TextKey.Clean(Text(UnitName));
                    continue;
                }
                var round1 = Points(sheet, row, Round1, displayName, diagnostics);
                var round2 = Points(sheet, row, Round2, displayName, diagnostics);
                rows.Add(new AppraisalRow(At(Unit), At(Code), round1, At(Round1Note), At(Explanation), round2, At(Round2Note)));
                lines.Add(new AppraisalLine(TextKey.Clean(Text(Unit)), unitName, TextKey.Clean(Text(Code)), Text(Title),
                    NumberText.TryParse(Exact(Max), out var max) ? max : 0m, Text(Inputs), NumberText.TryParse(Exact(Self), out var self) ? self : null,
                    Text(Evidence), Text(Note), round1.Text, Text(Round1Note), Text(Explanation), round2.Text, Text(Round2Note)));
            }
        }
        return new Contents(V("body") is { Length: > 0 } body ? body : null, rows, lines);
    }

    /// <summary>A points cell; a formula is refused (FM007), its stored result never trusted.</summary>
    private static LocatedText Points(XlsxSheet sheet, int row, int column, string file, DiagnosticBag diagnostics)
    {
        var cell = sheet[row, column];
        var where = new SourceLocation(file, sheet.Name, XlsxSheet.Address(row, column));
        if (!cell.HasFormula) return new LocatedText(cell.Text, where) { IsNumber = cell.IsNumber };
        diagnostics.Error("FM007", where, cell.Text);
        return new LocatedText(cell.Text, where) { Refused = true };
    }
}
