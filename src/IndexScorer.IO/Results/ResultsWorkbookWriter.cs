using IndexScorer.IO.Files;
using IndexScorer.IO.Localization;
using IndexScorer.IO.Reports;
using IndexScorer.IO.Workbooks;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Results;

/// <summary>
/// Writes results.xlsx, the results table for people: the columns of results.csv (group, unit, points per field, bonus,
/// penalty, total, maximum in use, index, rank, band) with headers in the request's language, numbers as numbers shown with
/// two decimals and stored at full precision, a filter and a frozen header. results.csv stays the file for programs.
/// Streamed like report.xlsx (<see cref="XlsxWriter"/>): a national table costs a few dozen bytes per cell.
/// </summary>
internal static class ResultsWorkbookWriter
{
    /// <summary>Writes the workbook (whole or not at all).</summary>
    public static void Write(string path, ScoredYear result, Language language) =>
        AtomicFile.Write(path, stream => Write(stream, result, language));

    /// <summary>Writes the workbook into <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, ScoredYear result, Language language)
    {
        string L(string key, params object[] args) => Labels.Get(key, language, args);
        using var workbook = new XlsxWriter(stream);
        var sheet = workbook.AddSheet(L("results.sheet"));
        var fields = result.Groups.SelectMany(g => g.Fields).GroupBy(f => f.Code).Select(g => g.First()).OrderBy(f => f.Code).ToArray();

        List<string> headers = [L("results.col.group"), L("results.col.code"), L("results.col.unit")];
        // A field's header is its code and the framework's own title, the same in both languages.
        headers.AddRange(fields.Select(f => $"{f.Code.Value}. {f.Title}"));
        string[] totals = ["results.col.bonus", "results.col.penalty", "results.col.total", "results.col.max", "results.col.index", "results.col.rank", "results.col.band"];
        headers.AddRange(totals.Select(k => L(k)));
        if (result.Provisional) headers.Add(L("results.col.status"));
        ReportLayout.HeaderRow(sheet, 1, headers, height: 60);

        var text = new CellStyle { Borders = Edges.All, Vertical = Vertical.Top };
        var number = text with { NumberFormat = SheetLayout.NumberFormat };
        var row = 1;
        foreach (var group in result.Groups)
        {
            var fieldIndexes = fields.Select(f => group.Find(f.Code) is { IsField: true } ? group.IndexOf(f.Code) : -1).ToArray();
            foreach (var unit in group.Units)
            {
                row++;
                var column = 1;
                sheet.Text(row, column++, group.Name, text);
                sheet.Text(row, column++, unit.Code, text);
                sheet.Text(row, column++, unit.Name, text);
                foreach (var i in fieldIndexes) sheet.Number(row, column++, i < 0 ? null : unit.Criteria[i].FinalPoints, number);
                foreach (var value in new[] { unit.Bonus, unit.Penalty, unit.TotalPoints, unit.MaxInUse, unit.IndexPercent }) sheet.Number(row, column++, value, number);
                sheet.Number(row, column++, unit.Rank, text);
                sheet.Text(row, column++, unit.Band ?? string.Empty, text);
                if (result.Provisional) sheet.Text(row, column, L("results.provisional"), text);
            }
        }
        sheet.Widths([34, 10, 36, .. fields.Select(_ => 14d), 10, 10, 10, 10, 10, 9, 14, 12]);
        sheet.AutoFilter = (Math.Max(row, 2), headers.Count);
        ReportLayout.PrintA4(sheet, Orientation.Landscape, 1, language);
        workbook.Write(sheet);
        workbook.Finish();
    }
}
