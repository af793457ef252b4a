using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.IO.Tables;

/// <summary>One data row of a CSV or sheet table, with each known column's cell and location.</summary>
internal sealed class TableRow<TColumn>(IReadOnlyDictionary<TColumn, LocatedText> cells, SourceLocation row)
    where TColumn : struct, Enum
{
    /// <summary>Where the row stands (for CSV, its line).</summary>
    public SourceLocation Location { get; } = row;

    /// <summary>The cells of the columns the table has.</summary>
    public IReadOnlyDictionary<TColumn, LocatedText> Cells { get; } = cells;

    /// <summary>The cell of a column; blank at the row's location when the table lacks the column.</summary>
    public LocatedText this[TColumn column] => Cells.TryGetValue(column, out var v) ? v : new LocatedText(string.Empty, Location);
}
