using IndexScorer.Frameworks;
using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>
/// What a unit should hear at its review meeting: the criteria where it lost most, and its fields against
/// the group's average, strongest first.
/// </summary>
/// <param name="Unit">The unit.</param>
/// <param name="BiggestLosses">Scored criteria with points lost, most lost first (framework order on equal losses).</param>
/// <param name="Fields">Every scored field against the group's average, highest difference first; fields that do not count last.</param>
public sealed record UnitStrengths(ScoredUnit Unit, IReadOnlyList<CriterionResult> BiggestLosses, IReadOnlyList<FieldComparison> Fields)
{
    /// <summary>How many losses a review lists by default.</summary>
    public const int DefaultLossCount = 5;

    /// <summary>Fields above the group's average, strongest first.</summary>
    public IEnumerable<FieldComparison> Strengths => Fields.Where(f => f.Difference > 0m);

    /// <summary>Fields below the group's average, weakest first.</summary>
    public IEnumerable<FieldComparison> Weaknesses => Fields.Where(f => f.Difference < 0m).OrderBy(f => f.Difference);

    /// <summary>The strengths and weaknesses of every unit of a group, in rank order.</summary>
    /// <param name="group">The group's result.</param>
    /// <param name="lossCount">How many losses to keep per unit; positive.</param>
    public static IReadOnlyList<UnitStrengths> Of(ScoredGroup group, int lossCount = DefaultLossCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lossCount);
        var averages = FieldAverage.Of(group).Select(a => (Average: a, Index: group.IndexOf(a.Field.Code))).ToArray();
        return group.Units.Select(unit => For(unit, averages, lossCount)).ToArray();
    }

    private static UnitStrengths For(ScoredUnit unit, (FieldAverage Average, int Index)[] averages, int lossCount)
    {
        var losses = unit.Criteria
            .Select((leaf, order) => (leaf, order))
            .Where(x => x.leaf.Criterion.IsLeaf && x.leaf.Criterion.Section == SectionKind.Scored && x.leaf.PointsLost > 0m)
            .OrderByDescending(x => x.leaf.PointsLost).ThenBy(x => x.order)
            .Take(lossCount)
            .Select(x => x.leaf)
            .ToArray();
        var fields = averages
            .Select((field, order) => (comparison: new FieldComparison(field.Average.Field, unit.Criteria[field.Index].Percent, field.Average.Percent), order))
            .OrderBy(x => x.comparison.Difference is null).ThenByDescending(x => x.comparison.Difference).ThenBy(x => x.order)
            .Select(x => x.comparison)
            .ToArray();
        return new UnitStrengths(unit, losses, fields);
    }
}
