namespace IndexScorer.Ranking;

/// <summary>Competition ranks (1, 2, 2, 4) of full-precision values, highest first: equal values share a rank.</summary>
internal static class CompetitionRanks
{
    /// <summary>The rank of each value, in the order given.</summary>
    public static int[] Of(IReadOnlyList<decimal> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderByDescending(i => values[i]).ToArray();
        var ranks = new int[values.Count];
        for (var k = 0; k < order.Length; k++)
            ranks[order[k]] = k > 0 && values[order[k]] == values[order[k - 1]] ? ranks[order[k - 1]] : k + 1;
        return ranks;
    }
}
