using IndexScorer.Analysis;
using MathNet.Numerics.Statistics;

namespace IndexScorer.Core.Tests.Analysis;

public class DescriptionTests
{
    // Excel's QUARTILE.INC places quantile p at position 1 + p·(n − 1) of the sorted values and interpolates: for 1, 3, 7, 9
    // Q1 is at 1.75 → 1 + 0.75 × 2 = 2.5, Q3 at 3.25 → 7 + 0.25 × 2 = 7.5 (what =QUARTILE.INC({7;1;3;9};1) shows).
    [TestCase(0.25, 2.5)]
    [TestCase(0.5, 5.0)]
    [TestCase(0.75, 7.5)]
    [TestCase(0.0, 1.0)]
    [TestCase(1.0, 9.0)]
    public void Quantile_SmallTable_IsExcelQuartileInc(double p, double expected)
    {
        Assert.That(Description.Quantile([7, 1, 3, 9], p), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Of_SmallTable_MatchesHandComputedValues()
    {
        // 1, 2, 3, 4: mean 2.5; sample variance (2.25 + 0.25 + 0.25 + 2.25) / 3 = 5/3.
        var d = Description.Of([4, 2, 1, 3]);
        Assert.That(new[] { d.Count, d.Mean, d.Median, d.Quartile1, d.Quartile3, d.StandardDeviation, d.Minimum, d.Maximum },
            Is.EqualTo(new[] { 4, 2.5, 2.5, 1.75, 3.25, Math.Sqrt(5d / 3d), 1, 4 }).Within(1e-12));
    }

    [Test]
    public void Of_AnyValues_AgreesWithMathNetDescriptiveStatistics()
    {
        double[] values = [90.5, 72.25, 88, 64.75, 99, 81.5, 77];
        var mathNet = new DescriptiveStatistics(values);
        var description = Description.Of(values);
        Assert.That(new[] { description.Mean, description.StandardDeviation, description.Minimum, description.Maximum },
            Is.EqualTo(new[] { mathNet.Mean, mathNet.StandardDeviation, mathNet.Minimum, mathNet.Maximum }).Within(1e-12));
    }

    [Test]
    public void Of_SingleValue_HasNoSpread()
    {
        Assert.That(Description.Of([5]).StandardDeviation, Is.Zero);
    }
}
