using ClosedXML.Excel;
using IndexScorer.Analysis;
using IndexScorer.Results;

namespace IndexScorer.IO.Reports;

/// <summary>
/// A group's appraisal: per unit the points claimed but not confirmed and their share of the self score, worst
/// first; then every criterion where the appraised score differs from the self score, both values and the difference.
/// </summary>
internal static class AppraisalSheet
{
    private const int Columns = 11;

    private static readonly XLColor Lowered = XLColor.FromHtml("#C00000");
    private static readonly XLColor Raised = XLColor.FromHtml("#375623");

    private static readonly double[] Widths = [8, 26, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5, 40, 26, 26];

    public static void Write(XLWorkbook workbook, ReportContext context, ScoredGroup group)
    {
        var L = context.L;
        var sheet = workbook.AddWorksheet(context.Names.Take(L("report.sheet.appraisal", group.Code)));
        var units = AppraisalDifferences.Of(group);
        SheetLayout.Title(sheet, 1, L("report.appraisal.title", group.Name));

        var row = 3;
        SheetLayout.Heading(sheet, row++, L("report.appraisal.units"));
        var unitsHeader = row;
        SheetLayout.HeaderRow(sheet, row++, [
            L("report.col.code"), L("report.col.unit"), L("report.col.rank"), L("report.col.selfTotal"), L("report.col.overClaimed"),
            L("report.col.overClaimedShare"), L("report.col.changes"),
        ], 45);
        foreach (var unit in units)
        {
            sheet.Cell(row, 1).Text(unit.Unit.Code);
            sheet.Cell(row, 2).Text(unit.Unit.Name);
            sheet.Cell(row, 3).SetValue(unit.Unit.Rank);
            sheet.Cell(row, 4).Number(unit.SelfTotal);
            sheet.Cell(row, 5).Number(unit.OverClaimed).Style.Font.SetBold();
            sheet.Cell(row, 6).Number(unit.OverClaimedPercent);
            sheet.Cell(row, 7).SetValue(unit.Differences.Count);
            SheetLayout.FitRowHeight(sheet, row, (unit.Unit.Name, Widths[1]));
            row++;
        }
        SheetLayout.Borders(sheet, unitsHeader + 1, row - 1, 7);
        sheet.Range(unitsHeader + 1, 3, row - 1, 3).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        row++;

        SheetLayout.Heading(sheet, row++, L("report.appraisal.criteria"));
        var byUnit = units.ToDictionary(u => u.Unit);
        var differences = group.Units.SelectMany(u => byUnit[u].Differences.Select(d => (Unit: u, d))).ToArray();
        var criteriaHeader = 0;
        if (differences.Length == 0)
        {
            sheet.Cell(row, 2).Text(L("report.appraisal.none")).Style.Font.SetItalic();
        }
        else
        {
            var header = criteriaHeader = row;
            SheetLayout.HeaderRow(sheet, row++, [
                L("report.col.code"), L("report.col.unit"), L("report.col.criterionCode"), L("report.col.maxPoints"), L("report.col.self"),
                L("report.col.round1"), L("report.col.round2"), L("report.col.difference"), L("report.col.criterion"), L("report.col.appraisalNote"),
                L("report.col.explanation"),
            ], 45);
            foreach (var (unit, difference) in differences)
            {
                var leaf = difference.Leaf;
                sheet.Cell(row, 1).Text(unit.Code);
                sheet.Cell(row, 2).Text(unit.Name);
                sheet.Cell(row, 3).Text(leaf.Criterion.Code.Value);
                sheet.Cell(row, 4).Number(leaf.Criterion.MaxPoints);
                sheet.Cell(row, 5).Number(difference.Self);
                sheet.Cell(row, 6).Number(leaf.Appraisal1);
                sheet.Cell(row, 7).Number(leaf.Appraisal2);
                sheet.Cell(row, 8).Number(difference.Difference).Style.Font.SetBold()
                    .Font.SetFontColor(difference.Difference < 0m ? Lowered : Raised);
                sheet.Cell(row, 9).Text(leaf.Criterion.Title);
                sheet.Cell(row, 10).Text(leaf.AppraisalNote);
                sheet.Cell(row, 11).Text(leaf.Explanation);
                SheetLayout.FitRowHeight(sheet, row, (unit.Name, Widths[1]), (leaf.Criterion.Title, Widths[8]), (leaf.AppraisalNote, Widths[9]),
                    (leaf.Explanation, Widths[10]));
                row++;
            }
            SheetLayout.Borders(sheet, header + 1, row - 1, Columns);
            sheet.Range(header + 1, 2, row - 1, 2).Style.Alignment.SetWrapText();
            sheet.Range(header + 1, 9, row - 1, Columns).Style.Alignment.SetWrapText();
        }

        SheetLayout.Widths(sheet, Widths);
        sheet.Range(unitsHeader + 1, 2, unitsHeader + units.Count, 2).Style.Alignment.SetWrapText();
        // The data rows' heights were set as they were written (reading thousands of rows back is what costs).
        SheetLayout.FitRowHeights(sheet, 1, unitsHeader);
        if (criteriaHeader > 0) SheetLayout.FitRowHeights(sheet, criteriaHeader - 1, criteriaHeader);
        SheetLayout.PrintA4(sheet, XLPageOrientation.Landscape, 0);
    }
}
