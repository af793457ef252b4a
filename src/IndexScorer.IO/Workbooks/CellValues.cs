using System.Globalization;
using ClosedXML.Excel;
using IndexScorer.Diagnostics;

namespace IndexScorer.IO.Workbooks;

/// <summary>Reads what a cell holds as text, the way the user sees it, without re-evaluating formulas.</summary>
internal static class CellValues
{
    /// <summary>
    /// The cell's value as text: numbers in invariant culture at full precision, formulas by their cached
    /// value (ClosedXML's own evaluator is never invoked), error values as Excel writes them (#DIV/0!).
    /// </summary>
    public static string Text(IXLCell cell)
    {
        object? value;
        try
        {
            value = cell.HasFormula ? cell.CachedValue : cell.Value;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return "#VALUE!";
        }
        return value switch
        {
            null => string.Empty,
            double d => Number(d),
            int i => i.ToString(CultureInfo.InvariantCulture),
            decimal m => m.ToString(CultureInfo.InvariantCulture),
            bool b => b ? "TRUE" : "FALSE",
            DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            TimeSpan s => s.ToString(),
            _ => value.ToString() ?? string.Empty,
        };
    }

    /// <summary>A stored number as the engine reads it: invariant culture at full precision (the one rule of both readers).</summary>
    public static string Number(double number) =>
        // Beyond 10^15 a double has no exact decimal digits left, and (decimal) would overflow near 10^28.
        Math.Abs(number) < 1e15 ? ((decimal)number).ToString(CultureInfo.InvariantCulture) : number.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The location of a cell in a workbook the user named <paramref name="file"/>.</summary>
    public static SourceLocation At(string file, IXLCell cell) => new(file, cell.Worksheet.Name, cell.Address.ToStringRelative());
}
