using IndexScorer.Analysis;

namespace IndexScorer.Core.Tests.Analysis;

public class SurveyDrawTests
{
    private static (SurveyDraw Draw, (double D, double C, double Weight)[] Table) Of(params (double Respondents, double Weight)[] options)
    {
        var table = new List<(double D, double C, double Weight)>();
        var draw = SurveyDraw.Of(0, 3, 0, options, table)!.Value;
        return (draw, table.ToArray());
    }

    [Test]
    public void Of_FromFiftyRespondents_DrawsFromTheMomentMatchedNormal()
    {
        Assert.That((Of((48, 1), (1, 0)).Draw.Exact, Of((25, 1), (25, 0)).Draw.Exact), Is.EqualTo((true, false)));
    }

    [Test]
    public void Of_Moments_AreTheDirichletMeanAndSpreadOfTheWeightedShare()
    {
        // Counts 30, 15, 5 (n = 50) on weights 1, 0.6, 0.2: mean 0.8; E[w²] = (30 + 5.4 + 0.2) / 50 = 0.712; variance (0.712 − 0.64) / 51.
        var (draw, _) = Of((30, 1), (15, 0.6), (5, 0.2), (0, 0));
        Assert.That((draw.Mean, draw.Spread, draw.Low, draw.High), Is.EqualTo((0.8, Math.Sqrt(0.072 / 51), 0.2, 1.0)).Within(1e-12));
    }

    [Test]
    public void Share_AtFiftyRespondents_NormalAndExactDrawsAgreeInQuantiles()
    {
        var (draw, table) = Of((22, 1), (14, 0.6), (9, 0.2), (5, 0));
        var random = new RandomStream(3, 0);
        var normal = Enumerable.Range(0, 40_000).Select(_ => draw.Share(ref random, table)).ToArray();
        var exact = Enumerable.Range(0, 40_000).Select(_ => draw.ExactShare(ref random, table)).ToArray();

        foreach (var p in new[] { 0.05, 0.25, 0.5, 0.75, 0.95 })
            Assert.That(Description.Quantile(normal, p), Is.EqualTo(Description.Quantile(exact, p)).Within(0.005), $"P{p * 100}");
    }

    [Test]
    public void Of_NobodyAnswered_IsNull()
    {
        Assert.That(SurveyDraw.Of(0, 3, 0, [(0, 1), (0, 0)], []), Is.Null);
    }
}
