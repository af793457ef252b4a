using IndexScorer.Frameworks;
using IndexScorer.Text;

namespace IndexScorer.Scoring;

/// <summary>Everything a unit's form holds for one leaf: the unit's own entries (never the council's appraisal).</summary>
/// <param name="Code">The leaf's code.</param>
/// <param name="Inputs">One value per input of the leaf's rule, in rule order.</param>
/// <param name="NotApplicable">The "không phát sinh" mark.</param>
/// <param name="Evidence">The evidence reference (tài liệu kiểm chứng).</param>
/// <param name="Note">The unit's note.</param>
internal sealed record LeafEntry(
    CriterionCode Code, IReadOnlyList<LocatedText> Inputs, LocatedText NotApplicable, LocatedText Evidence, LocatedText Note)
{
    /// <summary>The cell where the form shows the self score (its live formula), when the reader knows it.</summary>
    public Diagnostics.SourceLocation? SelfCell { get; init; }
}
