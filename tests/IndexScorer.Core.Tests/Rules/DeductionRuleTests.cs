namespace IndexScorer.Core.Tests.Rules;

public class DeductionRuleTests
{
    [TestCase(0, 2)]
    [TestCase(1, 1.5)]
    [TestCase(3, 0.5)]
    [TestCase(4, 0)]
    [TestCase(5, 0)]
    [TestCase(100, 0)]
    public void Evaluate_Cases_DeductsFromMaximumFlooredAtZero(int cases, decimal expected)
    {
        var rule = Some.ParsedRule("trừ [Số vi phạm] × 0,5");

        Assert.That(rule.Points(2m, cases), Is.EqualTo(expected));
    }
}
