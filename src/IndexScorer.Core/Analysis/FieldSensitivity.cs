using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>
/// What one field does to the ranking: each unit's rank when the index is computed without that field (its points and
/// its maximum left out, at full precision, ties sharing a rank), and the mean absolute change of rank.
/// </summary>
/// <param name="Field">The field left out.</param>
/// <param name="RankWithout">Per unit (in the group's rank order) its rank without the field; null when nothing else counts for it.</param>
/// <param name="MeanAbsoluteChange">The mean over ranked units of |rank without − rank|.</param>
public sealed record FieldSensitivity(CriterionSummary Field, IReadOnlyList<int?> RankWithout, double MeanAbsoluteChange)
{
    /// <summary>One entry per scored field, in framework order.</summary>
    public static IReadOnlyList<FieldSensitivity> Of(ScoredGroup group) => group.Fields.Select(field =>
    {
        var i = group.IndexOf(field.Code);
        var indices = group.Units.Select(u => Coherence.IndexWithout(u, u.Criteria[i])).ToArray();
        var ranks = CompetitionRanks(indices);
        var changes = ranks.Select((r, u) => r is { } rank ? Math.Abs(rank - group.Units[u].Rank) : (int?)null).OfType<int>().ToArray();
        return new FieldSensitivity(field, ranks, changes.Length == 0 ? 0d : changes.Average());
    }).ToArray();

    /// <summary>Competition ranks (1, 2, 2, 4) of values, highest first; null values stay unranked.</summary>
    internal static int?[] CompetitionRanks(IReadOnlyList<decimal?> values)
    {
        var order = Enumerable.Range(0, values.Count).Where(i => values[i] is not null).OrderByDescending(i => values[i]).ToArray();
        var ranks = new int?[values.Count];
        for (var k = 0; k < order.Length; k++)
            ranks[order[k]] = k > 0 && values[order[k]] == values[order[k - 1]] ? ranks[order[k - 1]] : k + 1;
        return ranks;
    }
}
