using ClosedXML.Excel;

namespace IndexScorer.IO.Tests;

/// <summary>Finds and edits a criterion's cell in a framework workbook (by criteria sheet, code and column header).</summary>
internal static class FrameworkCells
{
    /// <summary>The cell of criterion <paramref name="code"/> under <paramref name="header"/> in <paramref name="sheetName"/>.</summary>
    public static IXLCell Find(XLWorkbook workbook, string sheetName, string code, string header)
    {
        var sheet = workbook.Worksheet(sheetName);
        var headerCell = sheet.CellsUsed().First(c => c.GetString() == header);
        var row = sheet.Column(1).CellsUsed().First(c => c.GetString() == code).Address.RowNumber;
        return sheet.Cell(row, headerCell.Address.ColumnNumber);
    }

    /// <summary>Where that cell is, rendered as diagnostics do (<c>file › sheet › cell</c>).</summary>
    public static string Location(string path, string sheetName, string code, string header)
    {
        using var workbook = new XLWorkbook(path);
        var cell = Find(workbook, sheetName, code, header);
        return $"{Path.GetFileName(path)} › {sheetName} › {cell.Address.ToStringRelative()}";
    }

    /// <summary>Adds an empty column headed <paramref name="header"/> after the last column of a criteria sheet's header row.</summary>
    public static void AddColumn(string path, string sheetName, string header)
    {
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(sheetName);
        var headerRow = sheet.CellsUsed().First(c => c.GetString() == "Mã").Address.RowNumber;
        sheet.Cell(headerRow, sheet.Row(headerRow).LastCellUsed().Address.ColumnNumber + 1).SetValue(header);
        workbook.Save();
    }

    /// <summary>Rewrites cells of the workbook at <paramref name="path"/>: (criterion code, header, new value) in one sheet.</summary>
    public static void Edit(string path, string sheetName, params (string Code, string Header, object Value)[] edits)
    {
        using var workbook = new XLWorkbook(path);
        foreach (var (code, header, value) in edits)
        {
            var cell = Find(workbook, sheetName, code, header);
            if (value is string text) cell.SetValue(text);
            else cell.SetValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
        }
        workbook.Save();
    }
}
