using System.Globalization;
using ClosedXML.Excel;
using IndexScorer.Frameworks;
using IndexScorer.IO.Files;
using IndexScorer.IO.Localization;
using IndexScorer.IO.Reports;
using IndexScorer.Text;
using static IndexScorer.IO.Appraisal.AppraisalColumns;

namespace IndexScorer.IO.Appraisal;

/// <summary>
/// Writes the council's appraisal workbook: per group a sheet with, per unit, a row of live totals and a row per criterion
/// it appraises (the unit's inputs, self score, evidence and note, then the council's round 1, the unit's explanation and
/// round 2, each points cell validated from 0 to the criterion's maximum, and the final points as a live formula). Only the
/// council's cells are unlocked; the identity (framework, year, body) is in a very hidden sheet.
/// </summary>
internal static class AppraisalWorkbookWriter
{
    private static readonly XLColor CouncilFill = XLColor.FromHtml("#DDEBF7");
    private static readonly XLColor UnitFill = XLColor.FromHtml("#F2F2F2");

    /// <summary>Writes the workbook (whole or not at all); <paramref name="body"/> is the appraising body, or null for the whole council.</summary>
    public static void Write(
        string path, Framework framework, string? body, IReadOnlyList<(UnitGroup Group, IReadOnlyList<AppraisalLine> Lines)> groups, Language language)
    {
        using var workbook = Build(framework, body, groups, language);
        AtomicFile.Write(path, stream => workbook.SaveAs(stream, new SaveOptions { EvaluateFormulasBeforeSaving = true }));
    }

    /// <summary>Builds the workbook in memory.</summary>
    public static XLWorkbook Build(
        Framework framework, string? body, IReadOnlyList<(UnitGroup Group, IReadOnlyList<AppraisalLine> Lines)> groups, Language language)
    {
        var workbook = new XLWorkbook();
        var sheets = new List<(string Sheet, string Group)>();
        foreach (var (group, lines) in groups)
        {
            var sheet = workbook.AddWorksheet(SheetName(group.Code, sheets.Count));
            WriteGroup(sheet, framework, group, body, lines, language);
            sheets.Add((sheet.Name, group.Code));
        }
        if (groups.Count == 0) workbook.AddWorksheet(SheetName("-", 0)).Cell(1, 1).SetValue(Labels.Get("appraisal.empty", language));
        WriteMetadata(workbook, framework, body, sheets);
        return workbook;
    }

    private static string SheetName(string groupCode, int index)
    {
        var cleaned = new string(groupCode.Select(c => "[]:*?/\\".Contains(c) ? '_' : c).ToArray());
        return cleaned.Length is > 0 and <= 28 ? cleaned : $"G{index + 1}";
    }

    private static void WriteGroup(
        IXLWorksheet sheet, Framework framework, UnitGroup group, string? body, IReadOnlyList<AppraisalLine> lines, Language language)
    {
        string L(string key, params object[] args) => Labels.Get(key, language, args);
        sheet.Cell(1, 1).SetValue(L("appraisal.title", framework.Year, group.Name)).Style.Font.SetBold().Font.SetFontSize(14);
        // Wrapped within the table's width: text running past the last column would widen what prints and shrink every page.
        var frameworkLine = L("appraisal.framework", framework.Name, framework.Id, framework.Version, body ?? L("appraisal.allBodies"));
        sheet.Cell(2, 1).SetValue(frameworkLine);
        sheet.Range(2, 1, 2, Last).Merge().Style.Alignment.SetWrapText();
        sheet.Row(2).Height = Math.Ceiling(frameworkLine.Length / Widths.Sum()) * LineHeight + 2;
        var instructions = L("appraisal.instructions");
        sheet.Cell(3, 1).SetValue(instructions);
        sheet.Range(3, 1, 3, Last).Merge().Style.Alignment.SetWrapText();
        sheet.Row(3).Height = (Math.Ceiling(instructions.Length / Widths.Sum()) + 1) * LineHeight;

        string[] headers =
        [
            "appraisal.col.unit", "appraisal.col.name", "appraisal.col.criterion", "appraisal.col.title", "appraisal.col.max", "appraisal.col.inputs",
            "appraisal.col.self", "appraisal.col.evidence", "appraisal.col.note", "appraisal.col.round1", "appraisal.col.round1Note",
            "appraisal.col.explanation", "appraisal.col.round2", "appraisal.col.round2Note", "appraisal.col.final",
        ];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(HeaderRow, c + 1).SetValue(L(headers[c]));
        var header = sheet.Range(HeaderRow, 1, HeaderRow, Last);
        header.Style.Font.SetBold().Fill.SetBackgroundColor(SheetLayout.HeaderFill).Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        sheet.Range(HeaderRow, Round1, HeaderRow, Round2Note).Style.Fill.SetBackgroundColor(CouncilFill);
        sheet.Row(HeaderRow).Height = 5 * LineHeight;

        var row = FirstContentRow;
        foreach (var unit in lines.GroupBy(l => l.UnitCode))
        {
            var unitRow = row++;
            var first = row;
            foreach (var line in unit) WriteLine(sheet, row++, line);
            var last = row - 1;
            sheet.Cell(unitRow, Unit).SetValue(unit.Key);
            sheet.Cell(unitRow, UnitName).SetValue(unit.First().UnitName).Style.Alignment.SetWrapText();
            var nameLines = LinesOf(unit.First().UnitName, UnitName);
            if (nameLines > 1) sheet.Row(unitRow).Height = nameLines * LineHeight;
            sheet.Cell(unitRow, Title).SetValue(L("appraisal.unitTotal"));
            foreach (var column in new[] { Max, Self, Final }) sheet.Cell(unitRow, column).FormulaA1 = $"SUM({Column(column)}{first}:{Column(column)}{last})";
            sheet.Range(unitRow, 1, unitRow, Last).Style.Font.SetBold().Fill.SetBackgroundColor(UnitFill);
            var council = sheet.Range(first, Round1, last, Round2Note);
            council.Style.Protection.SetLocked(false).Fill.SetBackgroundColor(CouncilFill).Alignment.SetWrapText();
            foreach (var column in new[] { Round1, Round2 })
            {
                // One rule for the whole block, relative to its first row: from 0 to the criterion's maximum on the same row.
                var validation = sheet.Range(first, column, last, column).SetDataValidation();
                validation.Decimal.Between("0", $"{Column(Max)}{first}");
                validation.ShowErrorMessage = true;
                validation.ErrorStyle = XLErrorStyle.Stop;
                validation.ErrorTitle = L("appraisal.invalid");
                validation.ErrorMessage = L("appraisal.points");
                validation.ShowInputMessage = true;
                validation.InputMessage = L("appraisal.points");
            }
        }
        var end = Math.Max(row - 1, HeaderRow);
        var used = sheet.Range(HeaderRow, 1, end, Last);
        used.Style.Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        used.Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        foreach (var column in new[] { Max, Self, Round1, Round2, Final })
            sheet.Range(FirstContentRow, column, Math.Max(end, FirstContentRow), column).Style.NumberFormat.Format = "0.00";

        for (var c = 0; c < Widths.Length; c++) sheet.Column(c + 1).Width = Widths[c];
        foreach (var column in new[] { Title, Inputs, Evidence, Note }) sheet.Range(FirstContentRow, column, end, column).Style.Alignment.SetWrapText();
        SheetLayout.Print(sheet, XLPageOrientation.Landscape, HeaderRow, language);
        sheet.SheetView.FreezeColumns(Code);
        sheet.Protect()
            .AllowElement(XLSheetProtectionElements.FormatColumns)
            .AllowElement(XLSheetProtectionElements.FormatRows)
            .AllowElement(XLSheetProtectionElements.AutoFilter)
            .AllowElement(XLSheetProtectionElements.SelectEverything);
    }

    // 138 characters: one page wide on A4 landscape at 8 pt or more (measured), also where LibreOffice replaces Calibri with
    // the wider DejaVu Sans; wrapped texts make the rows taller instead.
    private static readonly double[] Widths = [5, 10, 5, 19, 5, 14, 5, 14, 10, 5, 12, 14, 5, 10, 5];

    private const double LineHeight = 12.75;

    /// <summary>How many lines a text takes in a wrapped column (row heights are not computed by every client).</summary>
    private static int LinesOf(string text, int column) =>
        text.Split('\n').Sum(part => Math.Max(1, (int)Math.Ceiling(part.Length / Widths[column - 1])));

    private static void WriteLine(IXLWorksheet sheet, int row, AppraisalLine line)
    {
        var lines = new[]
        {
            (line.Title, Title), (line.Inputs, Inputs), (line.Evidence, Evidence), (line.Note, Note), (line.Round1Note, Round1Note),
            (line.Explanation, Explanation), (line.Round2Note, Round2Note),
        }.Max(t => LinesOf(t.Item1, t.Item2));
        if (lines > 1) sheet.Row(row).Height = lines * LineHeight;
        sheet.Cell(row, Unit).SetValue(line.UnitCode);
        sheet.Cell(row, Code).SetValue(line.CriterionCode);
        sheet.Cell(row, Title).SetValue(line.Title);
        sheet.Cell(row, Max).SetValue(line.Max);
        sheet.Cell(row, Inputs).SetValue(line.Inputs);
        if (line.Self is { } self) sheet.Cell(row, Self).SetValue(self);
        sheet.Cell(row, Evidence).SetValue(line.Evidence);
        sheet.Cell(row, Note).SetValue(line.Note);
        Typed(sheet.Cell(row, Round1), line.Round1);
        sheet.Cell(row, Round1Note).SetValue(line.Round1Note);
        sheet.Cell(row, Explanation).SetValue(line.Explanation);
        Typed(sheet.Cell(row, Round2), line.Round2);
        sheet.Cell(row, Round2Note).SetValue(line.Round2Note);
        string R(int column) => $"{Column(column)}{row}";
        sheet.Cell(row, Final).FormulaA1 = $"IF({R(Round2)}<>\"\",{R(Round2)},IF({R(Round1)}<>\"\",{R(Round1)},{R(Self)}))";
    }

    /// <summary>Points typed earlier go back as the number they were; anything else as the text it was (the reader then says what is wrong with it).</summary>
    private static void Typed(IXLCell cell, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) cell.SetValue(number);
        else cell.SetValue(text);
    }

    private static string Column(int column) => XLHelper.GetColumnLetterFromNumber(column);

    private static void WriteMetadata(XLWorkbook workbook, Framework framework, string? body, IReadOnlyList<(string Sheet, string Group)> sheets)
    {
        var meta = workbook.AddWorksheet(MetadataSheet);
        var rows = new List<(string Key, string Value)>
        {
            ("kind", "appraisal"), ("framework_id", framework.Id), ("year", framework.Year.ToString(CultureInfo.InvariantCulture)), ("body", body ?? ""),
        };
        rows.AddRange(sheets.Select(s => ("sheet", $"{s.Sheet}\t{s.Group}")));
        for (var i = 0; i < rows.Count; i++)
        {
            meta.Cell(i + 1, 1).SetValue(rows[i].Key);
            meta.Cell(i + 1, 2).SetValue(rows[i].Value);
        }
        meta.Protect();
        meta.Visibility = XLWorksheetVisibility.VeryHidden;
    }
}
