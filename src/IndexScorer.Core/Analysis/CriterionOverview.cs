using IndexScorer.Frameworks;
using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>How a group did on one scored criterion (a leaf): what the office should work on next year.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="AveragePercent">The mean, over the units for which it counts, of points as % of its maximum in use; null when it counts for none.</param>
/// <param name="UnitsCounted">How many units it counts for.</param>
/// <param name="UnitsLosingPoints">How many of them lost points on it.</param>
/// <param name="PointsLost">Points lost on it, summed over the group's units.</param>
public sealed record CriterionOverview(CriterionSummary Criterion, decimal? AveragePercent, int UnitsCounted, int UnitsLosingPoints, decimal PointsLost)
{
    /// <summary>Every scored criterion of the group, weakest first: lowest average, then most units losing points, then framework order.</summary>
    public static IReadOnlyList<CriterionOverview> Of(ScoredGroup group)
    {
        var overviews = new List<CriterionOverview>();
        for (var i = 0; i < group.Criteria.Count; i++)
        {
            var criterion = group.Criteria[i];
            if (!criterion.IsLeaf || criterion.Section != SectionKind.Scored) continue;
            var counted = group.Units.Select(u => u.Criteria[i]).Where(l => l.MaxInUse > 0m).ToArray();
            overviews.Add(new CriterionOverview(
                criterion,
                FieldAverage.Mean(counted.Select(l => l.Percent)),
                counted.Length,
                counted.Count(l => l.PointsLost > 0m),
                counted.Sum(l => l.PointsLost)));
        }
        return overviews
            .Select((o, order) => (o, order))
            .OrderBy(x => x.o.AveragePercent is null).ThenBy(x => x.o.AveragePercent).ThenByDescending(x => x.o.UnitsLosingPoints).ThenBy(x => x.order)
            .Select(x => x.o)
            .ToArray();
    }
}
