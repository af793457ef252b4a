using IndexScorer.Frameworks;
using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>
/// What it would take for a unit to move up: the points it needs to reach the next band and to draw level with the next
/// unit above, and the criteria it lost that most of its group achieved in full, most attainable first (the largest share
/// of the group in full, then the most points). Criteria that did not arise for it are never proposed.
/// </summary>
/// <param name="Unit">The unit.</param>
/// <param name="NextBand">The band above its own; null when it is in the highest (or the group has none).</param>
/// <param name="PointsToNextBand">Points it needs for the next band's minimum; null without one.</param>
/// <param name="UnitAbove">The nearest unit with a higher index; null for the first.</param>
/// <param name="PointsToNextRank">Points it needs to draw level with <paramref name="UnitAbove"/> (any more passes it); null for the first.</param>
/// <param name="Gains">The attainable gains, most attainable first.</param>
/// <param name="GainsToCloseGap">How many of the first gains add up to the nearer target (next band, else next rank); all of them when they do not suffice.</param>
public sealed record UnitTarget(
    ScoredUnit Unit, ClassificationBand? NextBand, decimal? PointsToNextBand, ScoredUnit? UnitAbove, decimal? PointsToNextRank,
    IReadOnlyList<AttainableGain> Gains, int GainsToCloseGap)
{
    /// <summary>The nearer target's gap in points: to the next band, else to the unit above; 0 for the first in the highest band.</summary>
    public decimal Gap => PointsToNextBand ?? PointsToNextRank ?? 0m;

    /// <summary>True when the first <see cref="GainsToCloseGap"/> gains add up to <see cref="Gap"/>.</summary>
    public bool ClosesGap => Gains.Take(GainsToCloseGap).Sum(g => g.Points) >= Gap;

    /// <summary>A criterion is attainable when more than this share of the group's units has it in full.</summary>
    public const double MostOfGroup = 0.5;

    /// <summary>The targets of every unit of a group, in rank order.</summary>
    public static IReadOnlyList<UnitTarget> Of(ScoredGroup group)
    {
        var leaves = Enumerable.Range(0, group.Criteria.Count)
            .Where(i => group.Criteria[i] is { IsLeaf: true, Section: SectionKind.Scored })
            .Select(i =>
            {
                var counted = group.Units.Select(u => u.Criteria[i]).Where(r => r.MaxInUse > 0m).ToArray();
                return (Index: i, InFull: counted.Length == 0 ? 0d : (double)counted.Count(r => r.FinalPoints >= r.MaxInUse) / counted.Length);
            })
            .Where(x => x.InFull > MostOfGroup)
            .ToArray();
        var targets = new UnitTarget[group.Units.Count];
        ScoredUnit? above = null;
        for (var u = 0; u < group.Units.Count; u++)
        {
            var unit = group.Units[u];
            // Units come in rank order: the one above changes only where the index drops.
            if (u > 0 && group.Units[u - 1].IndexPercent > unit.IndexPercent) above = group.Units[u - 1];
            var bandPosition = group.Bands.ToList().FindIndex(b => b.Label == unit.Band);
            var nextBand = bandPosition > 0 ? group.Bands[bandPosition - 1] : null;
            var toBand = nextBand is null ? (decimal?)null : Math.Max(0m, nextBand.MinimumPercent * unit.MaxInUse / 100m - unit.TotalPoints);
            var toRank = above is null ? (decimal?)null : (above.IndexPercent - unit.IndexPercent) * unit.MaxInUse / 100m;
            var gains = leaves
                .Select(l => (Result: unit.Criteria[l.Index], l.InFull))
                .Where(x => !x.Result.NotApplicable && x.Result.MaxInUse > 0m && x.Result.PointsLost > 0m)
                .Select((x, order) => (Gain: new AttainableGain(x.Result.Criterion, x.Result.PointsLost, x.InFull), order))
                .OrderByDescending(x => x.Gain.ShareInFull).ThenByDescending(x => x.Gain.Points).ThenBy(x => x.order)
                .Select(x => x.Gain)
                .ToArray();
            var gap = toBand ?? toRank ?? 0m;
            var needed = 0;
            for (var sum = 0m; needed < gains.Length && sum < gap; needed++) sum += gains[needed].Points;
            targets[u] = new UnitTarget(unit, nextBand, toBand, above, toRank, gains, needed);
        }
        return targets;
    }
}
