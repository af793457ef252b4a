using ClosedXML.Excel;
using IndexScorer.Frameworks;
using IndexScorer.IO.Files;
using IndexScorer.IO.Localization;
using IndexScorer.Rules;
using IndexScorer.Text;
using IndexScorer.Units;
using static IndexScorer.IO.Forms.FormColumns;

namespace IndexScorer.IO.Forms;

/// <summary>
/// Writes a unit's self-assessment form: a row per node, input rows with data validation and dropdowns (items read from the
/// very hidden sheet <see cref="FormLists"/>), live points computed by formulas generated from each rule ("?" in red where the
/// engine would refuse a value), locked cells except inputs (no appraisal columns: appraisal
/// belongs to the council's own files), a frozen header, A4 landscape printing, and the form's identity in a very hidden sheet.
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
        sheet.Cell(3, 1).SetValue(L("form.framework", framework.Name, framework.Id, framework.Version, group.Fingerprint));
        sheet.Cell(4, 1).SetValue(framework.Note).Style.Font.SetItalic();
        sheet.Cell(5, 1).SetValue(L("form.instructions"));
        sheet.Range(5, 1, 5, Last).Merge().Style.Alignment.SetWrapText();
        sheet.Row(5).Height = 32;

        string[] headers =
        [
            "form.col.code", "form.col.title", "form.col.max", "form.col.guidance", "form.col.input", "form.col.na", "form.col.self",
            "form.col.evidence", "form.col.note",
        ];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(HeaderRow, c + 1).SetValue(L(headers[c]));
        var header = sheet.Range(HeaderRow, 1, HeaderRow, Last);
        header.Style.Font.SetBold().Fill.SetBackgroundColor(HeaderFill).Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        sheet.Row(HeaderRow).Height = 32;

        foreach (var row in layout.Rows) WriteRow(sheet, lists, group, layout, row, language);

        var used = sheet.Range(HeaderRow, 1, layout.Total.Number, Last);
        used.Style.Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        used.Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        sheet.Range(FirstContentRow, Max, layout.Total.Number, Max).Style.NumberFormat.Format = "0.00";
        var points = sheet.Range(FirstContentRow, SelfPoints, layout.Total.Number, SelfPoints);
        points.Style.NumberFormat.Format = "0.00";
        points.Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Right);
        points.AddConditionalFormat().WhenEquals($"\"{ExcelFormulas.Refused}\"").Font.SetBold().Font.SetFontColor(XLColor.Red);

        double[] widths = [8, 48, 9, 42, 14, 12, 10, 30, 30];
        for (var c = 0; c < widths.Length; c++) sheet.Column(c + 1).Width = widths[c];
        sheet.Column(Title).Style.Alignment.SetWrapText();
        sheet.Column(Guidance).Style.Alignment.SetWrapText();
        sheet.SheetView.FreezeRows(HeaderRow);
        sheet.SheetView.FreezeColumns(Title);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(HeaderRow, HeaderRow);
        sheet.PageSetup.Margins.SetLeft(0.4).SetRight(0.4).SetTop(0.5).SetBottom(0.5);
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
            sheet.Cell(r, SelfPoints).FormulaA1 = ExcelFormulas.ForTotal(group, layout);
            sheet.Range(r, 1, r, Last).Style.Font.SetBold().Fill.SetBackgroundColor(HeaderFill);
            return;
        }
        var node = row.Criterion!;
        if (row.Kind == FormRowKind.Input)
        {
            var input = node.Rule!.Inputs[row.InputIndex];
            sheet.Cell(r, Title).SetValue("• " + input.Prompt.Text(language)).Style.Alignment.SetIndent(1);
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
        FitGuidance(sheet, r, node, guidanceText);
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
    /// Spreads the guidance over the leaf row and its input rows and makes the leaf row tall enough for the
    /// rest (row heights are not computed by every client).
    /// </summary>
    private static void FitGuidance(IXLWorksheet sheet, int row, Criterion node, string text)
    {
        var inputs = node.Rule!.Inputs.Count;
        if (inputs > 0) sheet.Range(row, Guidance, row + inputs, Guidance).Merge();
        var guidanceLines = text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.Length / GuidanceCharsPerLine)));
        var titleLines = (int)Math.Ceiling(Math.Max(1, node.Title.Length) / TitleCharsPerLine);
        var needed = Math.Max(titleLines * LineHeight, guidanceLines * LineHeight - inputs * sheet.RowHeight);
        if (needed > sheet.RowHeight) sheet.Row(row).Height = needed;
    }

    private const double LineHeight = 12.75;
    private const double GuidanceCharsPerLine = 46;
    private const double TitleCharsPerLine = 52;

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
