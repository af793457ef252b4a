namespace IndexScorer.IO.Workbooks;

/// <summary>
/// What one cell of a workbook holds, read without any spreadsheet engine: its value as text (numbers in invariant culture
/// at full precision, a formula's stored result, an error as Excel writes it, a date as yyyy-MM-dd), its number format
/// and whether it holds a formula.
/// </summary>
/// <param name="Text">The value as text; empty for a blank cell.</param>
/// <param name="NumberFormat">The cell's number format code ("General", "0.00%", …).</param>
/// <param name="HasFormula">True when the cell holds a formula (its text is then the stored result, never recomputed).</param>
/// <param name="IsNumber">True when the workbook stored a number (not a text, a date or a formula): its text is exact.</param>
internal readonly record struct XlsxCell(string Text, string NumberFormat, bool HasFormula, bool IsNumber = false)
{
    /// <summary>An empty cell.</summary>
    public static XlsxCell Blank { get; } = new(string.Empty, "General", false);

    /// <summary>True when the number format shows the value as a percentage (0.875 displayed as 87.5%).</summary>
    public bool IsPercentFormat => NumberFormat.Contains('%');
}
