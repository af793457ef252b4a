using IndexScorer.Analysis;
using IndexScorer.IO.Files;
using IndexScorer.IO.Workbooks;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Reports;

/// <summary>
/// Writes report.xlsx, numbers as numbers shown with 2 decimals, every label in the chosen language. Per unit group:
/// a summary (ranking, points per field, index, band, statistics, room for last year's figures), a bar chart of the ranking
/// (a native Excel chart, up to <see cref="ChartSheet.MaxUnits"/> units), a field matrix
/// with a colour scale, a criteria overview (weakest first) and an appraisal sheet; then one detail sheet per unit
/// (every criterion, the biggest losses, strengths and weaknesses against the group's average).
/// </summary>
/// <remarks>Each sheet is streamed into the file as soon as it is complete (<see cref="XlsxWriter"/>): memory stays at one sheet's cells.</remarks>
internal static class ReportWriter
{
    /// <summary>Above this many units (a province's hundreds fit) the per-unit detail sheets are left out.</summary>
    public const int MaxUnitSheets = 600;

    /// <summary>
    /// Writes the report whole or not at all; <paramref name="previous"/> fills last year's rank and index, <paramref name="intervals"/>
    /// (per group code, when simulated) adds the 90 % rank interval to the summary, <paramref name="form"/> (campaign.json
    /// "report") gives it the official form.
    /// </summary>
    public static void Write(
        string path, ScoredYear result, Language language, ScoredYear? previous = null, IReadOnlyDictionary<string, RankUncertainty>? intervals = null,
        OfficialForm? form = null) =>
        Write(path, result, language, MaxUnitSheets, previous, intervals, form);

    /// <summary>Writes the report, with detail sheets per unit only up to <paramref name="maxUnitSheets"/> units.</summary>
    internal static void Write(
        string path, ScoredYear result, Language language, int maxUnitSheets, ScoredYear? previous = null,
        IReadOnlyDictionary<string, RankUncertainty>? intervals = null, OfficialForm? form = null) =>
        AtomicFile.Write(path, stream => Write(stream, result, language, maxUnitSheets, previous, intervals, form));

    /// <summary>Writes the report into <paramref name="stream"/>.</summary>
    internal static void Write(
        Stream stream, ScoredYear result, Language language, int maxUnitSheets = MaxUnitSheets, ScoredYear? previous = null,
        IReadOnlyDictionary<string, RankUncertainty>? intervals = null, OfficialForm? form = null)
    {
        var unitSheets = result.Groups.Sum(g => g.Units.Count) <= maxUnitSheets;
        var context = new ReportContext(result, language, previous, unitSheets) { Intervals = intervals, Form = form ?? OfficialForm.None };
        using var workbook = new XlsxWriter(stream);
        workbook.WriteAll(Sheets(workbook, context, maxUnitSheets));
        workbook.Finish();
    }

    /// <summary>The report's sheets in order, each made when asked for (while the one before is being written).</summary>
    private static IEnumerable<SheetBuffer> Sheets(XlsxWriter workbook, ReportContext context, int maxUnitSheets)
    {
        var result = context.Result;
        foreach (var group in result.Groups) yield return SummarySheet.Build(workbook, context, group);
        foreach (var group in result.Groups.Where(g => g.Units.Count is > 0 and <= ChartSheet.MaxUnits)) yield return ChartSheet.Build(workbook, context, group);
        foreach (var group in result.Groups)
        {
            yield return FieldMatrixSheet.Build(workbook, context, group);
            yield return CriteriaSheet.Build(workbook, context, group);
            yield return AppraisalSheet.Build(workbook, context, group);
        }
        if (context.HasUnitSheets)
        {
            foreach (var group in result.Groups)
            {
                foreach (var strengths in UnitStrengths.Of(group)) yield return UnitSheet.Build(workbook, context, group, strengths);
            }
        }
        else
        {
            // Thousands of detail sheets make a workbook no one can open; results.json carries the same detail.
            var note = workbook.AddSheet(context.Names.Take(context.L("report.sheet.details")));
            note.Text(1, 1, context.Result.Provisional
                ? $"{context.L("report.provisional")} — {context.L("report.unitSheetsOmitted", maxUnitSheets)}"
                : context.L("report.unitSheetsOmitted", maxUnitSheets), new() { Wrap = true });
            note.Widths(120);
            yield return note;
        }
        if (result.Provisional) yield return LeftOut(workbook, context);
    }

    /// <summary>Provisional results list the units left out, and why.</summary>
    private static SheetBuffer LeftOut(XlsxWriter workbook, ReportContext context)
    {
        var sheet = workbook.AddSheet(context.Names.Take(context.L("report.sheet.leftOut")));
        ReportLayout.Title(sheet, 1, context.L("report.leftOut.title"), context);
        string[] headers = ["report.col.code", "report.col.unit", "report.leftOut.group", "report.leftOut.why"];
        for (var c = 0; c < headers.Length; c++) sheet.Text(3, c + 1, context.L(headers[c]), ReportLayout.Bold);
        var row = 3;
        foreach (var unit in context.Result.LeftOut)
        {
            row++;
            sheet.Text(row, 1, unit.Code);
            sheet.Text(row, 2, unit.Name);
            sheet.Text(row, 3, unit.Group);
            sheet.Text(row, 4, unit.Received ? context.L("report.leftOut.problems", unit.Problems) : context.L("report.leftOut.missing"));
        }
        sheet.Widths(12, 40, 12, 50);
        return sheet;
    }
}
