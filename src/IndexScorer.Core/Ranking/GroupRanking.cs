using IndexScorer.Frameworks;

namespace IndexScorer.Ranking;

/// <summary>
/// Ranks the units of one group by the full-precision index, descending. Units equal on the index and on
/// every configured tie-breaker (a node's points, higher first) share a rank, and the next rank is skipped.
/// </summary>
internal static class GroupRanking
{
    /// <summary>The units in rank order (ties by unit code), with rank and band.</summary>
    public static IReadOnlyList<RankedUnit<T>> Rank<T>(UnitGroup group, IEnumerable<T> scores)
        where T : IRankable
    {
        var ordered = scores.Order(Comparer<T>.Create((a, b) =>
        {
            var c = Compare(group, a, b);
            return c != 0 ? c : string.CompareOrdinal(a.Unit.Code, b.Unit.Code);
        })).ToArray();
        var ranked = new RankedUnit<T>[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            var rank = i > 0 && Compare(group, ordered[i - 1], ordered[i]) == 0 ? ranked[i - 1].Rank : i + 1;
            var tied = (i > 0 && Compare(group, ordered[i - 1], ordered[i]) == 0)
                || (i + 1 < ordered.Length && Compare(group, ordered[i], ordered[i + 1]) == 0);
            ranked[i] = new RankedUnit<T>(ordered[i], rank, tied, group.Classify(ordered[i].IndexPercent));
        }
        return ranked;
    }

    /// <summary>Negative when <paramref name="a"/> ranks above <paramref name="b"/>; 0 when they tie.</summary>
    private static int Compare<T>(UnitGroup group, T a, T b)
        where T : IRankable
    {
        var c = b.IndexPercent.CompareTo(a.IndexPercent);
        foreach (var code in group.TieBreakers)
        {
            if (c != 0) break;
            c = b.PointsOf(code).CompareTo(a.PointsOf(code));
        }
        return c;
    }
}
