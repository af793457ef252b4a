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
    // A national run keeps a result for every node of every unit (about 70 per unit, 10,000 units): the values only a leaf has
    // live in a part of their own, which a parent's result (about 4 in 10) leaves out, and a leaf without texts keeps none.
    private readonly LeafValues? _leaf = LeafValues.Of(SelfPoints, Appraisal1, Appraisal2, SurveyPoints, LeafTexts.Of(Evidence, Note, AppraisalNote, Explanation));

    /// <summary>Points recomputed from the unit's inputs; null for parents, survey leaves and N/A.</summary>
    public decimal? SelfPoints { get => _leaf?.Self; init => _leaf = LeafValues.Of(value, Appraisal1, Appraisal2, SurveyPoints, _leaf?.Texts); }

    /// <summary>Round-1 appraised points, if given.</summary>
    public decimal? Appraisal1 { get => _leaf?.Appraisal1; init => _leaf = LeafValues.Of(SelfPoints, value, Appraisal2, SurveyPoints, _leaf?.Texts); }

    /// <summary>Round-2 appraised points, if given.</summary>
    public decimal? Appraisal2 { get => _leaf?.Appraisal2; init => _leaf = LeafValues.Of(SelfPoints, Appraisal1, value, SurveyPoints, _leaf?.Texts); }

    /// <summary>Points from the survey, for survey leaves in use.</summary>
    public decimal? SurveyPoints { get => _leaf?.Survey; init => _leaf = LeafValues.Of(SelfPoints, Appraisal1, Appraisal2, value, _leaf?.Texts); }

    /// <summary>The evidence cited (leaves; empty otherwise).</summary>
    public string Evidence { get => _leaf?.Texts?.Evidence ?? ""; init => _leaf = LeafValues.Of(SelfPoints, Appraisal1, Appraisal2, SurveyPoints, LeafTexts.Of(value, Note, AppraisalNote, Explanation)); }

    /// <summary>The unit's note.</summary>
    public string Note { get => _leaf?.Texts?.Note ?? ""; init => _leaf = LeafValues.Of(SelfPoints, Appraisal1, Appraisal2, SurveyPoints, LeafTexts.Of(Evidence, value, AppraisalNote, Explanation)); }

    /// <summary>The appraiser's note.</summary>
    public string AppraisalNote { get => _leaf?.Texts?.AppraisalNote ?? ""; init => _leaf = LeafValues.Of(SelfPoints, Appraisal1, Appraisal2, SurveyPoints, LeafTexts.Of(Evidence, Note, value, Explanation)); }

    /// <summary>The unit's explanation (giải trình) after round 1.</summary>
    public string Explanation { get => _leaf?.Texts?.Explanation ?? ""; init => _leaf = LeafValues.Of(SelfPoints, Appraisal1, Appraisal2, SurveyPoints, LeafTexts.Of(Evidence, Note, AppraisalNote, value)); }

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

/// <summary>A leaf's own points (see <see cref="CriterionResult"/>); null when none is given and it has no texts.</summary>
internal sealed record LeafValues(decimal? Self, decimal? Appraisal1, decimal? Appraisal2, decimal? Survey, LeafTexts? Texts)
{
    public static LeafValues? Of(decimal? self, decimal? appraisal1, decimal? appraisal2, decimal? survey, LeafTexts? texts) =>
        self is null && appraisal1 is null && appraisal2 is null && survey is null && texts is null ? null : new(self, appraisal1, appraisal2, survey, texts);
}

/// <summary>A leaf's texts (see <see cref="CriterionResult"/>); null when all are empty.</summary>
internal sealed record LeafTexts(string Evidence, string Note, string AppraisalNote, string Explanation)
{
    public static LeafTexts? Of(string? evidence, string? note, string? appraisalNote, string? explanation) =>
        string.IsNullOrEmpty(evidence) && string.IsNullOrEmpty(note) && string.IsNullOrEmpty(appraisalNote) && string.IsNullOrEmpty(explanation)
            ? null
            : new(evidence ?? "", note ?? "", appraisalNote ?? "", explanation ?? "");
}
