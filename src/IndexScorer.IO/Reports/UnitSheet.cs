using IndexScorer.Analysis;
using IndexScorer.Frameworks;
using IndexScorer.IO.Workbooks;
using IndexScorer.Results;
using static IndexScorer.IO.Reports.ReportLayout;

namespace IndexScorer.IO.Reports;

/// <summary>
/// A unit's detail: every node of its criteria tree with maximum, self score, appraised score, final points,
/// points lost, evidence and notes, the total; then its biggest losses and its fields against the group's average. In the
/// official form (campaign.json "report") it opens with the issuing body and the national heading and closes with the place,
/// date and signatures; the criteria table's header row is the print title.
/// </summary>
/// <remarks>One sheet per unit: what the office prints for the unit's review meeting.</remarks>
internal static class UnitSheet
{
    private const int Columns = 10;

    public static SheetBuffer Build(XlsxWriter workbook, ReportContext context, ScoredGroup group, UnitStrengths strengths)
    {
        var L = context.L;
        var unit = strengths.Unit;
        var sheet = workbook.AddSheet(context.UnitSheet(unit.Code, unit.Name));
        sheet.Widths(7, 46, 7.5, 7.5, 8.5, 7.5, 7.5, 22, 24, 24);

        var top = Opening(sheet, L("report.unit.title", unit.Name, unit.Code), context, Columns);
        sheet.Text(top, 1, L("report.unit.subtitle", context.Result.Year, group.Name));
        sheet.Text(top, 8, L("report.unit.back"));
        sheet.LinkTo(top, 8, context.SummarySheet(group.Code));
        var fact = new CellStyle { Bold = true, Horizontal = Horizontal.Left };
        string[] labels = [L("report.col.rank"), L("report.col.total"), L("report.col.index"), L("report.col.band")];
        for (var i = 0; i < labels.Length; i++) sheet.Text(top + 1 + i, 2, labels[i], Bold);
        sheet.Number(top + 1, 3, unit.Rank, fact);
        sheet.Number(top + 2, 3, unit.TotalPoints, fact with { NumberFormat = SheetLayout.NumberFormat });
        sheet.Number(top + 3, 3, unit.IndexPercent, fact with { NumberFormat = SheetLayout.NumberFormat });
        sheet.Text(top + 4, 3, unit.Band ?? string.Empty, fact);
        if (unit.IsTied) sheet.Text(top + 1, 4, L("report.unit.tied"), Italic);

        var headerRow = top + 6;
        HeaderRow(sheet, headerRow, [
            L("report.col.code"), L("report.col.criterion"), L("report.col.maxPoints"), L("report.col.self"), L("report.col.appraised"),
            L("report.col.final"), L("report.col.lost"), L("report.col.evidence"), L("report.col.unitNote"), L("report.col.appraisalNote"),
        ]);
        var row = headerRow + 1;
        foreach (var result in unit.Criteria) WriteNode(sheet, row++, context, unit, result);
        sheet.Text(row, 2, L("report.unit.total"));
        Points(sheet, row, 3, unit.MaxInUse);
        Points(sheet, row, 6, unit.TotalPoints);
        sheet.Restyle(row, 1, row, Columns, s => s with { Bold = true, Fill = SheetLayout.HeaderColour });
        Borders(sheet, headerRow + 1, row, Columns);
        sheet.Restyle(headerRow + 1, 8, row, Columns, s => s with { Wrap = true });
        sheet.Restyle(headerRow + 1, 2, row, 2, s => s with { Wrap = true });
        row += 2;

        row = WriteLosses(sheet, row, context, strengths);
        row++;
        row = WriteFields(sheet, row, context, strengths);
        Closing(sheet, row + 1, context, Columns);

        sheet.FitRowHeights(headerRow, sheet.LastRow);
        PrintA4(sheet, Orientation.Landscape, headerRow, context);
        return sheet;
    }

    private static void WriteNode(SheetBuffer sheet, int row, ReportContext context, ScoredUnit unit, CriterionResult result)
    {
        var L = context.L;
        var node = result.Criterion;
        sheet.Text(row, 1, node.Code.Value);
        sheet.Text(row, 2, node.Title, new() { Indent = node.Code.Depth - 1 });
        Points(sheet, row, 3, node.MaxPoints);
        if (!node.IsLeaf)
        {
            var final = node.Section switch
            {
                SectionKind.Bonus => unit.Bonus,
                SectionKind.Penalty => unit.Penalty,
                _ => result.FinalPoints,
            };
            Points(sheet, row, 6, final);
            if (node.Section == SectionKind.Scored) Points(sheet, row, 7, result.MaxInUse - final);
            else sheet.Text(row, 9, L(node.Section == SectionKind.Bonus ? "report.unit.bonusCap" : "report.unit.penaltyCap"));
            var fill = node.Code.Depth == 1 ? SheetLayout.FieldColour : null;
            sheet.Restyle(row, 1, row, Columns, s => s with { Bold = true, Fill = fill ?? s.Fill });
            return;
        }
        Points(sheet, row, 4, result.SelfPoints);
        Points(sheet, row, 5, result.Appraised);
        Points(sheet, row, 6, result.FinalPoints);
        if (node.Section == SectionKind.Scored) Points(sheet, row, 7, result.PointsLost);
        sheet.Text(row, 8, result.Evidence);
        var unitNotes = new List<string>();
        if (result.NotApplicable) unitNotes.Add(L("report.unit.notApplicable"));
        if (node.Source == PointSource.Survey) unitNotes.Add(L(result.MaxInUse > 0m ? "report.unit.survey" : "report.unit.surveyNotUsed"));
        if (result.Note.Length > 0) unitNotes.Add(result.Note);
        if (result.Explanation.Length > 0) unitNotes.Add(L("report.unit.explanation", result.Explanation));
        sheet.Text(row, 9, string.Join("\n", unitNotes));
        var appraisalNotes = new List<string>();
        if (result.Appraisal1 is { } first && result.Appraisal2 is not null) appraisalNotes.Add(L("report.unit.round1", Format(first, context)));
        if (result.AppraisalNote.Length > 0) appraisalNotes.Add(result.AppraisalNote);
        sheet.Text(row, 10, string.Join("\n", appraisalNotes));
        if (result.Appraised is { } appraised && result.SelfPoints is { } self && appraised != self)
            sheet.Restyle(row, 5, s => s with { Bold = true, FontColor = appraised < self ? Lowered : Raised });
    }

    private static int WriteLosses(SheetBuffer sheet, int row, ReportContext context, UnitStrengths strengths)
    {
        var L = context.L;
        Heading(sheet, row++, L("report.unit.losses", strengths.BiggestLosses.Count));
        if (strengths.BiggestLosses.Count == 0)
        {
            sheet.Text(row, 2, L("report.unit.noLosses"), Italic);
            return row + 1;
        }
        HeaderRow(sheet, row, [L("report.col.code"), L("report.col.criterion"), L("report.col.maxPoints"), L("report.col.final"), L("report.col.lost")]);
        var first = ++row;
        foreach (var loss in strengths.BiggestLosses)
        {
            sheet.Text(row, 1, loss.Criterion.Code.Value);
            sheet.Text(row, 2, loss.Criterion.Title, new() { Wrap = true });
            Points(sheet, row, 3, loss.MaxInUse);
            Points(sheet, row, 4, loss.FinalPoints);
            Points(sheet, row, 5, loss.PointsLost, bold: true);
            row++;
        }
        Borders(sheet, first, row - 1, 5);
        return row;
    }

    /// <summary>The unit's fields against the group's average; returns the row after the table.</summary>
    private static int WriteFields(SheetBuffer sheet, int row, ReportContext context, UnitStrengths strengths)
    {
        var L = context.L;
        Heading(sheet, row++, L("report.unit.fields"));
        HeaderRow(sheet, row, [
            L("report.col.code"), L("report.col.fieldName"), L("report.col.unitPercent"), L("report.col.groupPercent"), L("report.col.difference"),
            L("report.col.assessment"),
        ]);
        var first = ++row;
        foreach (var field in strengths.Fields)
        {
            sheet.Text(row, 1, field.Field.Code.Value);
            sheet.Text(row, 2, field.Field.Title, new() { Wrap = true });
            Points(sheet, row, 3, field.UnitPercent);
            Points(sheet, row, 4, field.GroupPercent);
            Points(sheet, row, 5, field.Difference);
            var (key, colour) = field.Difference switch
            {
                > 0m => ("report.unit.strength", Raised),
                < 0m => ("report.unit.weakness", Lowered),
                null => ("report.unit.fieldNotCounted", (string?)null),
                _ => ("report.unit.atAverage", null),
            };
            sheet.Text(row, 6, L(key), new() { Bold = true, Wrap = true, FontColor = colour });
            row++;
        }
        Borders(sheet, first, row - 1, 6);
        return row;
    }

    private static string Format(decimal value, ReportContext context) => Text.NumberText.Format(Math.Round(value, 2), context.Language);
}
