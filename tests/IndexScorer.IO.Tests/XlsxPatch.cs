using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IndexScorer.IO.Tests;

/// <summary>Edits a saved .xlsx at the XML level, for what ClosedXML cannot write (a formula with a stored result of our choosing, a picture).</summary>
internal static class XlsxPatch
{
    /// <summary>Makes <paramref name="reference"/> a formula cell whose cached result is an error value, as Excel saves =1/0.</summary>
    public static void SetCachedError(string path, string sheetName, string reference, string formula, string error) =>
        SetFormula(path, sheetName, reference, formula, error, new EnumValue<CellValues>(CellValues.Error));

    /// <summary>Makes <paramref name="reference"/> a formula cell with a stored number that its formula does not give, as a tampered or stale file holds.</summary>
    public static void SetCachedNumber(string path, string sheetName, string reference, string formula, string stored) =>
        SetFormula(path, sheetName, reference, formula, stored, null);

    private static void SetFormula(string path, string sheetName, string reference, string formula, string stored, EnumValue<CellValues>? type)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
        var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet;
        var cell = worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
        cell.RemoveAllChildren();
        cell.CellFormula = new CellFormula(formula);
        cell.CellValue = new CellValue(stored);
        cell.DataType = type;
        worksheet.Save();
    }

    /// <summary>Pastes a small PNG onto a sheet, as an office pastes its logo or a signature: a drawing part with an image.</summary>
    public static void AddPicture(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
        var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
        var drawingsPart = worksheetPart.AddNewPart<DrawingsPart>();
        var imagePart = drawingsPart.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(Convert.FromBase64String(OnePixelPng))) imagePart.FeedData(png);
        var image = drawingsPart.GetIdOfPart(imagePart);
        using (var xml = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($$"""
            <xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
              <xdr:oneCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/>
                <xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr>
                  <xdr:blipFill><a:blip r:embed="{{image}}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>
                  <xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>
            </xdr:wsDr>
            """))) drawingsPart.FeedData(xml);
        worksheetPart.Worksheet.Append(new Drawing { Id = worksheetPart.GetIdOfPart(drawingsPart) });
        worksheetPart.Worksheet.Save();
    }

    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
}
