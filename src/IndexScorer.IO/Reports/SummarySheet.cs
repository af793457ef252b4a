using IndexScorer.Analysis;
using IndexScorer.IO.Workbooks;
using IndexScorer.Results;
using IndexScorer.Text;
using static IndexScorer.IO.Reports.ReportLayout;

namespace IndexScorer.IO.Reports;

/// <summary>
/// A group's summary: rank, unit, points per field, bonus, penalty, total, maximum in use, index and band in rank
/// order, tied ranks in yellow, near ties (indices apart by less than the 2 decimals shown) in orange, last year's rank and
/// index (empty without last year's results; with them the change in rank and index beside), optionally band by band, then
/// the group's mean, median, minimum and maximum and the units per band. In the official form (campaign.json "report") it
/// opens with the issuing body and the national heading and closes with the place, date and signatures; its header row is
/// the print title. Printed on A4 landscape, one page wide.
/// </summary>
internal static class SummarySheet
{
    /// <summary>Number format of the change in rank: ↑ 2 (up two places), ↓ 1 (down one), = (the same rank).</summary>
    public const string RankChangeFormat = "\"↑ \"0;\"↓ \"0;\"=\"";

    /// <summary>Number format of the change in index, in percentage points, always signed.</summary>
    public const string IndexChangeFormat = "+0.00;-0.00;0.00";

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
        var indexColumn = headers.Count - 3;
        // The change columns only when last year's results are given: without them they could only stay empty.
        var changes = context.Previous is not null;
        if (changes) headers.AddRange([L("report.col.rankChange"), L("report.col.indexChange")]);
        var intervals = context.Intervals?.GetValueOrDefault(group.Code);
        if (intervals is not null) headers.Add(L("analysis.col.interval"));
        var lastColumn = headers.Count;

        var widths = new List<double> { 7, 7, 34 };
        widths.AddRange(fields.Select(_ => 7.5));
        widths.AddRange([8, 7.5, 8.5]);
        if (weighted) widths.AddRange(fields.Select(_ => 8.5).Append(9.5));
        widths.AddRange([9.5, 8.5, 10, 10.5, 10.5]);
        if (changes) widths.AddRange([10.5, 10.5]);
        if (intervals is not null) widths.Add(11);
        sheet.Widths([.. widths]);

        var top = Opening(sheet, L("report.title", result.Year), context, lastColumn);
        sheet.Text(top, 1, L("report.group", group.Name), Bold);
        sheet.Text(top + 1, 1, L("report.framework", result.Framework.Name, result.Framework.Id, result.Framework.Version));
        sheet.Text(top + 2, 1, result.Framework.Note, Italic);
        var fieldList = L("report.fields", string.Join("; ", fields.Select(f => $"{f.Code.Value}. {f.Title} ({NumberText.Format(f.MaxPoints, language)})")));
        sheet.Text(top + 3, 1, fieldList, new() { Wrap = true, Vertical = Vertical.Top });
        sheet.Merge(top + 3, 1, top + 3, lastColumn);
        sheet.Height(top + 3, 15 * Math.Max(2, Math.Ceiling(fieldList.Length / 190.0)));
        if (!group.SurveyInUse && group.SurveyMaximum > 0) sheet.Text(top + 4, 1, L("report.noSurvey"), Italic);

        var headerRow = top + 5;
        HeaderRow(sheet, headerRow, headers, 45);
        var row = headerRow + 1;
        var nearTies = NearTie.UnitsOf(group);
        var centred = new CellStyle { Horizontal = Horizontal.Center };
        var lastYear = new CellStyle { Fill = SheetLayout.EmptyColumnColour };
        var bandCounts = BandCounts(group, context);
        string? currentBand = null;
        for (var u = 0; u < group.Units.Count; u++)
        {
            var unit = group.Units[u];
            if (context.Form.GroupByBand && (u == 0 || unit.Band != currentBand))
            {
                currentBand = unit.Band;
                var label = unit.Band ?? L("report.bands.none");
                sheet.Text(row, 1, L("report.bandHeading", label, bandCounts.First(b => b.Label == label).Count),
                    new CellStyle { Bold = true, Fill = SheetLayout.FieldColour });
                sheet.Merge(row, 1, row, lastColumn);
                row++;
            }
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
            sheet.Number(row, c++, previous?.Rank, lastYear);
            sheet.Number(row, c++, previous?.IndexPercent, lastYear with { NumberFormat = SheetLayout.NumberFormat });
            if (changes)
            {
                // Up is a smaller rank: last year's rank minus this year's counts the places gained.
                sheet.Number(row, c++, previous?.Rank - unit.Rank, centred with { NumberFormat = RankChangeFormat });
                sheet.Number(row, c++, unit.IndexPercent - previous?.IndexPercent, new CellStyle { NumberFormat = IndexChangeFormat });
            }
            if (intervals?.Units[u] is { } interval)
                sheet.Text(row, c, interval.Low == interval.High ? $"{interval.Low}" : $"[{interval.Low}, {interval.High}]", centred);
            row++;
        }
        var lastUnitRow = row - 1;
        Borders(sheet, headerRow + 1, lastUnitRow, lastColumn);

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
        row = WriteBandCounts(sheet, row, bandCounts, group.Units.Count, context) + 1;
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
        sheet.Text(row++, 2, context.Previous is { } lastYearResult
            ? L("report.previousFilled", lastYearResult.Year)
            : L("report.previousNote"), Italic);
        if (changes) sheet.Text(row++, 2, L("report.changeNote"), Italic);
        if (context.HasUnitSheets) sheet.Text(row++, 2, L("report.linkNote"), Italic);
        var end = Closing(sheet, row + 1, context, lastColumn);

        sheet.FitRowHeights(headerRow, headerRow);
        PrintA4(sheet, Orientation.Landscape, headerRow, context, Math.Max(row, end - 1), lastColumn);
        return sheet;
    }

    /// <summary>How many units of the group fall in each band, highest band first, then those in none (when any).</summary>
    private static List<(string Label, int Count)> BandCounts(ScoredGroup group, ReportContext context)
    {
        var counts = group.Bands.Select(b => (b.Label, Count: group.Units.Count(u => u.Band == b.Label))).ToList();
        var none = group.Units.Count(u => u.Band is null || group.Bands.All(b => b.Label != u.Band));
        if (none > 0) counts.Add((context.L("report.bands.none"), none));
        return counts;
    }

    /// <summary>The units per band: band, count, share of the group; a total line. Returns the row after it.</summary>
    private static int WriteBandCounts(SheetBuffer sheet, int row, List<(string Label, int Count)> counts, int units, ReportContext context)
    {
        if (counts.Count == 0) return row;
        var L = context.L;
        Heading(sheet, row, L("report.bands.title"));
        var headerStyle = new CellStyle { Bold = true, Fill = SheetLayout.HeaderColour, Wrap = true, Horizontal = Horizontal.Center, Vertical = Vertical.Center };
        row++;
        sheet.Text(row, 3, L("report.col.band"), headerStyle);
        sheet.Text(row, 4, L("report.bands.count"), headerStyle);
        sheet.Text(row, 5, L("report.bands.share"), headerStyle);
        sheet.FitRowHeight(row, (L("report.bands.count"), sheet.WidthOf(4)), (L("report.bands.share"), sheet.WidthOf(5)));
        var first = row + 1;
        foreach (var (label, count) in counts.Append((L("report.bands.total"), units)))
        {
            row++;
            sheet.Text(row, 3, label);
            sheet.Number(row, 4, count, new CellStyle { Horizontal = Horizontal.Center });
            Points(sheet, row, 5, units == 0 ? 0m : 100m * count / units);
        }
        sheet.Restyle(row, 3, row, 5, s => s with { Bold = true });
        sheet.Restyle(first - 1, 3, row, 5, s => s with { Borders = Edges.All });
        return row + 1;
    }
}
