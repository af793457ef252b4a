using IndexScorer.Analysis;
using MathNet.Numerics.Statistics;

namespace IndexScorer.Core.Tests.Analysis;

public class CorrelationsTests
{
    private static readonly double[] X = [1, 2, 3, 4, 5];
    private static readonly double[] Y = [2, 4, 5, 4, 5];

    [Test]
    public void Pearson_SmallTable_MatchesHandComputedValue()
    {
        // Deviations x: −2 −1 0 1 2, y: −2 0 1 0 1: Σdxdy = 6, Σdx² = 10, Σdy² = 6 → r = 6 / √60.
        Assert.That(Correlations.Pearson(X, Y), Is.EqualTo(6d / Math.Sqrt(60d)).Within(1e-12));
    }

    [Test]
    public void Spearman_TiedValues_UsesMidRanks()
    {
        // Ranks of y with ties: 1, 2.5, 4.5, 2.5, 4.5; of x: 1 … 5. Deviations give Σ = 7, Σdx² = 10, Σdy² = 9 → ρ = 7 / √90.
        Assert.That(Correlations.Spearman(X, Y), Is.EqualTo(7d / Math.Sqrt(90d)).Within(1e-12));
    }

    [Test]
    public void Pearson_AnyValues_AgreesWithMathNet()
    {
        double[] x = [90.5, 72.25, 88, 64.75, 99], y = [12, 9.5, 11, 10, 13.25];
        Assert.That(Correlations.Pearson(x, y), Is.EqualTo(Correlation.Pearson(x, y)).Within(1e-12));
    }

    [Test]
    public void Pearson_ConstantSide_IsUndefined()
    {
        Assert.That(Correlations.Pearson(X, [3, 3, 3, 3, 3]), Is.Null);
    }

    [Test]
    public void CronbachAlpha_SmallTable_MatchesHandComputedValue()
    {
        // Item variances 5/3, 19/12, 11/12 (sum 25/6); totals 6, 8, 10, 14 have variance 35/3: α = 3/2 × (1 − (25/6) / (35/3)) = 27/28.
        double[][] rows = [[1, 2, 3], [2, 3, 3], [3, 3, 4], [4, 5, 5]];
        Assert.That(Correlations.CronbachAlpha(rows), Is.EqualTo(27d / 28d).Within(1e-12));
    }

    [Test]
    public void CronbachAlpha_OneItem_IsUndefined()
    {
        Assert.That(Correlations.CronbachAlpha([[1], [2], [3]]), Is.Null);
    }
}
