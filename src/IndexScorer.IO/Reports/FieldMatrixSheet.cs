using IndexScorer.Analysis;
using IndexScorer.IO.Workbooks;
using IndexScorer.Results;
using static IndexScorer.IO.Reports.ReportLayout;

namespace IndexScorer.IO.Reports;

/// <summary>
/// A group's field matrix: units (rank order) × fields, each as % of the field's maximum in use, with a colour
/// scale per field (red for the group's lowest, green for its highest) and the group's average below.
/// </summary>
internal static class FieldMatrixSheet
{
    private const int HeaderRow = 4;

    public static SheetBuffer Build(XlsxWriter workbook, ReportContext context, ScoredGroup group)
    {
        var L = context.L;
        var sheet = workbook.AddSheet(context.Names.Take(L("report.sheet.matrix", group.Code)));
        var fields = group.Fields;
        var fieldIndexes = fields.Select(f => group.IndexOf(f.Code)).ToArray();
        Title(sheet, 1, L("report.matrix.title", group.Name), context);
        sheet.Text(2, 1, L("report.matrix.legend"), Italic);

        var headers = new List<string> { L("report.col.rank"), L("report.col.code"), L("report.col.unit") };
        headers.AddRange(fields.Select(f => L("report.col.field", f.Code.Value)));
        headers.Add(L("report.col.index"));
        HeaderRow(sheet, FieldMatrixSheet.HeaderRow, headers);

        var row = FieldMatrixSheet.HeaderRow + 1;
        var centred = new CellStyle { Horizontal = Horizontal.Center };
        foreach (var unit in group.Units)
        {
            sheet.Number(row, 1, unit.Rank, centred);
            sheet.Text(row, 2, unit.Code);
            sheet.Text(row, 3, unit.Name);
            for (var f = 0; f < fields.Count; f++) Points(sheet, row, 4 + f, unit.Criteria[fieldIndexes[f]].Percent);
            Points(sheet, row, 4 + fields.Count, unit.IndexPercent, bold: true);
            row++;
        }
        var lastUnitRow = row - 1;
        for (var c = 4; c <= 4 + fields.Count; c++)
            sheet.ColourScale(FieldMatrixSheet.HeaderRow + 1, c, lastUnitRow, HeatColours.Low, HeatColours.Middle, HeatColours.High);
        sheet.Text(row, 3, L("report.matrix.average"), Bold);
        var averages = FieldAverage.Of(group);
        for (var f = 0; f < fields.Count; f++) Points(sheet, row, 4 + f, averages[f].Percent, bold: true);
        Points(sheet, row, 4 + fields.Count, GroupStatistics.Of(group).Mean, bold: true);
        Borders(sheet, FieldMatrixSheet.HeaderRow + 1, row, headers.Count);
        sheet.Restyle(row, 1, s => s with { Horizontal = Horizontal.Center });
        sheet.Restyle(row, 1, row, headers.Count, s => s with { Borders = s.Borders | Edges.DoubleTop });

        row += 2;
        foreach (var field in fields) sheet.Text(row++, 2, $"{L("report.col.field", field.Code.Value)}: {field.Title}");

        var widths = new List<double> { 7, 7, 34 };
        widths.AddRange(fields.Select(_ => 8.0));
        widths.Add(9);
        sheet.Widths([.. widths]);
        PrintA4(sheet, Orientation.Landscape, FieldMatrixSheet.HeaderRow, context);
        return sheet;
    }
}
