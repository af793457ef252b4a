using MathNet.Numerics.Statistics;

namespace IndexScorer.Analysis;

/// <summary>Pearson and Spearman correlations and Cronbach's α over paired or tabulated values, in double.</summary>
internal static class Correlations
{
    /// <summary>Pearson's r of paired values; null with fewer than 3 pairs or when either side does not vary.</summary>
    public static double? Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y) =>
        Defined(x, y) ? Correlation.Pearson(x, y) : null;

    /// <summary>Spearman's ρ (Pearson's r of mid-ranks) of paired values; null with fewer than 3 pairs or when either side does not vary.</summary>
    public static double? Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y) =>
        Defined(x, y) ? Correlation.Spearman(x, y) : null;

    /// <summary>
    /// Cronbach's α of a table (one row per respondent, here a unit; one column per item, here a criterion):
    /// k / (k − 1) × (1 − Σ item variances / variance of the row totals). Null with fewer than 2 items or 2 rows, or when
    /// the totals do not vary.
    /// </summary>
    public static double? CronbachAlpha(IReadOnlyList<double[]> rows)
    {
        if (rows.Count < 2) return null;
        var k = rows[0].Length;
        if (k < 2) return null;
        var itemVariances = Enumerable.Range(0, k).Sum(j => rows.Select(r => r[j]).Variance());
        var totalVariance = rows.Select(r => r.Sum()).Variance();
        return totalVariance <= 0d ? null : k / (k - 1d) * (1d - itemVariances / totalVariance);
    }

    private static bool Defined(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count) throw new ArgumentException("The two sides must pair up.", nameof(y));
        return x.Count >= 3 && Varies(x) && Varies(y);
    }

    private static bool Varies(IReadOnlyList<double> values) => values.Any(v => v != values[0]);
}
