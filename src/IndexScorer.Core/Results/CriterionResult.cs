namespace IndexScorer.Results;

/// <summary>
/// One unit's values on one node of its group's tree, at full precision. The node's wording and maximum live once in the
/// group (<see cref="Criterion"/> is the group's own node); a parent carries only its rolled-up points and maximum in use.
/// </summary>
/// <param name="Criterion">The node, as the group's tree holds it.</param>
/// <param name="SelfPoints">Points recomputed from the unit's inputs; null for parents, survey leaves and N/A.</param>
/// <param name="Appraisal1">Round-1 appraised points, if given.</param>
/// <param name="Appraisal2">Round-2 appraised points, if given.</param>
/// <param name="SurveyPoints">Points from the survey, for survey leaves in use.</param>
/// <param name="FinalPoints">The points that count: for a leaf the latest appraisal, else the self score (or the survey points); for a parent the sum below.</param>
/// <param name="MaxInUse">The maximum that counts: excluded criteria (N/A by policy, an unused survey) left out.</param>
/// <param name="NotApplicable">True when the leaf did not arise (không phát sinh).</param>
/// <param name="Evidence">The evidence cited (leaves; empty otherwise).</param>
/// <param name="Note">The unit's note.</param>
/// <param name="AppraisalNote">The appraiser's note.</param>
/// <param name="Explanation">The unit's explanation (giải trình) after round 1.</param>
public sealed record CriterionResult(
    CriterionSummary Criterion, decimal? SelfPoints, decimal? Appraisal1, decimal? Appraisal2, decimal? SurveyPoints,
    decimal FinalPoints, decimal MaxInUse, bool NotApplicable, string Evidence, string Note, string AppraisalNote, string Explanation)
{
    /// <summary>Where each value of a leaf came from; <see cref="LeafSources.None"/> for parents and survey leaves.</summary>
    public LeafSources Sources { get; init; } = LeafSources.None;

    /// <summary>The appraised points that count (round 2, else round 1), if any.</summary>
    public decimal? Appraised => Appraisal2 ?? Appraisal1;

    /// <summary>Points lost against the maximum in use.</summary>
    public decimal PointsLost => MaxInUse - FinalPoints;

    /// <summary>Points as a percentage of the maximum in use; null when nothing below counts.</summary>
    public decimal? Percent => MaxInUse == 0m ? null : 100m * FinalPoints / MaxInUse;

    /// <summary>A parent's result: its rolled-up points and maximum in use.</summary>
    public static CriterionResult OfParent(CriterionSummary criterion, decimal points, decimal maxInUse) =>
        new(criterion, null, null, null, null, points, maxInUse, false, "", "", "", "");
}
