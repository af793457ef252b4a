using IndexScorer.Frameworks;
using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>Where the appraisal council changed a unit's self-assessment, and how much the unit over-claimed.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Differences">Every criterion whose appraised score differs from the self score, in framework order.</param>
/// <param name="SelfTotal">The unit's self-scored points over the scored fields.</param>
/// <param name="OverClaimed">
/// Points claimed but not confirmed: in the scored fields and the bonus, self above appraised; in the penalty, a penalty the
/// unit declared below the appraised one.
/// </param>
public sealed record AppraisalDifferences(ScoredUnit Unit, IReadOnlyList<AppraisalDifference> Differences, decimal SelfTotal, decimal OverClaimed)
{
    /// <summary>Over-claimed points as % of the self total; null when the unit self-scored nothing.</summary>
    public decimal? OverClaimedPercent => SelfTotal == 0m ? null : 100m * OverClaimed / SelfTotal;

    /// <summary>Every unit of the group, worst first: most points over-claimed, then highest share, then rank.</summary>
    public static IReadOnlyList<AppraisalDifferences> Of(ScoredGroup group) =>
        group.Units.Select(For)
            .Select((d, order) => (d, order))
            .OrderByDescending(x => x.d.OverClaimed).ThenByDescending(x => x.d.OverClaimedPercent ?? 0m).ThenBy(x => x.order)
            .Select(x => x.d)
            .ToArray();

    private static AppraisalDifferences For(ScoredUnit unit)
    {
        var leaves = unit.Criteria.Where(c => c.Criterion.IsLeaf).ToArray();
        var differences = leaves
            .Where(l => l.SelfPoints is not null && l.Appraised is not null && l.SelfPoints != l.Appraised)
            .Select(l => new AppraisalDifference(l, l.SelfPoints!.Value, l.Appraised!.Value))
            .ToArray();
        var overClaimed = differences.Sum(d => Math.Max(0m, d.Leaf.Criterion.Section == SectionKind.Penalty ? d.Difference : -d.Difference));
        var selfTotal = leaves.Where(l => l.Criterion.Section == SectionKind.Scored).Sum(l => l.SelfPoints ?? 0m);
        return new AppraisalDifferences(unit, differences, selfTotal, overClaimed);
    }
}
