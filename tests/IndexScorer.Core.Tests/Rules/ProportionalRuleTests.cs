namespace IndexScorer.Core.Tests.Rules;

public class ProportionalRuleTests
{
    private const string Ratio = "tỷ lệ [Số hồ sơ đúng hạn] / [Số hồ sơ tiếp nhận]";

    [TestCase(0, 10, 0)]
    [TestCase(9, 10, 1.8)]
    [TestCase(10, 10, 2)]
    public void Evaluate_Ratio_GivesShareOfMaximum(int onTime, int received, decimal expected)
    {
        var rule = Some.ParsedRule(Ratio);

        Assert.That(rule.Points(2m, onTime, received), Is.EqualTo(expected));
    }

    [Test]
    public void Evaluate_RatioOfThirds_KeepsFullPrecision()
    {
        var rule = Some.ParsedRule(Ratio);

        Assert.That(rule.Points(1m, 1m, 3m), Is.EqualTo(100m * 1m / 3m / 100m));
    }

    [Test]
    public void Evaluate_DenominatorZero_IsNotApplicable()
    {
        var rule = Some.ParsedRule(Ratio);

        Assert.That(rule.Points(2m, 0m, 0m), Is.Null);
    }

    [TestCase(0, 0)]
    [TestCase(98, 2.94)]
    [TestCase(100, 3)]
    public void Evaluate_SinglePercentInput_GivesShareOfMaximum(decimal percent, decimal expected)
    {
        var rule = Some.ParsedRule("tỷ lệ [Tỷ lệ %]");

        Assert.That(rule.Points(3m, percent), Is.EqualTo(expected));
    }
}
