using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IndexScorer.IO.Tests;

/// <summary>Edits a saved .xlsx at the XML level, for what ClosedXML cannot write (a formula with a cached error).</summary>
internal static class XlsxPatch
{
    /// <summary>Makes <paramref name="reference"/> a formula cell whose cached result is an error value, as Excel saves =1/0.</summary>
    public static void SetCachedError(string path, string sheetName, string reference, string formula, string error)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
        var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet;
        var cell = worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
        cell.RemoveAllChildren();
        cell.CellFormula = new CellFormula(formula);
        cell.CellValue = new CellValue(error);
        cell.DataType = new EnumValue<CellValues>(CellValues.Error);
        worksheet.Save();
    }
}
