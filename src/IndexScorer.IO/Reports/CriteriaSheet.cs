using IndexScorer.Analysis;
using IndexScorer.IO.Workbooks;
using IndexScorer.Results;
using static IndexScorer.IO.Reports.ReportLayout;

namespace IndexScorer.IO.Reports;

/// <summary>
/// A group's criteria overview, weakest first: per criterion the group's average attainment, how many units lost
/// points there and the points lost in all: what the office should work on next year.
/// </summary>
internal static class CriteriaSheet
{
    private const int HeaderRow = 4;

    public static SheetBuffer Build(XlsxWriter workbook, ReportContext context, ScoredGroup group)
    {
        var L = context.L;
        var sheet = workbook.AddSheet(context.Names.Take(L("report.sheet.criteria", group.Code)));
        sheet.Widths(6, 8, 60, 8, 11, 11, 11, 10);
        Title(sheet, 1, L("report.criteria.title", group.Name), context);
        sheet.Text(2, 1, L("report.criteria.note"), Italic);
        var headers = new[]
        {
            L("report.col.order"), L("report.col.code"), L("report.col.criterion"), L("report.col.maxPoints"), L("report.col.averagePercent"),
            L("report.col.unitsLosing"), L("report.col.unitsCounted"), L("report.col.pointsLost"),
        };
        HeaderRow(sheet, CriteriaSheet.HeaderRow, headers, 45);
        var row = CriteriaSheet.HeaderRow + 1;
        var order = 1;
        var centred = new CellStyle { Horizontal = Horizontal.Center };
        var wrapped = new CellStyle { Wrap = true };
        foreach (var overview in CriterionOverview.Of(group))
        {
            sheet.Number(row, 1, order++, centred);
            sheet.Text(row, 2, overview.Criterion.Code.Value);
            sheet.Text(row, 3, overview.Criterion.Title, wrapped);
            Points(sheet, row, 4, overview.Criterion.MaxPoints);
            Points(sheet, row, 5, overview.AveragePercent, bold: true);
            sheet.Number(row, 6, overview.UnitsLosingPoints);
            sheet.Number(row, 7, overview.UnitsCounted);
            Points(sheet, row, 8, overview.PointsLost);
            row++;
        }
        Borders(sheet, CriteriaSheet.HeaderRow + 1, row - 1, headers.Length);
        sheet.ColourScale(CriteriaSheet.HeaderRow + 1, 5, row - 1, HeatColours.Low, HeatColours.Middle, HeatColours.High);
        sheet.FitRowHeights(CriteriaSheet.HeaderRow + 1, row - 1);
        PrintA4(sheet, Orientation.Portrait, CriteriaSheet.HeaderRow, context);
        return sheet;
    }
}
