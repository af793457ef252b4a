using ClosedXML.Excel;
using IndexScorer.IO.Appraisal;

namespace IndexScorer.IO.Tests;

/// <summary>Types into the council's appraisal workbook as an appraiser would: the row of a unit and criterion, a column of <see cref="AppraisalColumns"/>.</summary>
public static class AppraisalFile
{
    /// <summary>The row of <paramref name="unit"/> and <paramref name="criterion"/> (sheet name and row number).</summary>
    public static (string Sheet, int Row) Find(string path, string unit, string criterion)
    {
        using var workbook = new XLWorkbook(path);
        return Find(workbook, unit, criterion);
    }

    /// <summary>Where a cell of that row is, as diagnostics render it (the path relative to the campaign folder).</summary>
    public static string At(string campaignFolder, string path, string unit, string criterion, int column)
    {
        var (sheet, row) = Find(path, unit, criterion);
        return $"{Path.GetRelativePath(campaignFolder, path)} › {sheet} › {XLHelper.GetColumnLetterFromNumber(column)}{row}";
    }

    /// <summary>Types values into the row of <paramref name="unit"/> and <paramref name="criterion"/>: (column, value), a number or a text.</summary>
    public static void Type(string path, string unit, string criterion, params (int Column, object Value)[] values)
    {
        using var workbook = new XLWorkbook(path);
        var (sheet, row) = Find(workbook, unit, criterion);
        foreach (var (column, value) in values)
        {
            var cell = workbook.Worksheet(sheet).Cell(row, column);
            if (value is string text) cell.SetValue(text);
            else cell.SetValue(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture));
        }
        workbook.Save();
    }

    /// <summary>The text of a cell of that row.</summary>
    public static string Read(string path, string unit, string criterion, int column)
    {
        using var workbook = new XLWorkbook(path);
        var (sheet, row) = Find(workbook, unit, criterion);
        return workbook.Worksheet(sheet).Cell(row, column).GetString();
    }

    private static (string Sheet, int Row) Find(XLWorkbook workbook, string unit, string criterion)
    {
        foreach (var sheet in workbook.Worksheets.Where(w => w.Visibility == XLWorksheetVisibility.Visible))
        {
            var row = sheet.RowsUsed().FirstOrDefault(r =>
                r.Cell(AppraisalColumns.Unit).GetString() == unit && r.Cell(AppraisalColumns.Code).GetString() == criterion);
            if (row is not null) return (sheet.Name, row.RowNumber());
        }
        throw new ArgumentException($"No row for unit {unit}, criterion {criterion} in the appraisal workbook.");
    }
}
