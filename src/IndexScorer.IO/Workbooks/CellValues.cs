using System.Globalization;

namespace IndexScorer.IO.Workbooks;

/// <summary>How a stored cell value reads as text, the way the user sees it.</summary>
internal static class CellValues
{
    /// <summary>A stored number as the engine reads it: invariant culture at full precision.</summary>
    public static string Number(double number) =>
        // Beyond 10^15 a double has no exact decimal digits left, and (decimal) would overflow near 10^28.
        Math.Abs(number) < 1e15 ? ((decimal)number).ToString(CultureInfo.InvariantCulture) : number.ToString("R", CultureInfo.InvariantCulture);
}
