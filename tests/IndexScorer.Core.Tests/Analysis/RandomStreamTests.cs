using IndexScorer.Analysis;
using MathNet.Numerics.Distributions;

namespace IndexScorer.Core.Tests.Analysis;

public class RandomStreamTests
{
    [TestCase(1.0)]
    [TestCase(3.0)]
    [TestCase(250.0)]
    public void NextGamma_ManyDraws_MeanAndVarianceOfMathNetsGamma(double shape)
    {
        var random = new RandomStream(42, 0);
        var (d, c) = (shape - 1d / 3d, 1d / Math.Sqrt(9d * (shape - 1d / 3d)));
        var draws = Enumerable.Range(0, 200_000).Select(_ => random.NextGamma(d, c)).ToArray();
        var gamma = new Gamma(shape, 1d);
        var mean = draws.Average();
        var variance = draws.Select(x => (x - mean) * (x - mean)).Sum() / (draws.Length - 1);
        Assert.That(mean, Is.EqualTo(gamma.Mean).Within(5 * gamma.StdDev / Math.Sqrt(draws.Length)));
        Assert.That(variance / gamma.Variance, Is.EqualTo(1d).Within(0.03));
    }

    [Test]
    public void NextNormal_ManyDraws_StandardNormalMomentsAndTails()
    {
        var random = new RandomStream(7, 1);
        var draws = Enumerable.Range(0, 400_000).Select(_ => random.NextNormal()).ToArray();
        var mean = draws.Average();
        var variance = draws.Select(x => (x - mean) * (x - mean)).Average();
        var kurtosis = draws.Select(x => Math.Pow(x - mean, 4)).Average() / (variance * variance);
        var beyond = (double)draws.Count(x => Math.Abs(x) > 1.959964) / draws.Length;
        Assert.That(new[] { mean, variance, kurtosis, beyond }, Is.EqualTo(new[] { 0d, 1d, 3d, 0.05 }).Within(0.02));
    }

    [Test]
    public void Streams_SameSeedAndNumber_SameDraws()
    {
        var (a, b) = (new RandomStream(5, 3), new RandomStream(5, 3));
        Assert.That(a.NextBits(), Is.EqualTo(b.NextBits()));
    }

    [Test]
    public void Streams_OtherNumber_OtherDraws()
    {
        var (a, b) = (new RandomStream(5, 3), new RandomStream(5, 4));
        Assert.That(a.NextBits(), Is.Not.EqualTo(b.NextBits()));
    }
}
