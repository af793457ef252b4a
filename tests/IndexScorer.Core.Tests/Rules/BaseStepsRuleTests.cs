namespace IndexScorer.Core.Tests.Rules;

public class BaseStepsRuleTests
{
    private const string Steps = "cơ bản [Tỷ lệ]: 3 đến 30%; +0,5 mỗi 5%; tối đa 8";

    [TestCase(0, 3)]
    [TestCase(30, 3)]
    [TestCase(34.99, 3)]
    [TestCase(35, 3.5)]
    [TestCase(60, 6)]
    [TestCase(79.99, 7.5)]
    [TestCase(80, 8)]
    [TestCase(100, 8)]
    public void Evaluate_CriterionMaximum8_StepsPerWholeIncrementCapped(decimal percent, decimal expected)
    {
        var rule = Some.ParsedRule(Steps);

        Assert.That(rule.Points(8m, percent), Is.EqualTo(expected));
    }

    [TestCase(0, 3)]
    [TestCase(30, 3)]
    [TestCase(34.99, 3)]
    [TestCase(35, 3.5)]
    [TestCase(60, 6)]
    [TestCase(100, 8)]
    public void Evaluate_CriterionMaximum10_WrittenCapStillApplies(decimal percent, decimal expected)
    {
        var rule = Some.ParsedRule(Steps);

        Assert.That(rule.Points(10m, percent), Is.EqualTo(expected));
    }

    [TestCase(60, 6)]
    [TestCase(100, 6)]
    public void Evaluate_CriterionMaximumBelowCap_MaximumApplies(decimal percent, decimal expected)
    {
        var rule = Some.ParsedRule(Steps);

        Assert.That(rule.Points(6m, percent), Is.EqualTo(expected));
    }

    [Test]
    public void Evaluate_NoCapWritten_CappedAtCriterionMaximum()
    {
        var rule = Some.ParsedRule("cơ bản [Tỷ lệ]: 3 đến 30%; +0,5 mỗi 5%");

        Assert.That(rule.Points(10m, 100m), Is.EqualTo(10m));
    }

    [Test]
    public void Evaluate_RatioOverZeroCases_IsNotApplicable()
    {
        var rule = Some.ParsedRule("cơ bản [Đạt] / [Tổng]: 3 đến 30%; +0,5 mỗi 5%; tối đa 8");

        Assert.That(rule.Points(8m, 0m, 0m), Is.Null);
    }

    [Test]
    public void HighestPoints_IsTheWrittenCap()
    {
        var rule = Some.ParsedRule(Steps);

        Assert.That(rule.HighestPoints, Is.EqualTo(8m));
    }
}
