using ClosedXML.Excel;
using IndexScorer.Analysis;
using IndexScorer.Results;
using IndexScorer.Frameworks;

namespace IndexScorer.IO.Reports;

/// <summary>
/// A unit's detail: every node of its criteria tree with maximum, self score, appraised score, final points,
/// points lost, evidence and notes, the total; then its biggest losses and its fields against the group's average.
/// </summary>
/// <remarks>One sheet per unit: what the office prints for the unit's review meeting.</remarks>
internal static class UnitSheet
{
    /// <summary>The row of the criteria table's headers.</summary>
    public const int HeaderRow = 8;

    private const int Columns = 10;

    public static void Write(XLWorkbook workbook, ReportContext context, ScoredGroup group, UnitStrengths strengths)
    {
        var L = context.L;
        var unit = strengths.Unit;
        var sheet = workbook.AddWorksheet(context.UnitSheet(unit.Code, unit.Name));

        SheetLayout.Title(sheet, 1, L("report.unit.title", unit.Name, unit.Code));
        sheet.Cell(2, 1).Text(L("report.unit.subtitle", context.Result.Year, group.Name));
        sheet.Cell(2, 8).Text(L("report.unit.back")).LinkTo(context.SummarySheet(group.Code));
        var facts = new (string Label, Action<IXLCell> Write)[]
        {
            (L("report.col.rank"), c => c.SetValue(unit.Rank)),
            (L("report.col.total"), c => c.Number(unit.TotalPoints)),
            (L("report.col.index"), c => c.Number(unit.IndexPercent)),
            (L("report.col.band"), c => c.Text(unit.Band ?? string.Empty)),
        };
        for (var i = 0; i < facts.Length; i++)
        {
            sheet.Cell(3 + i, 2).Text(facts[i].Label).Style.Font.SetBold();
            facts[i].Write(sheet.Cell(3 + i, 3));
            sheet.Cell(3 + i, 3).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Left).Font.SetBold();
        }
        if (unit.IsTied) sheet.Cell(3, 4).Text(L("report.unit.tied")).Style.Font.SetItalic();

        SheetLayout.HeaderRow(sheet, HeaderRow, [
            L("report.col.code"), L("report.col.criterion"), L("report.col.maxPoints"), L("report.col.self"), L("report.col.appraised"),
            L("report.col.final"), L("report.col.lost"), L("report.col.evidence"), L("report.col.unitNote"), L("report.col.appraisalNote"),
        ]);
        var row = HeaderRow + 1;
        foreach (var result in unit.Criteria) WriteNode(sheet, row++, context, unit, result);
        sheet.Cell(row, 2).Text(L("report.unit.total"));
        sheet.Cell(row, 3).Number(unit.MaxInUse);
        sheet.Cell(row, 6).Number(unit.TotalPoints);
        sheet.Range(row, 1, row, Columns).Style.Font.SetBold().Fill.SetBackgroundColor(SheetLayout.HeaderFill);
        SheetLayout.Borders(sheet, HeaderRow + 1, row, Columns);
        sheet.Range(HeaderRow + 1, 8, row, Columns).Style.Alignment.SetWrapText();
        sheet.Range(HeaderRow + 1, 2, row, 2).Style.Alignment.SetWrapText();
        row += 2;

        row = WriteLosses(sheet, row, context, strengths);
        row++;
        WriteFields(sheet, row, context, strengths);

        SheetLayout.Widths(sheet, 7, 46, 7.5, 7.5, 8.5, 7.5, 7.5, 22, 24, 24);
        SheetLayout.FitRowHeights(sheet, HeaderRow, sheet.LastRowUsed().RowNumber());
        SheetLayout.PrintA4(sheet, XLPageOrientation.Landscape, HeaderRow);
    }

    private static void WriteNode(IXLWorksheet sheet, int row, ReportContext context, ScoredUnit unit, CriterionResult result)
    {
        var L = context.L;
        var node = result.Criterion;
        sheet.Cell(row, 1).Text(node.Code.Value);
        sheet.Cell(row, 2).Text(node.Title).Style.Alignment.SetIndent(node.Code.Depth - 1);
        sheet.Cell(row, 3).Number(node.MaxPoints);
        if (!node.IsLeaf)
        {
            var final = node.Section switch
            {
                SectionKind.Bonus => unit.Bonus,
                SectionKind.Penalty => unit.Penalty,
                _ => result.FinalPoints,
            };
            sheet.Cell(row, 6).Number(final);
            if (node.Section == SectionKind.Scored) sheet.Cell(row, 7).Number(result.MaxInUse - final);
            else sheet.Cell(row, 9).Text(L(node.Section == SectionKind.Bonus ? "report.unit.bonusCap" : "report.unit.penaltyCap"));
            var style = sheet.Range(row, 1, row, Columns).Style.Font.SetBold();
            if (node.Code.Depth == 1) style.Fill.SetBackgroundColor(SheetLayout.FieldFill);
            return;
        }
        sheet.Cell(row, 4).Number(result.SelfPoints);
        sheet.Cell(row, 5).Number(result.Appraised);
        sheet.Cell(row, 6).Number(result.FinalPoints);
        if (node.Section == SectionKind.Scored) sheet.Cell(row, 7).Number(result.PointsLost);
        sheet.Cell(row, 8).Text(result.Evidence);
        var unitNotes = new List<string>();
        if (result.NotApplicable) unitNotes.Add(L("report.unit.notApplicable"));
        if (node.Source == PointSource.Survey) unitNotes.Add(L(result.MaxInUse > 0m ? "report.unit.survey" : "report.unit.surveyNotUsed"));
        if (result.Note.Length > 0) unitNotes.Add(result.Note);
        if (result.Explanation.Length > 0) unitNotes.Add(L("report.unit.explanation", result.Explanation));
        sheet.Cell(row, 9).Text(string.Join("\n", unitNotes));
        var appraisalNotes = new List<string>();
        if (result.Appraisal1 is { } first && result.Appraisal2 is not null) appraisalNotes.Add(L("report.unit.round1", Format(first, context)));
        if (result.AppraisalNote.Length > 0) appraisalNotes.Add(result.AppraisalNote);
        sheet.Cell(row, 10).Text(string.Join("\n", appraisalNotes));
        if (result.Appraised is { } appraised && result.SelfPoints is { } self && appraised != self)
            sheet.Cell(row, 5).Style.Font.SetBold().Font.SetFontColor(appraised < self ? XLColor.FromHtml("#C00000") : XLColor.FromHtml("#375623"));
    }

    private static int WriteLosses(IXLWorksheet sheet, int row, ReportContext context, UnitStrengths strengths)
    {
        var L = context.L;
        SheetLayout.Heading(sheet, row++, L("report.unit.losses", strengths.BiggestLosses.Count));
        if (strengths.BiggestLosses.Count == 0)
        {
            sheet.Cell(row, 2).Text(L("report.unit.noLosses")).Style.Font.SetItalic();
            return row + 1;
        }
        SheetLayout.HeaderRow(sheet, row, [L("report.col.code"), L("report.col.criterion"), L("report.col.maxPoints"), L("report.col.final"), L("report.col.lost")]);
        var first = ++row;
        foreach (var loss in strengths.BiggestLosses)
        {
            sheet.Cell(row, 1).Text(loss.Criterion.Code.Value);
            sheet.Cell(row, 2).Text(loss.Criterion.Title).Style.Alignment.SetWrapText();
            sheet.Cell(row, 3).Number(loss.MaxInUse);
            sheet.Cell(row, 4).Number(loss.FinalPoints);
            sheet.Cell(row, 5).Number(loss.PointsLost).Style.Font.SetBold();
            row++;
        }
        SheetLayout.Borders(sheet, first, row - 1, 5);
        return row;
    }

    private static void WriteFields(IXLWorksheet sheet, int row, ReportContext context, UnitStrengths strengths)
    {
        var L = context.L;
        SheetLayout.Heading(sheet, row++, L("report.unit.fields"));
        SheetLayout.HeaderRow(sheet, row, [
            L("report.col.code"), L("report.col.fieldName"), L("report.col.unitPercent"), L("report.col.groupPercent"), L("report.col.difference"),
            L("report.col.assessment"),
        ]);
        var first = ++row;
        foreach (var field in strengths.Fields)
        {
            sheet.Cell(row, 1).Text(field.Field.Code.Value);
            sheet.Cell(row, 2).Text(field.Field.Title).Style.Alignment.SetWrapText();
            sheet.Cell(row, 3).Number(field.UnitPercent);
            sheet.Cell(row, 4).Number(field.GroupPercent);
            sheet.Cell(row, 5).Number(field.Difference);
            var (key, colour) = field.Difference switch
            {
                > 0m => ("report.unit.strength", "#375623"),
                < 0m => ("report.unit.weakness", "#C00000"),
                null => ("report.unit.fieldNotCounted", "#000000"),
                _ => ("report.unit.atAverage", "#000000"),
            };
            sheet.Cell(row, 6).Text(L(key)).Style.Font.SetFontColor(XLColor.FromHtml(colour)).Font.SetBold().Alignment.SetWrapText();
            row++;
        }
        SheetLayout.Borders(sheet, first, row - 1, 6);
    }

    private static string Format(decimal value, ReportContext context) => Text.NumberText.Format(Math.Round(value, 2), context.Language);
}
