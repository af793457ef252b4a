using IndexScorer.Frameworks;
using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>
/// How a group's units spread on one scored node (a criterion or a field) or on the index: the statistics of the points
/// (of the index, for the index row) over the units for which it counts, the shares at the maximum and at zero, and the
/// units for which it did not arise.
/// </summary>
/// <param name="Criterion">The node; null for the index itself.</param>
/// <param name="Points">The statistics of the points (the index, in %, for the index row); null when it counts for no unit.</param>
/// <param name="ShareAtMaximum">The share (0–1) of the counted units with every point of their maximum in use.</param>
/// <param name="ShareAtZero">The share (0–1) of the counted units with no point.</param>
/// <param name="NotApplicableUnits">Units for which the leaf did not arise (không phát sinh); 0 for parents and the index.</param>
public sealed record CriterionStatistics(CriterionSummary? Criterion, Description? Points, double ShareAtMaximum, double ShareAtZero, int NotApplicableUnits)
{
    /// <summary>True for a leaf on which every counted unit has the maximum: it separates no one.</summary>
    public bool SeparatesNoOne => Criterion is { IsLeaf: true } && Points is { Count: > 0 } && ShareAtMaximum == 1d;

    /// <summary>Every scored leaf and field of the group in framework order (fields before their leaves), then the index.</summary>
    public static IReadOnlyList<CriterionStatistics> Of(ScoredGroup group)
    {
        var rows = new List<CriterionStatistics>();
        for (var i = 0; i < group.Criteria.Count; i++)
        {
            var node = group.Criteria[i];
            if (node.Section != SectionKind.Scored || !(node.IsLeaf || node.IsField)) continue;
            var counted = group.Units.Select(u => u.Criteria[i]).Where(r => r.MaxInUse > 0m).ToArray();
            rows.Add(new CriterionStatistics(
                node,
                counted.Length == 0 ? null : Description.Of(counted.Select(r => (double)r.FinalPoints)),
                Share(counted, r => r.FinalPoints >= r.MaxInUse),
                Share(counted, r => r.FinalPoints == 0m),
                node.IsLeaf ? group.Units.Count(u => u.Criteria[i].NotApplicable) : 0));
        }
        var index = group.Units.Select(u => (double)u.IndexPercent).ToArray();
        rows.Add(new CriterionStatistics(
            null, index.Length == 0 ? null : Description.Of(index),
            Share(group.Units, u => u.IndexPercent >= 100m), Share(group.Units, u => u.IndexPercent == 0m), 0));
        return rows;
    }

    private static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> test) =>
        items.Count == 0 ? 0d : (double)items.Count(test) / items.Count;
}
