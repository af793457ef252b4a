using ClosedXML.Excel;
using IndexScorer.Frameworks;
using IndexScorer.IO.Files;
using IndexScorer.IO.Localization;
using IndexScorer.IO.Reports;
using IndexScorer.Rules;
using IndexScorer.Text;
using IndexScorer.Units;
using static IndexScorer.IO.Forms.FormColumns;

namespace IndexScorer.IO.Forms;

/// <summary>
/// Writes a unit's self-assessment form: a row per node, input rows with data validation and dropdowns (items read from the
/// very hidden sheet <see cref="FormLists"/>), live points computed by formulas generated from each rule ("?" in red where the
/// engine would refuse a value), locked cells except inputs (no appraisal columns: appraisal
/// belongs to the council's own files), a block for the person who filled it, a frozen header, A4 landscape printing readable
/// at 8 pt or more with the header row on every page and page numbers, and the form's identity in a very hidden sheet.
/// </summary>
internal static class FormWriter
{
    private static readonly XLColor InputFill = XLColor.FromHtml("#FFF2CC");
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#D9E1F2");
    private static readonly XLColor ParentFill = XLColor.FromHtml("#F2F2F2");

    /// <summary>The file name of a unit's form, e.g. <c>PH01-2024.xlsx</c>.</summary>
    public static string FileName(string unitCode, int year) =>
        $"{string.Concat(unitCode.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c))}-{year}.xlsx";

    /// <summary>Writes the form of <paramref name="unit"/> to <paramref name="path"/> (whole or not at all).</summary>
    public static void Write(string path, Framework framework, UnitGroup group, FormLayout layout, Unit unit, Language language)
    {
        using var workbook = Build(framework, group, layout, unit, language);
        AtomicFile.Write(path, stream => workbook.SaveAs(stream, new SaveOptions { EvaluateFormulasBeforeSaving = false }));
    }

    /// <summary>Builds the workbook in memory (tests fill it before saving).</summary>
    public static XLWorkbook Build(Framework framework, UnitGroup group, FormLayout layout, Unit unit, Language language)
    {
        string L(string key, params object[] args) => Labels.Get(key, language, args);
        // No cached values are stored: Excel and LibreOffice compute the live points when the form is opened.
        var workbook = new XLWorkbook { FullCalculationOnLoad = true };
        var sheet = workbook.AddWorksheet(L("form.sheet"));
        var lists = workbook.AddWorksheet(FormLists.SheetTitle);

        sheet.Cell(1, 1).SetValue(L("form.title", framework.Year)).Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).SetValue(L("form.unit", unit.Name, unit.Code, group.Name)).Style.Font.SetBold();
        // The framework's id and fingerprint are for the program: they stay in the very hidden _meta sheet, never on paper.
        sheet.Cell(3, 1).SetValue(L("form.framework", framework.Name, framework.Version));
        sheet.Cell(4, 1).SetValue(framework.Note).Style.Font.SetItalic();
        var instructions = L("form.instructions");
        sheet.Cell(5, 1).SetValue(instructions);
        sheet.Range(5, 1, 5, Last).Merge().Style.Alignment.SetWrapText();
        sheet.Row(5).Height = Height(instructions, Widths.Sum());

        string[] headers =
        [
            "form.col.code", "form.col.title", "form.col.max", "form.col.guidance", "form.col.input", "form.col.na", "form.col.self",
            "form.col.evidence", "form.col.note",
        ];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(HeaderRow, c + 1).SetValue(L(headers[c]));
        var header = sheet.Range(HeaderRow, 1, HeaderRow, Last);
        header.Style.Font.SetBold().Fill.SetBackgroundColor(HeaderFill).Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        sheet.Row(HeaderRow).Height = 3 * LineHeight + CellPadding;

        foreach (var row in layout.Rows) WriteRow(sheet, lists, group, layout, row, language);

        var used = sheet.Range(HeaderRow, 1, layout.Total.Number, Last);
        used.Style.Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        used.Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        sheet.Range(FirstContentRow, Max, layout.Total.Number, Max).Style.NumberFormat.Format = "0.00";
        var points = sheet.Range(FirstContentRow, SelfPoints, layout.Total.Number, SelfPoints);
        points.Style.NumberFormat.Format = "0.00";
        points.Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Right);
        points.AddConditionalFormat().WhenEquals($"\"{ExcelFormulas.Refused}\"").Font.SetBold().Font.SetFontColor(XLColor.Red);
        WritePreparedBy(sheet, layout, language);

        for (var c = 0; c < Widths.Length; c++) sheet.Column(c + 1).Width = Widths[c];
        // Figures and levels stay on one line, spilling into the empty cell on their right.
        foreach (var column in new[] { Title, Guidance, NotApplicable, Evidence, Note })
            sheet.Range(FirstContentRow, column, layout.Total.Number, column).Style.Alignment.SetWrapText();
        SheetLayout.Print(sheet, XLPageOrientation.Landscape, HeaderRow, language);
        sheet.PageSetup.Footer.Left.AddText($"{unit.Code} — {unit.Name}", XLHFOccurrence.AllPages);
        sheet.PageSetup.PrintAreas.Add(1, 1, layout.LastRow, Last);
        sheet.SheetView.FreezeColumns(Title);
        sheet.Protect()
            .AllowElement(XLSheetProtectionElements.FormatColumns)
            .AllowElement(XLSheetProtectionElements.FormatRows)
            .AllowElement(XLSheetProtectionElements.SelectEverything);

        lists.Protect();
        lists.Visibility = XLWorksheetVisibility.VeryHidden;
        WriteMetadata(workbook, framework, group, unit, sheet.Name);
        return workbook;
    }

    private static void WriteRow(IXLWorksheet sheet, IXLWorksheet lists, UnitGroup group, FormLayout layout, FormRow row, Language language)
    {
        string L(string key, params object[] args) => Labels.Get(key, language, args);
        var r = row.Number;
        if (row.Kind == FormRowKind.Total)
        {
            sheet.Cell(r, Title).SetValue(L("form.total"));
            sheet.Row(r).Height = Height(L("form.total"), Widths[Title - 1] * BoldWidth);
            sheet.Cell(r, SelfPoints).FormulaA1 = ExcelFormulas.ForTotal(group, layout);
            sheet.Range(r, 1, r, Last).Style.Font.SetBold().Fill.SetBackgroundColor(HeaderFill);
            return;
        }
        var node = row.Criterion!;
        if (row.Kind == FormRowKind.Input)
        {
            var input = node.Rule!.Inputs[row.InputIndex];
            var prompt = Prompt(input, language);
            sheet.Cell(r, Title).SetValue(prompt).Style.Alignment.SetIndent(1);
            var promptHeight = Height(prompt, Widths[Title - 1]);
            if (promptHeight > sheet.RowHeight) sheet.Row(r).Height = promptHeight;
            var cell = sheet.Cell(r, Input);
            cell.Style.Protection.SetLocked(false).Fill.SetBackgroundColor(InputFill);
            var items = input.Kind switch
            {
                InputKind.YesNo => [YesNoWords.Item(true, language), YesNoWords.Item(false, language)],
                InputKind.Level => input.Options,
                _ => [],
            };
            // A level list is followed by each level's folded key: the reading finds the level typed in any case or without diacritics.
            var keys = input.Kind == InputKind.Level ? input.Options.Select(TextKey.Folded).ToArray() : [];
            var keyCells = WriteItems(lists, r, [.. items, .. keys]).Skip(items.Count).ToArray();
            WriteReading(lists, r, ExcelFormulas.ReadingOfInput(input, node, Typed(sheet, cell), r, keyCells));
            Validate(cell, input, node, items, language);
            return;
        }
        sheet.Cell(r, Code).SetValue(node.Code.Value);
        sheet.Cell(r, Title).SetValue(node.Title);
        sheet.Cell(r, Max).SetValue(node.MaxPoints);
        if (row.Kind == FormRowKind.Parent)
        {
            var titleHeight = Height(node.Title, Widths[Title - 1] * BoldWidth);
            if (titleHeight > sheet.RowHeight) sheet.Row(r).Height = titleHeight;
            sheet.Cell(r, SelfPoints).FormulaA1 = ExcelFormulas.ForParent(node, layout);
            sheet.Range(r, 1, r, Last).Style.Font.SetBold().Fill.SetBackgroundColor(ParentFill);
            return;
        }

        var guidance = new List<string>();
        if (node.Source == PointSource.Survey) guidance.Add(L("form.survey"));
        if (node.Guidance.Length > 0) guidance.Add(node.Guidance);
        guidance.Add(L("form.rule", node.Rule!.Text));
        if (node.Evidence.Length > 0) guidance.Add(L("form.evidence", node.Evidence));
        var guidanceText = string.Join("\n", guidance);
        sheet.Cell(r, Guidance).SetValue(guidanceText);
        FitGuidance(sheet, r, node, guidanceText, language);
        if (node.Source == PointSource.Survey) return;

        sheet.Cell(r, SelfPoints).FormulaA1 = ExcelFormulas.ForLeaf(node, layout);
        var na = sheet.Cell(r, NotApplicable);
        WriteReading(lists, r, ExcelFormulas.ReadingOfNotApplicable(Typed(sheet, na), r));
        if (node.NotApplicable != NotApplicablePolicy.NotAllowed)
        {
            na.Style.Protection.SetLocked(false).Fill.SetBackgroundColor(InputFill);
            WriteItems(lists, r, [NotApplicableMarks.Item(language)]);
            List(na, 1, language);
        }
        foreach (var column in new[] { Evidence, Note })
            sheet.Cell(r, column).Style.Protection.SetLocked(false).Fill.SetBackgroundColor(InputFill).Alignment.SetWrapText();
    }

    /// <summary>
    /// Spreads the guidance over the leaf row and its input rows and makes each row tall enough for its wrapped texts (row
    /// heights are not computed by every client, never for merged cells).
    /// </summary>
    private static void FitGuidance(IXLWorksheet sheet, int row, Criterion node, string text, Language language)
    {
        var inputs = node.Rule!.Inputs.Count;
        if (inputs > 0) sheet.Range(row, Guidance, row + inputs, Guidance).Merge();
        var inputRows = node.Rule.Inputs.Sum(input => Height(Prompt(input, language), Widths[Title - 1]));
        var needed = Math.Max(
            Math.Max(Height(node.Title, Widths[Title - 1]), Height(text, Widths[Guidance - 1]) - inputRows),
            EvidenceLines * LineHeight + CellPadding);
        if (needed > sheet.RowHeight) sheet.Row(row).Height = needed;
    }

    /// <summary>How tall a row must be for <paramref name="text"/> wrapped in a column <paramref name="width"/> characters wide.</summary>
    private static double Height(string text, double width) =>
        text.Split('\n').Sum(line => Math.Max(1, Math.Ceiling(line.Length / (width * CharsPerWidth)))) * LineHeight + CellPadding;

    /// <summary>
    /// Column widths in characters: A to the points column fit a 1366-pixel laptop screen, and the whole width (138 characters)
    /// prints one page wide on A4 landscape at 8 pt or more even where LibreOffice replaces Calibri with the wider DejaVu Sans.
    /// </summary>
    internal static readonly double[] Widths = [6, 28, 6, 37, 12, 9, 7, 18, 15];

    private const double LineHeight = 12.75;
    // Room in the leaf's row for an evidence reference such as "Kế hoạch số 12/KH-UBND ngày 15/01/2024".
    private const int EvidenceLines = 3;
    private const double CellPadding = 2;
    // Bold letters are wider: a column holds fewer of them.
    private const double BoldWidth = 0.9;
    // Vietnamese text averages a little under one character width per letter; words wrap whole, so count one per letter.
    private const double CharsPerWidth = 1.0;

    private static string Prompt(RuleInput input, Language language) => "• " + input.Prompt.Text(language);

    /// <summary>
    /// The block for the person who filled the form, below the total: a label and a yellow cell per line (the signature line
    /// tall enough to sign on paper). Nothing in it is scored or checked.
    /// </summary>
    private static void WritePreparedBy(IXLWorksheet sheet, FormLayout layout, Language language)
    {
        sheet.Cell(layout.PreparedByRow, Title).SetValue(Labels.Get("form.preparedBy", language)).Style.Font.SetBold();
        foreach (var field in Enum.GetValues<PreparedByField>())
        {
            var r = layout.RowOf(field);
            sheet.Cell(r, Title).SetValue(Labels.Get(PreparedByLabels[field], language)).Style
                .Alignment.SetHorizontal(XLAlignmentHorizontalValues.Right).Alignment.SetVertical(XLAlignmentVerticalValues.Top);
            var value = sheet.Range(r, PreparedByValue, r, Input).Merge();
            value.Style.Protection.SetLocked(false).Fill.SetBackgroundColor(InputFill)
                .Border.SetOutsideBorder(XLBorderStyleValues.Thin).Alignment.SetVertical(XLAlignmentVerticalValues.Top);
            if (field == PreparedByField.Signature) sheet.Row(r).Height = 4 * LineHeight;
            if (field != PreparedByField.Date) continue;
            var date = sheet.Cell(r, PreparedByValue);
            date.Style.NumberFormat.Format = "dd/mm/yyyy";
            date.Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Left);
            var hint = date.SetDataValidation();
            hint.ShowInputMessage = true;
            hint.InputMessage = Labels.Get("form.preparedBy.dateHint", language);
        }
    }

    private static readonly Dictionary<PreparedByField, string> PreparedByLabels = new()
    {
        [PreparedByField.Name] = "form.preparedBy.name",
        [PreparedByField.Position] = "form.preparedBy.position",
        [PreparedByField.Phone] = "form.preparedBy.phone",
        [PreparedByField.Date] = "form.preparedBy.date",
        [PreparedByField.Signature] = "form.preparedBy.signature",
    };

    /// <summary>A reference from the lists sheet to a typed cell of the form.</summary>
    private static string Typed(IXLWorksheet sheet, IXLCell cell) => $"'{sheet.Name.Replace("'", "''")}'!{cell.Address.ToStringFixed()}";

    /// <summary>Writes items across row <paramref name="row"/> of the lists sheet, each whole in its cell; returns their cells.</summary>
    private static List<string> WriteItems(IXLWorksheet lists, int row, IReadOnlyList<string> items)
    {
        var cells = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var cell = lists.Cell(row, FormLists.FirstItem + i);
            cell.SetValue(items[i]);
            cells.Add(cell.Address.ToStringFixed());
        }
        return cells;
    }

    private static void WriteReading(IXLWorksheet lists, int row, IReadOnlyDictionary<int, string> formulas)
    {
        foreach (var (column, formula) in formulas) lists.Cell(row, column).FormulaA1 = formula;
    }

    private static void Validate(IXLCell cell, RuleInput input, Criterion node, IReadOnlyList<string> items, Language language)
    {
        switch (input.Kind)
        {
            case InputKind.Count:
                Messages(cell.SetDataValidation(), "form.input.count", language).WholeNumber.EqualOrGreaterThan(0);
                break;
            case InputKind.Percent:
                Messages(cell.SetDataValidation(), "form.input.percent", language).Decimal.Between(0, 100);
                break;
            case InputKind.Points:
                Points(cell, node.MaxPoints, language);
                break;
            case InputKind.YesNo or InputKind.Level:
                List(cell, items.Count, language);
                break;
            case InputKind.Amount:
                Messages(cell.SetDataValidation(), "form.input.amount", language).Decimal.EqualOrGreaterThan(0);
                break;
            default:
                throw new InvalidOperationException($"No validation for input kind {input.Kind}.");
        }
    }

    private static void Points(IXLCell cell, decimal max, Language language)
    {
        var validation = cell.SetDataValidation();
        Messages(validation, "form.input.points", language, NumberText.Format(max, language));
        validation.Decimal.Between(0, (double)max);
    }

    /// <summary>A dropdown of the <paramref name="count"/> items written on the cell's row of the lists sheet (never a comma list: an item may hold commas).</summary>
    private static void List(IXLCell cell, int count, Language language)
    {
        var validation = cell.SetDataValidation();
        Messages(validation, "form.input.choice", language);
        validation.List(FormLists.ItemsOf(cell.Address.RowNumber, count), true);
    }

    private static IXLDataValidation Messages(IXLDataValidation validation, string key, Language language, params object[] args)
    {
        validation.ShowErrorMessage = true;
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.ErrorTitle = Labels.Get("form.input.error", language);
        validation.ErrorMessage = Labels.Get(key, language, args);
        validation.ShowInputMessage = true;
        validation.InputMessage = Labels.Get(key, language, args);
        return validation;
    }

    private static void WriteMetadata(XLWorkbook workbook, Framework framework, UnitGroup group, Unit unit, string sheetName)
    {
        var meta = workbook.AddWorksheet(FormMetadata.SheetTitle);
        (string Key, string Value)[] rows =
        [
            ("layout", FormMetadata.LayoutVersion), ("framework_id", framework.Id), ("framework_version", framework.Version),
            ("year", framework.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("group", group.Code),
            ("fingerprint", group.Fingerprint), ("unit_code", unit.Code), ("unit_name", unit.Name), ("sheet", sheetName),
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            meta.Cell(i + 1, 1).SetValue(rows[i].Key);
            meta.Cell(i + 1, 2).SetValue(rows[i].Value);
        }
        meta.Protect();
        meta.Visibility = XLWorksheetVisibility.VeryHidden;
    }
}
