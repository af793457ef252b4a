using ClosedXML.Excel;
using IndexScorer.Analysis;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Reports;

/// <summary>
/// A group's summary: rank, unit, points per field, bonus, penalty, total, maximum in use, index and band in rank
/// order, tied ranks in yellow, near ties (indices apart by less than the 2 decimals shown) in orange, last year's rank and index left empty for the year-over-year comparison, then the
/// group's mean, median, minimum and maximum. Printed on A4 landscape, one page wide.
/// </summary>
internal static class SummarySheet
{
    /// <summary>The row of the column headers.</summary>
    public const int HeaderRow = 7;

    public static void Write(XLWorkbook workbook, ReportContext context, ScoredGroup group)
    {
        var result = context.Result;
        var language = context.Language;
        var L = context.L;
        var sheet = workbook.AddWorksheet(context.SummarySheet(group.Code));
        var fields = group.Fields;
        var fieldIndexes = fields.Select(f => group.IndexOf(f.Code)).ToArray();
        var headers = new List<string> { L("report.col.rank"), L("report.col.code"), L("report.col.unit") };
        headers.AddRange(fields.Select(f => L("report.col.field", f.Code.Value)));
        headers.AddRange([
            L("report.col.bonus"), L("report.col.penalty"), L("report.col.total"), L("report.col.max"), L("report.col.index"), L("report.col.band"),
            L("report.col.previousRank"), L("report.col.previousIndex"),
        ]);
        var intervals = context.Intervals?.GetValueOrDefault(group.Code);
        if (intervals is not null) headers.Add(L("analysis.col.interval"));
        var lastColumn = headers.Count;
        var previousColumn = lastColumn - (intervals is null ? 1 : 2);
        var indexColumn = previousColumn - 2;

        SheetLayout.Title(sheet, 1, L("report.title", result.Year));
        sheet.Cell(2, 1).Text(L("report.group", group.Name)).Style.Font.SetBold();
        sheet.Cell(3, 1).Text(L("report.framework", result.Framework.Name, result.Framework.Id, result.Framework.Version));
        sheet.Cell(4, 1).Text(result.Framework.Note).Style.Font.SetItalic();
        sheet.Cell(5, 1).Text(L("report.fields", string.Join("; ", fields.Select(f => $"{f.Code.Value}. {f.Title} ({NumberText.Format(f.MaxPoints, language)})"))));
        sheet.Range(5, 1, 5, lastColumn).Merge().Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        sheet.Row(5).Height = 15 * Math.Max(2, Math.Ceiling(sheet.Cell(5, 1).GetString().Length / 190.0));
        if (!group.SurveyInUse && group.SurveyMaximum > 0) sheet.Cell(6, 1).Text(L("report.noSurvey")).Style.Font.SetItalic();

        SheetLayout.HeaderRow(sheet, HeaderRow, headers, 45);
        var row = HeaderRow + 1;
        var nearTies = NearTie.UnitsOf(group);
        foreach (var unit in group.Units)
        {
            var c = 1;
            sheet.Cell(row, c++).SetValue(unit.Rank);
            sheet.Cell(row, c++).Text(unit.Code);
            sheet.Cell(row, c).Text(unit.Name);
            if (context.HasUnitSheets)
            {
                sheet.Cell(row, c).LinkTo(context.UnitSheet(unit.Code, unit.Name));
                sheet.Cell(row, c).Style.Font.SetFontColor(XLColor.Black).Font.SetUnderline(XLFontUnderlineValues.None);
            }
            c++;
            foreach (var i in fieldIndexes) sheet.Cell(row, c++).Number(unit.Criteria[i].FinalPoints);
            sheet.Cell(row, c++).Number(unit.Bonus);
            sheet.Cell(row, c++).Number(unit.Penalty);
            sheet.Cell(row, c++).Number(unit.TotalPoints).Style.Font.SetBold();
            sheet.Cell(row, c++).Number(unit.MaxInUse);
            sheet.Cell(row, c++).Number(unit.IndexPercent).Style.Font.SetBold();
            sheet.Cell(row, c++).Text(unit.Band ?? string.Empty);
            if (context.PreviousOf(group, unit) is { } previous)
            {
                sheet.Cell(row, c).SetValue(previous.Rank);
                sheet.Cell(row, c + 1).Number(previous.IndexPercent);
            }
            c += 2;
            if (intervals?.Units[row - HeaderRow - 1] is { } interval)
                sheet.Cell(row, c).Text(interval.Low == interval.High ? $"{interval.Low}" : $"[{interval.Low}, {interval.High}]");
            if (unit.IsTied) sheet.Cell(row, 1).Style.Fill.SetBackgroundColor(SheetLayout.TieFill).Font.SetBold();
            else if (nearTies.Contains(unit)) sheet.Cell(row, 1).Style.Fill.SetBackgroundColor(SheetLayout.NearTieFill).Font.SetBold();
            row++;
        }
        var lastUnitRow = row - 1;
        SheetLayout.Borders(sheet, HeaderRow + 1, lastUnitRow, lastColumn);
        sheet.Range(HeaderRow + 1, 1, lastUnitRow, 1).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        sheet.Range(HeaderRow + 1, previousColumn - 2, lastUnitRow, previousColumn - 2).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        sheet.Range(HeaderRow + 1, previousColumn - 1, lastUnitRow, previousColumn).Style.Fill.SetBackgroundColor(SheetLayout.EmptyColumnFill);
        sheet.Range(HeaderRow + 1, previousColumn, lastUnitRow, previousColumn).Style.NumberFormat.Format = SheetLayout.NumberFormat;
        if (intervals is not null) sheet.Range(HeaderRow + 1, lastColumn, lastUnitRow, lastColumn).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);

        var stats = GroupStatistics.Of(group);
        row++;
        var firstStatRow = row;
        foreach (var (key, value) in new[] { ("report.stat.mean", stats.Mean), ("report.stat.median", stats.Median), ("report.stat.min", stats.Minimum), ("report.stat.max", stats.Maximum) })
        {
            sheet.Cell(row, 3).Text(L(key)).Style.Font.SetBold();
            sheet.Cell(row, indexColumn).Number(value).Style.Font.SetBold();
            row++;
        }
        sheet.Cell(firstStatRow - 1, indexColumn).Text(L("report.col.index")).Style.Font.SetItalic().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Right);
        sheet.Range(firstStatRow, 3, row - 1, indexColumn).Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        row++;
        if (group.Units.Any(u => u.IsTied))
        {
            sheet.Cell(row, 1).Style.Fill.SetBackgroundColor(SheetLayout.TieFill);
            sheet.Cell(row, 2).Text(L("report.tie")).Style.Font.SetItalic();
            row++;
        }
        if (nearTies.Count > 0)
        {
            sheet.Cell(row, 1).Style.Fill.SetBackgroundColor(SheetLayout.NearTieFill);
            sheet.Cell(row, 2).Text(L("report.nearTie")).Style.Font.SetItalic();
            row++;
        }
        sheet.Cell(row, 2).Text(context.Previous is { } lastYear
            ? L("report.previousFilled", lastYear.Year)
            : L("report.previousNote")).Style.Font.SetItalic();
        if (context.HasUnitSheets) sheet.Cell(row + 1, 2).Text(L("report.linkNote")).Style.Font.SetItalic();

        var widths = new List<double> { 7, 7, 34 };
        widths.AddRange(fields.Select(_ => 7.5));
        widths.AddRange([8, 7.5, 8.5, 9.5, 8.5, 10, 10.5, 10.5]);
        if (intervals is not null) widths.Add(11);
        SheetLayout.Widths(sheet, [.. widths]);
        SheetLayout.FitRowHeights(sheet, HeaderRow, HeaderRow);
        SheetLayout.PrintA4(sheet, XLPageOrientation.Landscape, HeaderRow);
        sheet.PageSetup.PrintAreas.Add(1, 1, row + 1, lastColumn);
    }
}
