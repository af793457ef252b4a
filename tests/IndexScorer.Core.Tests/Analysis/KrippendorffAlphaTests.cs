using System.Globalization;
using IndexScorer.Analysis;

namespace IndexScorer.Core.Tests.Analysis;

public class KrippendorffAlphaTests
{
    /// <summary>Krippendorff's (2011) reliability data: 4 coders × 12 units with missing values (NA).</summary>
    private static IReadOnlyList<IReadOnlyList<double?>> ReliabilityData() =>
        File.ReadLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Analysis", "Data", "krippendorff-reliability-data.csv"))
            .Where(line => !line.StartsWith('#') && !line.StartsWith("coder", StringComparison.Ordinal))
            .Select(line => (IReadOnlyList<double?>)line.Split(',').Skip(1)
                .Select(cell => cell == "NA" ? (double?)null : double.Parse(cell, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();

    [TestCase(AgreementMetric.Nominal, 0.743)]
    [TestCase(AgreementMetric.Interval, 0.849)]
    [TestCase(AgreementMetric.Ratio, 0.797)]
    public void Of_PublishedReliabilityData_ReproducesThePublishedAlpha(AgreementMetric metric, double published)
    {
        Assert.That(Math.Round(KrippendorffAlpha.Of(ReliabilityData(), metric)!.Value, 3), Is.EqualTo(published));
    }

    [Test]
    public void Of_CodersAgreeEverywhere_IsOne()
    {
        double?[] values = [1, 2, 3, 4];
        Assert.That(KrippendorffAlpha.Of([values, values], AgreementMetric.Interval), Is.EqualTo(1d).Within(1e-12));
    }

    [Test]
    public void Of_TwoCodersByHand_MatchesTheCoincidenceFormula()
    {
        // Units (1,1), (2,3), (3,3): pairable values 1,1,2,3,3,3 (n = 6). Observed: the (2,3) unit gives o23 = o32 = 1, so
        // Σ o·δ = 2 × 1² = 2. Expected: n1 = 2, n2 = 1, n3 = 3: Σ nc·nk·δ = 2 × (2·1·1 + 2·3·4 + 1·3·1) = 58. α = 1 − 5 × 2 / 58.
        var alpha = KrippendorffAlpha.Of([[1, 2, 3], [1, 3, 3]], AgreementMetric.Interval);
        Assert.That(alpha, Is.EqualTo(1d - 10d / 58d).Within(1e-12));
    }

    [Test]
    public void Of_NoVariation_IsUndefined()
    {
        Assert.That(KrippendorffAlpha.Of([[2, 2], [2, 2]], AgreementMetric.Interval), Is.Null);
    }
}
