using ClosedXML.Excel;
using IndexScorer.Analysis;
using IndexScorer.IO.Files;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Reports;

/// <summary>
/// Writes report.xlsx, numbers as numbers shown with 2 decimals, every label in the chosen language. Per unit group:
/// a summary (ranking, points per field, index, band, statistics, room for last year's figures), a field matrix
/// with a colour scale, a criteria overview (weakest first) and an appraisal sheet; then one detail sheet per unit
/// (every criterion, the biggest losses, strengths and weaknesses against the group's average).
/// </summary>
internal static class ReportWriter
{
    /// <summary>Above this many units (a province's hundreds fit) the per-unit detail sheets are left out.</summary>
    public const int MaxUnitSheets = 600;

    /// <summary>
    /// Writes the report whole or not at all; <paramref name="previous"/> fills last year's rank and index, <paramref name="intervals"/>
    /// (per group code, when simulated) adds the 90 % rank interval to the summary.
    /// </summary>
    public static void Write(
        string path, ScoredYear result, Language language, ScoredYear? previous = null, IReadOnlyDictionary<string, RankUncertainty>? intervals = null)
    {
        using var workbook = Build(result, language, MaxUnitSheets, previous, intervals);
        AtomicFile.Write(path, stream => workbook.SaveAs(stream));
    }

    /// <summary>Builds the report workbook in memory.</summary>
    public static XLWorkbook Build(ScoredYear result, Language language) => Build(result, language, MaxUnitSheets, null);

    /// <summary>Builds the report, with detail sheets per unit only up to <paramref name="maxUnitSheets"/> units.</summary>
    internal static XLWorkbook Build(
        ScoredYear result, Language language, int maxUnitSheets, ScoredYear? previous = null, IReadOnlyDictionary<string, RankUncertainty>? intervals = null)
    {
        var unitSheets = result.Groups.Sum(g => g.Units.Count) <= maxUnitSheets;
        var context = new ReportContext(result, language, previous, unitSheets) { Intervals = intervals };
        var workbook = new XLWorkbook();
        foreach (var group in result.Groups) SummarySheet.Write(workbook, context, group);
        foreach (var group in result.Groups)
        {
            FieldMatrixSheet.Write(workbook, context, group);
            CriteriaSheet.Write(workbook, context, group);
            AppraisalSheet.Write(workbook, context, group);
        }
        if (!unitSheets)
        {
            // Thousands of detail sheets make a workbook no one can open; results.json carries the same detail.
            var note = workbook.AddWorksheet(context.Names.Take(context.L("report.sheet.details")));
            note.Cell(1, 1).SetValue(context.L("report.unitSheetsOmitted", maxUnitSheets));
            note.Column(1).Width = 120;
            note.Cell(1, 1).Style.Alignment.SetWrapText();
            return Marked(workbook, result, context);
        }
        foreach (var group in result.Groups)
        {
            foreach (var strengths in UnitStrengths.Of(group)) UnitSheet.Write(workbook, context, group, strengths);
        }
        return Marked(workbook, result, context);
    }

    /// <summary>Provisional results say so in every sheet's title (cell A1) and in a sheet listing the units left out.</summary>
    private static XLWorkbook Marked(XLWorkbook workbook, ScoredYear result, ReportContext context)
    {
        if (!result.Provisional) return workbook;
        foreach (var sheet in workbook.Worksheets)
        {
            var title = sheet.Cell(1, 1);
            title.SetValue($"{context.L("report.provisional")} — {title.GetString()}");
            title.Style.Font.SetFontColor(XLColor.DarkRed);
        }
        var leftOut = workbook.AddWorksheet(context.Names.Take(context.L("report.sheet.leftOut")));
        SheetLayout.Title(leftOut, 1, $"{context.L("report.provisional")} — {context.L("report.leftOut.title")}");
        leftOut.Cell(1, 1).Style.Font.SetFontColor(XLColor.DarkRed);
        string[] headers = ["report.col.code", "report.col.unit", "report.leftOut.group", "report.leftOut.why"];
        for (var c = 0; c < headers.Length; c++) leftOut.Cell(3, c + 1).SetValue(context.L(headers[c])).Style.Font.SetBold();
        var row = 3;
        foreach (var unit in result.LeftOut)
        {
            row++;
            leftOut.Cell(row, 1).SetValue(unit.Code);
            leftOut.Cell(row, 2).SetValue(unit.Name);
            leftOut.Cell(row, 3).SetValue(unit.Group);
            leftOut.Cell(row, 4).SetValue(unit.Received ? context.L("report.leftOut.problems", unit.Problems) : context.L("report.leftOut.missing"));
        }
        double[] widths = [12, 40, 12, 50];
        for (var c = 0; c < widths.Length; c++) leftOut.Column(c + 1).Width = widths[c];
        return workbook;
    }
}
