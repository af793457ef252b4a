using IndexScorer.Analysis;
using IndexScorer.IO.Workbooks;
using IndexScorer.Results;
using static IndexScorer.IO.Reports.ReportLayout;

namespace IndexScorer.IO.Reports;

/// <summary>
/// A group's appraisal: per unit the points claimed but not confirmed and their share of the self score, worst
/// first; then every criterion where the appraised score differs from the self score, both values and the difference.
/// </summary>
internal static class AppraisalSheet
{
    private const int Columns = 11;

    private static readonly double[] Widths = [8, 26, 9.5, 9.5, 9.5, 9.5, 9.5, 9.5, 40, 26, 26];

    public static SheetBuffer Build(XlsxWriter workbook, ReportContext context, ScoredGroup group)
    {
        var L = context.L;
        var sheet = workbook.AddSheet(context.Names.Take(L("report.sheet.appraisal", group.Code)));
        sheet.Widths(Widths);
        var units = AppraisalDifferences.Of(group);
        Title(sheet, 1, L("report.appraisal.title", group.Name), context);

        var row = 3;
        Heading(sheet, row++, L("report.appraisal.units"));
        var unitsHeader = row;
        HeaderRow(sheet, row++, [
            L("report.col.code"), L("report.col.unit"), L("report.col.rank"), L("report.col.selfTotal"), L("report.col.overClaimed"),
            L("report.col.overClaimedShare"), L("report.col.changes"),
        ], 45);
        var wrapped = new CellStyle { Wrap = true };
        var centred = new CellStyle { Horizontal = Horizontal.Center };
        foreach (var unit in units)
        {
            sheet.Text(row, 1, unit.Unit.Code);
            sheet.Text(row, 2, unit.Unit.Name, wrapped);
            sheet.Number(row, 3, unit.Unit.Rank, centred);
            Points(sheet, row, 4, unit.SelfTotal);
            Points(sheet, row, 5, unit.OverClaimed, bold: true);
            Points(sheet, row, 6, unit.OverClaimedPercent);
            sheet.Number(row, 7, unit.Differences.Count);
            sheet.FitRowHeight(row, (unit.Unit.Name, Widths[1]));
            row++;
        }
        Borders(sheet, unitsHeader + 1, row - 1, 7);
        row++;

        Heading(sheet, row++, L("report.appraisal.criteria"));
        var byUnit = units.ToDictionary(u => u.Unit);
        var differences = group.Units.SelectMany(u => byUnit[u].Differences.Select(d => (Unit: u, d))).ToArray();
        var criteriaHeader = row;
        if (differences.Length == 0)
        {
            sheet.Text(row, 2, L("report.appraisal.none"), Italic);
        }
        else
        {
            HeaderRow(sheet, row++, [
                L("report.col.code"), L("report.col.unit"), L("report.col.criterionCode"), L("report.col.maxPoints"), L("report.col.self"),
                L("report.col.round1"), L("report.col.round2"), L("report.col.difference"), L("report.col.criterion"), L("report.col.appraisalNote"),
                L("report.col.explanation"),
            ], 45);
            var cell = new CellStyle { Borders = Edges.All, Vertical = Vertical.Top };
            var wrappedCell = cell with { Wrap = true };
            var number = cell with { NumberFormat = SheetLayout.NumberFormat };
            foreach (var (unit, difference) in differences)
            {
                var leaf = difference.Leaf;
                sheet.Text(row, 1, unit.Code, cell);
                sheet.Text(row, 2, unit.Name, wrappedCell);
                sheet.Text(row, 3, leaf.Criterion.Code.Value, cell);
                sheet.Number(row, 4, leaf.Criterion.MaxPoints, number);
                sheet.Number(row, 5, difference.Self, number);
                sheet.Number(row, 6, leaf.Appraisal1, number);
                sheet.Number(row, 7, leaf.Appraisal2, number);
                sheet.Number(row, 8, difference.Difference, number with { Bold = true, FontColor = difference.Difference < 0m ? Lowered : Raised });
                sheet.Text(row, 9, leaf.Criterion.Title, wrappedCell);
                sheet.Text(row, 10, leaf.AppraisalNote, wrappedCell);
                sheet.Text(row, 11, leaf.Explanation, wrappedCell);
                sheet.FitRowHeight(row, (unit.Name, Widths[1]), (leaf.Criterion.Title, Widths[8]), (leaf.AppraisalNote, Widths[9]), (leaf.Explanation, Widths[10]));
                row++;
            }
        }

        // The data rows' heights were set as they were written; the title and the header rows are fitted here.
        sheet.FitRowHeights(1, unitsHeader);
        sheet.FitRowHeights(criteriaHeader, criteriaHeader);
        PrintA4(sheet, Orientation.Landscape, 0, context);
        return sheet;
    }
}
