using IndexScorer.Analysis;
using IndexScorer.IO.Workbooks;
using IndexScorer.Results;
using IndexScorer.Text;
using static IndexScorer.IO.Reports.ReportLayout;

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

    public static SheetBuffer Build(XlsxWriter workbook, ReportContext context, ScoredGroup group)
    {
        var result = context.Result;
        var language = context.Language;
        var L = context.L;
        var sheet = workbook.AddSheet(context.SummarySheet(group.Code));
        var fields = group.Fields;
        var fieldIndexes = fields.Select(f => group.IndexOf(f.Code)).ToArray();
        var headers = new List<string> { L("report.col.rank"), L("report.col.code"), L("report.col.unit") };
        headers.AddRange(fields.Select(f => L("report.col.field", f.Code.Value)));
        headers.AddRange([L("report.col.bonus"), L("report.col.penalty"), L("report.col.total")]);
        // With weights the index is not built from the plain points: each field's weighted contribution is shown beside them.
        var weighted = group.Units.Any(u => u.WeightedFields is not null);
        if (weighted)
        {
            headers.AddRange(fields.Select(f => L("report.col.weightedField", f.Code.Value)));
            headers.Add(L("report.col.weightedTotal"));
        }
        headers.AddRange([L("report.col.max"), L("report.col.index"), L("report.col.band"), L("report.col.previousRank"), L("report.col.previousIndex")]);
        var intervals = context.Intervals?.GetValueOrDefault(group.Code);
        if (intervals is not null) headers.Add(L("analysis.col.interval"));
        var lastColumn = headers.Count;
        var previousColumn = lastColumn - (intervals is null ? 1 : 2);
        var indexColumn = previousColumn - 2;

        var widths = new List<double> { 7, 7, 34 };
        widths.AddRange(fields.Select(_ => 7.5));
        widths.AddRange([8, 7.5, 8.5]);
        if (weighted) widths.AddRange(fields.Select(_ => 8.5).Append(9.5));
        widths.AddRange([9.5, 8.5, 10, 10.5, 10.5]);
        if (intervals is not null) widths.Add(11);
        sheet.Widths([.. widths]);

        Title(sheet, 1, L("report.title", result.Year), context);
        sheet.Text(2, 1, L("report.group", group.Name), Bold);
        sheet.Text(3, 1, L("report.framework", result.Framework.Name, result.Framework.Id, result.Framework.Version));
        sheet.Text(4, 1, result.Framework.Note, Italic);
        var fieldList = L("report.fields", string.Join("; ", fields.Select(f => $"{f.Code.Value}. {f.Title} ({NumberText.Format(f.MaxPoints, language)})")));
        sheet.Text(5, 1, fieldList, new() { Wrap = true, Vertical = Vertical.Top });
        sheet.Merge(5, 1, 5, lastColumn);
        sheet.Height(5, 15 * Math.Max(2, Math.Ceiling(fieldList.Length / 190.0)));
        if (!group.SurveyInUse && group.SurveyMaximum > 0) sheet.Text(6, 1, L("report.noSurvey"), Italic);

        HeaderRow(sheet, SummarySheet.HeaderRow, headers, 45);
        var row = SummarySheet.HeaderRow + 1;
        var nearTies = NearTie.UnitsOf(group);
        var centred = new CellStyle { Horizontal = Horizontal.Center };
        var lastYear = new CellStyle { Fill = SheetLayout.EmptyColumnColour };
        foreach (var unit in group.Units)
        {
            var c = 1;
            var rankStyle = unit.IsTied ? centred with { Fill = SheetLayout.TieColour, Bold = true }
                : nearTies.Contains(unit) ? centred with { Fill = SheetLayout.NearTieColour, Bold = true }
                : centred;
            sheet.Number(row, c++, unit.Rank, rankStyle);
            sheet.Text(row, c++, unit.Code);
            sheet.Text(row, c, unit.Name);
            if (context.HasUnitSheets) sheet.LinkTo(row, c, context.UnitSheet(unit.Code, unit.Name));
            c++;
            foreach (var i in fieldIndexes) Points(sheet, row, c++, unit.Criteria[i].FinalPoints);
            Points(sheet, row, c++, unit.Bonus);
            Points(sheet, row, c++, unit.Penalty);
            Points(sheet, row, c++, unit.TotalPoints, bold: true);
            if (weighted)
            {
                for (var f = 0; f < fields.Count; f++) Points(sheet, row, c++, unit.WeightedFields?[f] ?? unit.Criteria[fieldIndexes[f]].FinalPoints);
                Points(sheet, row, c++, unit.WeightedTotal, bold: true);
            }
            Points(sheet, row, c++, unit.MaxInUse);
            Points(sheet, row, c++, unit.IndexPercent, bold: true);
            sheet.Text(row, c++, unit.Band ?? string.Empty, centred);
            var previous = context.PreviousOf(group, unit);
            sheet.Number(row, c, previous?.Rank, lastYear);
            sheet.Number(row, c + 1, previous?.IndexPercent, lastYear with { NumberFormat = SheetLayout.NumberFormat });
            c += 2;
            if (intervals?.Units[row - SummarySheet.HeaderRow - 1] is { } interval)
                sheet.Text(row, c, interval.Low == interval.High ? $"{interval.Low}" : $"[{interval.Low}, {interval.High}]", centred);
            row++;
        }
        var lastUnitRow = row - 1;
        Borders(sheet, SummarySheet.HeaderRow + 1, lastUnitRow, lastColumn);

        var stats = GroupStatistics.Of(group);
        row++;
        var firstStatRow = row;
        var boxed = new CellStyle { Bold = true };
        foreach (var (key, value) in new[] { ("report.stat.mean", stats.Mean), ("report.stat.median", stats.Median), ("report.stat.min", stats.Minimum), ("report.stat.max", stats.Maximum) })
        {
            sheet.Text(row, 3, L(key), boxed);
            Points(sheet, row, indexColumn, value, bold: true);
            row++;
        }
        sheet.Text(firstStatRow - 1, indexColumn, L("report.col.index"), new() { Italic = true, Horizontal = Horizontal.Right });
        Outline(sheet, firstStatRow, 3, row - 1, indexColumn);
        row++;
        if (group.Units.Any(u => u.IsTied))
        {
            sheet.Restyle(row, 1, s => s with { Fill = SheetLayout.TieColour });
            sheet.Text(row, 2, L("report.tie"), Italic);
            row++;
        }
        if (nearTies.Count > 0)
        {
            sheet.Restyle(row, 1, s => s with { Fill = SheetLayout.NearTieColour });
            sheet.Text(row, 2, L("report.nearTie"), Italic);
            row++;
        }
        if (weighted) sheet.Text(row++, 2, L("report.weightedNote"), Italic);
        sheet.Text(row, 2, context.Previous is { } lastYearResult
            ? L("report.previousFilled", lastYearResult.Year)
            : L("report.previousNote"), Italic);
        if (context.HasUnitSheets) sheet.Text(row + 1, 2, L("report.linkNote"), Italic);

        sheet.FitRowHeights(SummarySheet.HeaderRow, SummarySheet.HeaderRow);
        PrintA4(sheet, Orientation.Landscape, SummarySheet.HeaderRow, context, row + 1, lastColumn);
        return sheet;
    }
}
