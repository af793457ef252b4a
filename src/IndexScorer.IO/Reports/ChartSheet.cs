using IndexScorer.IO.Workbooks;
using IndexScorer.Results;
using static IndexScorer.IO.Reports.ReportLayout;

namespace IndexScorer.IO.Reports;

/// <summary>
/// A group's ranking as a picture: the units in rank order (rank, code, unit, index, band) and beside them a native Excel
/// bar chart of the index, one bar per unit coloured by its band, rank 1 on top. Printed on A4 landscape, one page wide.
/// </summary>
internal static class ChartSheet
{
    /// <summary>Above this many units in a group a bar chart is no longer readable, and none is drawn.</summary>
    public const int MaxUnits = 200;

    private const int HeaderRow = 3;

    /// <summary>How many columns, and how wide, the chart covers to the right of the table.</summary>
    private const int ChartColumns = 12;

    public static SheetBuffer Build(XlsxWriter workbook, ReportContext context, ScoredGroup group)
    {
        var L = context.L;
        var sheet = workbook.AddSheet(context.Names.Take(L("report.sheet.chart", group.Code)));
        sheet.Widths([7, 8, 34, 9, 11, 2, .. Enumerable.Repeat(9.0, ChartColumns)]);
        Title(sheet, 1, L("report.chart.title", context.Result.Year, group.Name), context);
        HeaderRow(sheet, HeaderRow, [L("report.col.rank"), L("report.col.code"), L("report.col.unit"), L("report.col.index"), L("report.col.band")]);
        var row = HeaderRow;
        var centred = new CellStyle { Horizontal = Horizontal.Center };
        foreach (var unit in group.Units)
        {
            row++;
            sheet.Number(row, 1, unit.Rank, centred);
            sheet.Text(row, 2, unit.Code);
            sheet.Text(row, 3, unit.Name);
            Points(sheet, row, 4, unit.IndexPercent, bold: true);
            sheet.Text(row, 5, unit.Band ?? string.Empty, centred);
        }
        Borders(sheet, HeaderRow + 1, row, 5);

        // About 24 points of height per bar and room for the title and the axis; never shorter than the table.
        var chartRows = Math.Max(row - HeaderRow + 1, (int)Math.Ceiling((group.Units.Count * 24 + 110) / SheetBuffer.DefaultRowHeight));
        var firstChartColumn = 7;
        var axisMaximum = (double)Math.Max(100m, Math.Ceiling(group.Units.Max(u => u.IndexPercent) / 10m) * 10m);
        sheet.Chart = new BarChart(
            L("report.chart.title", context.Result.Year, group.Name), HeaderRow, HeaderRow + 1, row, CategoryColumn: 3, ValueColumn: 4,
            group.Units.Select(u => BandColour(group, u.Band)).ToArray(), axisMaximum,
            (HeaderRow, firstChartColumn, HeaderRow + chartRows, firstChartColumn + ChartColumns));
        PrintA4(sheet, Orientation.Landscape, HeaderRow, context, Math.Max(row, HeaderRow + chartRows), firstChartColumn + ChartColumns - 1);
        return sheet;
    }
}
