using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>A criterion where the appraised score differs from the unit's self score.</summary>
/// <param name="Leaf">The unit's values on the leaf.</param>
/// <param name="Self">The self score.</param>
/// <param name="Appraised">The appraised score that counts (round 2, else round 1).</param>
public sealed record AppraisalDifference(CriterionResult Leaf, decimal Self, decimal Appraised)
{
    /// <summary>Appraised minus self: negative when the council lowered the score.</summary>
    public decimal Difference => Appraised - Self;
}
