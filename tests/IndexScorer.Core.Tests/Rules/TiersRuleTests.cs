using IndexScorer.Rules;

namespace IndexScorer.Core.Tests.Rules;

public class TiersRuleTests
{
    private const string OnTime = "bậc [Đúng hạn] / [Tiếp nhận]: 100% = 2; từ 80% đến dưới 100% = 1; dưới 80% = 0";

    [TestCase(0, 10, 0)]
    [TestCase(7999, 10000, 0)]
    [TestCase(8, 10, 1)]
    [TestCase(9999, 10000, 1)]
    [TestCase(10, 10, 2)]
    public void Evaluate_RatioAtBoundary_GivesTierPoints(int onTime, int received, int expected)
    {
        var rule = Some.ParsedRule(OnTime);

        Assert.That(rule.Points(2m, onTime, received), Is.EqualTo((decimal)expected));
    }

    [Test]
    public void Evaluate_DenominatorZero_IsNotApplicable()
    {
        var rule = Some.ParsedRule(OnTime);

        Assert.That(rule.Points(2m, 0m, 0m), Is.Null);
    }

    [TestCase(79.99, 0)]
    [TestCase(80, 1)]
    [TestCase(99.99, 1)]
    [TestCase(100, 2)]
    public void Evaluate_PercentInput_GivesTierPoints(decimal percent, int expected)
    {
        var rule = Some.ParsedRule("bậc [Tỷ lệ]: 100% = 2; từ 80% đến dưới 100% = 1; dưới 80% = 0");

        Assert.That(rule.Points(2m, percent), Is.EqualTo((decimal)expected));
    }

    [TestCase(80, 1)]
    [TestCase(80.001, 2)]
    public void Evaluate_FromToInclusiveThenAbove_SplitsAtUpperBound(decimal percent, int expected)
    {
        var rule = Some.ParsedRule("bậc [Tỷ lệ]: dưới 50% = 0; từ 50% đến 80% = 1; trên 80% = 2");

        Assert.That(rule.Points(2m, percent), Is.EqualTo((decimal)expected));
    }

    [TestCase(89.9, 0)]
    [TestCase(90, 1)]
    [TestCase(100, 1)]
    public void Evaluate_AndAbove_IncludesItsLowerBound(decimal percent, int expected)
    {
        var rule = Some.ParsedRule("bậc [Tỷ lệ]: từ 90% trở lên = 1; dưới 90% = 0");

        Assert.That(rule.Points(1m, percent), Is.EqualTo((decimal)expected));
    }

    [Test]
    public void Parse_TiersWrittenInAnyOrder_AreOrderedFromLowestUp()
    {
        var rule = (TiersRule)Some.ParsedRule(OnTime);

        Assert.That(rule.Tiers.Select(t => t.Band), Is.EqualTo(new[]
        {
            new Band(0m, true, 80m, false),
            new Band(80m, true, 100m, false),
            new Band(100m, true, 100m, true),
        }));
    }

    [Test]
    public void HighestPoints_IsTheTopTiersPoints()
    {
        var rule = Some.ParsedRule(OnTime);

        Assert.That(rule.HighestPoints, Is.EqualTo(2m));
    }
}
