namespace IndexScorer.Comparison;

/// <summary>
/// A newer unit's last year as if it had existed then: the weighted mean of its predecessors' indices, weights being each
/// part's (weight or 1) × share; only predecessors with results count, and <see cref="Coverage"/> says how much of the weight
/// they hold. Ranks are recomputed among the newer group's units that have such a last year, in both years, so that the
/// change in rank compares like with like.
/// </summary>
/// <param name="Predecessors">The parts the unit was formed from, in lineage order.</param>
/// <param name="IndexPercent">The pro-forma index at full precision; null when no predecessor has results.</param>
/// <param name="Coverage">The share (0 to 1) of the unit's weight held by predecessors with results.</param>
/// <param name="WeightsGiven">True when the lineage gives weights; false when equal weights (times shares) were used.</param>
/// <param name="IsThin">True when <paramref name="Coverage"/> is below the minimum asked for (80 % by default).</param>
public sealed record ProFormaYear(IReadOnlyList<Predecessor> Predecessors, decimal? IndexPercent, decimal Coverage, bool WeightsGiven, bool IsThin)
{
    /// <summary>The last-year rank recomputed among the group's units that have a last-year index (1, 2, 2, 4).</summary>
    public int? Rank { get; init; }

    /// <summary>The newer year's rank among the same units, so that <see cref="Rank"/> minus it is the places gained.</summary>
    public int? NewerRank { get; init; }

    /// <summary>What the weights measure (the lineage's words, distinct, in order); empty when not said or equal weights.</summary>
    public IReadOnlyList<string> Bases => Predecessors.Select(p => p.Basis).Where(b => b.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}
