using ClosedXML.Excel;
using IndexScorer.Analysis;
using IndexScorer.Results;

namespace IndexScorer.IO.Reports;

/// <summary>
/// A group's field matrix: units (rank order) × fields, each as % of the field's maximum in use, with a colour
/// scale per field (red for the group's lowest, green for its highest) and the group's average below.
/// </summary>
internal static class FieldMatrixSheet
{
    private const int HeaderRow = 4;

    public static void Write(XLWorkbook workbook, ReportContext context, ScoredGroup group)
    {
        var L = context.L;
        var sheet = workbook.AddWorksheet(context.Names.Take(L("report.sheet.matrix", group.Code)));
        var fields = group.Fields;
        var fieldIndexes = fields.Select(f => group.IndexOf(f.Code)).ToArray();
        SheetLayout.Title(sheet, 1, L("report.matrix.title", group.Name));
        sheet.Cell(2, 1).Text(L("report.matrix.legend")).Style.Font.SetItalic();

        var headers = new List<string> { L("report.col.rank"), L("report.col.code"), L("report.col.unit") };
        headers.AddRange(fields.Select(f => L("report.col.field", f.Code.Value)));
        headers.Add(L("report.col.index"));
        SheetLayout.HeaderRow(sheet, HeaderRow, headers);

        var row = HeaderRow + 1;
        foreach (var unit in group.Units)
        {
            sheet.Cell(row, 1).SetValue(unit.Rank);
            sheet.Cell(row, 2).Text(unit.Code);
            sheet.Cell(row, 3).Text(unit.Name);
            for (var f = 0; f < fields.Count; f++) sheet.Cell(row, 4 + f).Number(unit.Criteria[fieldIndexes[f]].Percent);
            sheet.Cell(row, 4 + fields.Count).Number(unit.IndexPercent).Style.Font.SetBold();
            row++;
        }
        var lastUnitRow = row - 1;
        for (var c = 4; c <= 4 + fields.Count; c++)
        {
            sheet.Range(HeaderRow + 1, c, lastUnitRow, c).AddConditionalFormat().ColorScale()
                .LowestValue(XLColor.FromHtml(HeatColours.Low))
                .Midpoint(XLCFContentType.Percentile, "50", XLColor.FromHtml(HeatColours.Middle))
                .HighestValue(XLColor.FromHtml(HeatColours.High));
        }
        sheet.Cell(row, 3).Text(L("report.matrix.average")).Style.Font.SetBold();
        var averages = FieldAverage.Of(group);
        for (var f = 0; f < fields.Count; f++) sheet.Cell(row, 4 + f).Number(averages[f].Percent).Style.Font.SetBold();
        sheet.Cell(row, 4 + fields.Count).Number(GroupStatistics.Of(group).Mean).Style.Font.SetBold();
        SheetLayout.Borders(sheet, HeaderRow + 1, row, headers.Count);
        sheet.Range(HeaderRow + 1, 1, row, 1).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        sheet.Range(row, 1, row, headers.Count).Style.Border.SetTopBorder(XLBorderStyleValues.Double);

        row += 2;
        foreach (var field in fields)
        {
            sheet.Cell(row++, 2).Text($"{L("report.col.field", field.Code.Value)}: {field.Title}");
        }

        var widths = new List<double> { 7, 7, 34 };
        widths.AddRange(fields.Select(_ => 8.0));
        widths.Add(9);
        SheetLayout.Widths(sheet, [.. widths]);
        SheetLayout.PrintA4(sheet, XLPageOrientation.Landscape, HeaderRow);
    }
}
