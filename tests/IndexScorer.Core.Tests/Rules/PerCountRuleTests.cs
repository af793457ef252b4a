namespace IndexScorer.Core.Tests.Rules;

public class PerCountRuleTests
{
    [TestCase(0, 0)]
    [TestCase(1, 0.25)]
    [TestCase(3, 0.75)]
    [TestCase(4, 1)]
    [TestCase(9, 1)]
    public void Evaluate_Items_GivesPerItemCappedAtMaximum(int items, decimal expected)
    {
        var rule = Some.ParsedRule("cộng [Số sáng kiến] × 0,25");

        Assert.That(rule.Points(1m, items), Is.EqualTo(expected));
    }
}
