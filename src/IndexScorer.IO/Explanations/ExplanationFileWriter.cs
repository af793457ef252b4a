using System.Globalization;
using ClosedXML.Excel;
using IndexScorer.Frameworks;
using IndexScorer.IO.Files;
using IndexScorer.IO.Localization;
using IndexScorer.IO.Reports;
using IndexScorer.Text;
using static IndexScorer.IO.Explanations.ExplanationColumns;

namespace IndexScorer.IO.Explanations;

/// <summary>
/// Writes the explanation file sent to one unit after round 1: every criterion where the council lowered its points, with
/// the council's note, and two cells for the unit to fill (its explanation, new evidence). Every other cell is locked (sheet
/// protection warns an Excel user) and sealed: a very hidden sheet holds the file's identity and each protected cell's value
/// with an HMAC over them under the office's key (the key itself is never written into the file).
/// </summary>
internal static class ExplanationFileWriter
{
    private static readonly XLColor InputFill = XLColor.FromHtml("#FFF2CC");
    private static readonly double[] Widths = [9, 42, 8, 9, 10, 32, 42, 30];

    /// <summary>The file's name: PH05-2024-giai-trinh.xlsx (PH05-2024-explanation.xlsx in English).</summary>
    public static string FileName(string unitCode, int year, Language language) =>
        $"{unitCode}-{year}-{(language == Language.English ? "explanation" : "giai-trinh")}.xlsx";

    /// <summary>Writes the file (whole or not at all).</summary>
    public static void Write(
        string path, Framework framework, string unitCode, string unitName, string groupName, IReadOnlyList<ExplanationLine> lines, byte[] key,
        Language language)
    {
        using var workbook = Build(framework, unitCode, unitName, groupName, lines, key, language);
        AtomicFile.Write(path, stream => workbook.SaveAs(stream));
    }

    /// <summary>Builds the file in memory.</summary>
    public static XLWorkbook Build(
        Framework framework, string unitCode, string unitName, string groupName, IReadOnlyList<ExplanationLine> lines, byte[] key, Language language)
    {
        string L(string k, params object[] args) => Labels.Get(k, language, args);
        var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(L("explain.sheet"));
        var sealedCells = new List<(int Row, int Column, string Value)>();
        void Sealed(int row, int column, string value)
        {
            sheet.Cell(row, column).SetValue(value);
            sealedCells.Add((row, column, value));
        }
        void SealedNumber(int row, int column, decimal value)
        {
            sheet.Cell(row, column).SetValue(value);
            // "G29" drops trailing zeros, as a spreadsheet stores the number.
            sealedCells.Add((row, column, value.ToString("G29", CultureInfo.InvariantCulture)));
        }

        sheet.Cell(1, 1).SetValue(L("explain.title", framework.Year)).Style.Font.SetBold().Font.SetFontSize(14);
        Sealed(UnitRow, 1, L("explain.unit", unitName, unitCode, groupName));
        sheet.Cell(UnitRow, 1).Style.Font.SetBold();
        sheet.Cell(3, 1).SetValue(L("explain.framework", framework.Name, framework.Id, framework.Version));
        sheet.Cell(4, 1).SetValue(L("explain.instructions"));
        sheet.Range(4, 1, 4, Last).Merge().Style.Alignment.SetWrapText();
        sheet.Row(4).Height = 44;

        string[] headers =
        [
            "explain.col.criterion", "explain.col.title", "explain.col.max", "explain.col.self", "explain.col.round1", "explain.col.round1Note",
            "explain.col.explanation", "explain.col.newEvidence",
        ];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(HeaderRow, c + 1).SetValue(L(headers[c]));
        sheet.Range(HeaderRow, 1, HeaderRow, Last).Style.Font.SetBold().Fill.SetBackgroundColor(SheetLayout.HeaderFill)
            .Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        sheet.Row(HeaderRow).Height = 32;

        var row = FirstContentRow;
        foreach (var line in lines)
        {
            Sealed(row, Code, line.CriterionCode);
            Sealed(row, Title, line.Title);
            SealedNumber(row, Max, line.Max);
            SealedNumber(row, Self, line.Self);
            SealedNumber(row, Round1, line.Round1);
            Sealed(row, Round1Note, line.Round1Note);
            var input = sheet.Range(row, Explanation, row, NewEvidence);
            input.Style.Protection.SetLocked(false).Fill.SetBackgroundColor(InputFill).Alignment.SetWrapText();
            var height = Math.Max(2, new[] { (line.Title, Title), (line.Round1Note, Round1Note) }
                .Max(t => (int)Math.Ceiling(t.Item1.Length / (Widths[t.Item2 - 1] * 1.1))));
            sheet.Row(row).Height = height * 12.75;
            row++;
        }
        var end = Math.Max(row - 1, HeaderRow);
        var used = sheet.Range(HeaderRow, 1, end, Last);
        used.Style.Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin)
            .Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        sheet.Range(FirstContentRow, Title, Math.Max(end, FirstContentRow), Title).Style.Alignment.SetWrapText();
        sheet.Range(FirstContentRow, Round1Note, Math.Max(end, FirstContentRow), Round1Note).Style.Alignment.SetWrapText();
        sheet.Range(FirstContentRow, Max, Math.Max(end, FirstContentRow), Round1).Style.NumberFormat.Format = "0.00";
        for (var c = 0; c < Widths.Length; c++) sheet.Column(c + 1).Width = Widths[c];
        SheetLayout.Print(sheet, XLPageOrientation.Landscape, HeaderRow, language);
        sheet.Protect()
            .AllowElement(XLSheetProtectionElements.FormatColumns)
            .AllowElement(XLSheetProtectionElements.FormatRows)
            .AllowElement(XLSheetProtectionElements.SelectEverything);

        WriteSeal(workbook, framework, unitCode, sheet.Name, sealedCells, key);
        return workbook;
    }

    /// <summary>The record rows as sealed: identity, then every protected cell (row, column, value).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Record(
        Framework framework, string unitCode, string sheetName, IEnumerable<(int Row, int Column, string Value)> cells)
    {
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "kind", "explanation" },
            new[] { "framework_id", framework.Id },
            new[] { "year", framework.Year.ToString(CultureInfo.InvariantCulture) },
            new[] { "unit", unitCode },
            new[] { "sheet", sheetName },
        };
        rows.AddRange(cells.Select(c => (IReadOnlyList<string>)
            [("cell"), c.Row.ToString(CultureInfo.InvariantCulture), c.Column.ToString(CultureInfo.InvariantCulture), c.Value]));
        return rows;
    }

    private static void WriteSeal(
        XLWorkbook workbook, Framework framework, string unitCode, string sheetName, IEnumerable<(int Row, int Column, string Value)> cells, byte[] key)
    {
        var record = Record(framework, unitCode, sheetName, cells);
        var seal = workbook.AddWorksheet(SealSheet);
        for (var r = 0; r < record.Count; r++)
            for (var c = 0; c < record[r].Count; c++) seal.Cell(r + 1, c + 1).SetValue(record[r][c]);
        seal.Cell(record.Count + 1, 1).SetValue("seal");
        seal.Cell(record.Count + 1, 2).SetValue(ExplanationSeal.Compute(key, record));
        seal.Protect();
        seal.Visibility = XLWorksheetVisibility.VeryHidden;
    }
}
