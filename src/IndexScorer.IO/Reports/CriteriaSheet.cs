using ClosedXML.Excel;
using IndexScorer.Analysis;
using IndexScorer.Results;

namespace IndexScorer.IO.Reports;

/// <summary>
/// A group's criteria overview, weakest first: per criterion the group's average attainment, how many units lost
/// points there and the points lost in all: what the office should work on next year.
/// </summary>
internal static class CriteriaSheet
{
    private const int HeaderRow = 4;

    public static void Write(XLWorkbook workbook, ReportContext context, ScoredGroup group)
    {
        var L = context.L;
        var sheet = workbook.AddWorksheet(context.Names.Take(L("report.sheet.criteria", group.Code)));
        SheetLayout.Title(sheet, 1, L("report.criteria.title", group.Name));
        sheet.Cell(2, 1).Text(L("report.criteria.note")).Style.Font.SetItalic();
        var headers = new[]
        {
            L("report.col.order"), L("report.col.code"), L("report.col.criterion"), L("report.col.maxPoints"), L("report.col.averagePercent"),
            L("report.col.unitsLosing"), L("report.col.unitsCounted"), L("report.col.pointsLost"),
        };
        SheetLayout.HeaderRow(sheet, HeaderRow, headers, 45);
        var row = HeaderRow + 1;
        var order = 1;
        foreach (var overview in CriterionOverview.Of(group))
        {
            sheet.Cell(row, 1).SetValue(order++);
            sheet.Cell(row, 2).Text(overview.Criterion.Code.Value);
            sheet.Cell(row, 3).Text(overview.Criterion.Title);
            sheet.Cell(row, 4).Number(overview.Criterion.MaxPoints);
            sheet.Cell(row, 5).Number(overview.AveragePercent).Style.Font.SetBold();
            sheet.Cell(row, 6).SetValue(overview.UnitsLosingPoints);
            sheet.Cell(row, 7).SetValue(overview.UnitsCounted);
            sheet.Cell(row, 8).Number(overview.PointsLost);
            row++;
        }
        SheetLayout.Borders(sheet, HeaderRow + 1, row - 1, headers.Length);
        sheet.Range(HeaderRow + 1, 3, row - 1, 3).Style.Alignment.SetWrapText();
        sheet.Range(HeaderRow + 1, 1, row - 1, 1).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        if (row > HeaderRow + 1)
        {
            sheet.Range(HeaderRow + 1, 5, row - 1, 5).AddConditionalFormat().ColorScale()
                .LowestValue(XLColor.FromHtml(HeatColours.Low))
                .Midpoint(XLCFContentType.Percentile, "50", XLColor.FromHtml(HeatColours.Middle))
                .HighestValue(XLColor.FromHtml(HeatColours.High));
        }
        SheetLayout.Widths(sheet, 6, 8, 60, 8, 11, 11, 11, 10);
        SheetLayout.FitRowHeights(sheet, HeaderRow + 1, row - 1);
        SheetLayout.PrintA4(sheet, XLPageOrientation.Portrait, HeaderRow);
    }
}
