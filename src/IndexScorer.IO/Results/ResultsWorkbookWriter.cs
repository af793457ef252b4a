using ClosedXML.Excel;
using IndexScorer.IO.Files;
using IndexScorer.IO.Localization;
using IndexScorer.IO.Reports;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Results;

/// <summary>
/// Writes results.xlsx, the results table for people: the columns of results.csv (group, unit, points per field, bonus,
/// penalty, total, maximum in use, index, rank, band) with headers in the request's language, numbers as numbers shown with
/// two decimals and stored at full precision, a filter and a frozen header. results.csv stays the file for programs.
/// </summary>
internal static class ResultsWorkbookWriter
{
    /// <summary>Writes the workbook (whole or not at all).</summary>
    public static void Write(string path, ScoredYear result, Language language)
    {
        using var workbook = Build(result, language);
        AtomicFile.Write(path, stream => workbook.SaveAs(stream));
    }

    /// <summary>Builds the workbook in memory.</summary>
    public static XLWorkbook Build(ScoredYear result, Language language)
    {
        string L(string key, params object[] args) => Labels.Get(key, language, args);
        var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(L("results.sheet"));
        var fields = result.Groups.SelectMany(g => g.Fields).GroupBy(f => f.Code).Select(g => g.First()).OrderBy(f => f.Code).ToArray();

        List<string> headers = [L("results.col.group"), L("results.col.code"), L("results.col.unit")];
        // A field's header is its code and the framework's own title, the same in both languages.
        headers.AddRange(fields.Select(f => $"{f.Code.Value}. {f.Title}"));
        string[] totals = ["results.col.bonus", "results.col.penalty", "results.col.total", "results.col.max", "results.col.index", "results.col.rank", "results.col.band"];
        headers.AddRange(totals.Select(k => L(k)));
        if (result.Provisional) headers.Add(L("results.col.status"));
        SheetLayout.HeaderRow(sheet, 1, headers, height: 60);

        var row = 1;
        foreach (var group in result.Groups)
        {
            var fieldIndexes = fields.Select(f => group.Find(f.Code) is { IsField: true } ? group.IndexOf(f.Code) : -1).ToArray();
            foreach (var unit in group.Units)
            {
                row++;
                var column = 1;
                sheet.Cell(row, column++).Text(group.Name);
                sheet.Cell(row, column++).Text(unit.Code);
                sheet.Cell(row, column++).Text(unit.Name);
                foreach (var i in fieldIndexes) sheet.Cell(row, column++).Number(i < 0 ? null : unit.Criteria[i].FinalPoints);
                foreach (var value in new[] { unit.Bonus, unit.Penalty, unit.TotalPoints, unit.MaxInUse, unit.IndexPercent }) sheet.Cell(row, column++).Number(value);
                sheet.Cell(row, column++).SetValue(unit.Rank);
                sheet.Cell(row, column++).Text(unit.Band ?? string.Empty);
                if (result.Provisional) sheet.Cell(row, column).Text(L("results.provisional"));
            }
        }
        SheetLayout.Borders(sheet, 2, row, headers.Count);
        SheetLayout.Widths(sheet, [34, 10, 36, .. fields.Select(_ => 14d), 10, 10, 10, 10, 10, 9, 14, 12]);
        sheet.Range(1, 1, Math.Max(row, 2), headers.Count).SetAutoFilter();
        SheetLayout.PrintA4(sheet, XLPageOrientation.Landscape, headerRow: 1);
        return workbook;
    }
}
