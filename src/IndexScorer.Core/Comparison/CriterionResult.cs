using IndexScorer.Frameworks;

namespace IndexScorer.Comparison;

/// <summary>One unit's result on one node of the tree, at full precision.</summary>
/// <param name="Code">The node's code.</param>
/// <param name="Title">The node's wording.</param>
/// <param name="MaxPoints">The node's maximum.</param>
/// <param name="SelfPoints">The self score (leaves only; null for survey leaves, N/A or parents).</param>
/// <param name="AppraisedPoints">The appraised score that counts (leaves only), if any.</param>
/// <param name="FinalPoints">The points that count; for a parent the sum of its leaves.</param>
/// <param name="MaxInUse">The maximum that counts (excluded criteria and an unused survey left out).</param>
/// <param name="NotApplicable">True when the leaf did not arise (không phát sinh).</param>
public sealed record CriterionResult(
    CriterionCode Code, string Title, decimal MaxPoints, decimal? SelfPoints, decimal? AppraisedPoints, decimal FinalPoints, decimal MaxInUse,
    bool NotApplicable)
{
    /// <summary>Points as a percentage of the maximum in use; null when nothing below counts.</summary>
    public decimal? Percent => MaxInUse == 0m ? null : 100m * FinalPoints / MaxInUse;
}
