using IndexScorer.Frameworks;

namespace IndexScorer.Scoring;

/// <summary>The score layers of one leaf for one unit, at full precision.</summary>
/// <param name="Criterion">The leaf.</param>
/// <param name="SelfPoints">Points recomputed from the unit's inputs; null for survey leaves or N/A.</param>
/// <param name="Appraisal1">Round-1 appraised points, if given.</param>
/// <param name="Appraisal2">Round-2 appraised points, if given.</param>
/// <param name="SurveyPoints">Points from the survey, for survey leaves in use.</param>
/// <param name="FinalPoints">The points that count: the latest appraisal, else the self score (or the survey points).</param>
/// <param name="MaxInUse">The maximum that counts: 0 when excluded (N/A by policy, or survey not in use).</param>
/// <param name="NotApplicable">True when the criterion did not arise (marked, or a ratio over zero cases).</param>
/// <param name="Evidence">The evidence reference cited.</param>
/// <param name="Note">The unit's note.</param>
/// <param name="AppraisalNote">The appraiser's note.</param>
/// <param name="Explanation">The unit's explanation.</param>
internal sealed record LeafScore(
    Criterion Criterion, decimal? SelfPoints, decimal? Appraisal1, decimal? Appraisal2, decimal? SurveyPoints,
    decimal FinalPoints, decimal MaxInUse, bool NotApplicable, string Evidence, string Note, string AppraisalNote, string Explanation)
{
    /// <summary>Where each value came from.</summary>
    public Results.LeafSources Sources { get; init; } = Results.LeafSources.None;

    /// <summary>The points that count, 0 or more.</summary>
    public decimal FinalPoints { get; init; } = Preconditions.NotNegative(FinalPoints);

    /// <summary>The maximum that counts, 0 or more.</summary>
    public decimal MaxInUse { get; init; } = Preconditions.NotNegative(MaxInUse);
}
