using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.Frameworks;

/// <summary>One row of a criteria sheet as read, before it is checked.</summary>
/// <param name="Cells">The cells present, by column.</param>
/// <param name="Row">Where the row stands, for columns the sheet does not have.</param>
internal sealed record CriterionRow(IReadOnlyDictionary<CriterionField, LocatedText> Cells, SourceLocation Row)
{
    /// <summary>The cell of a column; blank (located at the row) when the sheet lacks the column.</summary>
    public LocatedText this[CriterionField field] => Cells.TryGetValue(field, out var cell) ? cell : new LocatedText(string.Empty, Row);
}
