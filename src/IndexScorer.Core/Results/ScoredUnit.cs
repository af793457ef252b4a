namespace IndexScorer.Results;

/// <summary>One unit's scored and ranked result in one year: its place, its totals and every node's values.</summary>
public sealed class ScoredUnit
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> NoAnswers =
        new Dictionary<string, IReadOnlyDictionary<string, decimal>>();

    /// <summary>Creates the result.</summary>
    /// <param name="code">The unit's code on the roster; not blank.</param>
    /// <param name="name">The unit's name.</param>
    /// <param name="rank">The competition rank, 1 or more.</param>
    /// <param name="isTied">True when another unit shares the rank.</param>
    /// <param name="band">The classification band's label, if the group has bands.</param>
    /// <param name="indexPercent">The index at full precision.</param>
    /// <param name="scoredPoints">Points of the scored fields, before bonus and penalty.</param>
    /// <param name="bonus">Bonus after the cap.</param>
    /// <param name="penalty">Penalty after the cap (positive, subtracted).</param>
    /// <param name="maxInUse">The maximum of the scale in use for this unit.</param>
    /// <param name="criteria">Every node's values, in the order of the group's <see cref="ScoredGroup.Criteria"/>.</param>
    /// <param name="surveyAnswers">Per survey leaf (by code) the respondents per option it was scored from; none when null.</param>
    public ScoredUnit(
        string code, string name, int rank, bool isTied, string? band, decimal indexPercent, decimal scoredPoints, decimal bonus, decimal penalty,
        decimal maxInUse, IReadOnlyList<CriterionResult> criteria, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>? surveyAnswers = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        Code = code;
        Name = name;
        Rank = rank;
        IsTied = isTied;
        Band = band;
        IndexPercent = indexPercent;
        ScoredPoints = scoredPoints;
        Bonus = bonus;
        Penalty = penalty;
        MaxInUse = maxInUse;
        Criteria = criteria;
        SurveyAnswers = surveyAnswers ?? NoAnswers;
    }

    /// <summary>The unit's code on the roster.</summary>
    public string Code { get; }

    /// <summary>The unit's name.</summary>
    public string Name { get; }

    /// <summary>The competition rank in its group (1, 2, 2, 4).</summary>
    public int Rank { get; }

    /// <summary>True when another unit shares the rank.</summary>
    public bool IsTied { get; }

    /// <summary>The classification band's label, if the group has bands.</summary>
    public string? Band { get; }

    /// <summary>The index at full precision; rank on this, display it rounded.</summary>
    public decimal IndexPercent { get; }

    /// <summary>Points of the scored fields (appraised and survey), before bonus and penalty.</summary>
    public decimal ScoredPoints { get; }

    /// <summary>Bonus after the cap.</summary>
    public decimal Bonus { get; }

    /// <summary>Penalty after the cap (positive, subtracted).</summary>
    public decimal Penalty { get; }

    /// <summary>Points achieved: scored points + bonus − penalty, at full precision.</summary>
    public decimal TotalPoints => ScoredPoints + Bonus - Penalty;

    /// <summary>
    /// Where the group's tree carries weights, each field's weighted contribution, in the order of the group's fields: the
    /// points the index is built from are their sum, not <see cref="ScoredPoints"/> (the plain sum of the fields' points).
    /// Null without weights.
    /// </summary>
    public IReadOnlyList<decimal>? WeightedFields { get; init; }

    /// <summary>The points the index is built from: the weighted contributions' sum plus bonus minus penalty, or <see cref="TotalPoints"/> without weights.</summary>
    public decimal WeightedTotal => WeightedFields is { } fields ? fields.Sum() + Bonus - Penalty : TotalPoints;

    /// <summary>The maximum of the scale in use for this unit (excluded criteria and an unused survey left out).</summary>
    public decimal MaxInUse { get; }

    /// <summary>Every node's values, in the order of the group's <see cref="ScoredGroup.Criteria"/>.</summary>
    public IReadOnlyList<CriterionResult> Criteria { get; }

    /// <summary>
    /// Per survey leaf (by code), the respondents per option (in the rule's order) the leaf was scored from: with the
    /// appraisal rounds, what a re-scoring or a simulation needs. Empty when the unit had no survey.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> SurveyAnswers { get; }
}
