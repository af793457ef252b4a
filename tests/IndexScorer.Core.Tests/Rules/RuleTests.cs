using IndexScorer.Rules;

namespace IndexScorer.Core.Tests.Rules;

public class RuleTests
{
    private const string TiersWithOverride =
        "bậc [Đúng hạn] / [Tiếp nhận]: 100% = 2; từ 80% đến dưới 100% = 1; dưới 80% = 0; vi phạm [Số vụ] → 0";

    [Test]
    public void Evaluate_ViolationAboveZero_OverridesToZero()
    {
        var rule = Some.ParsedRule(TiersWithOverride);

        Assert.That(rule.Points(2m, 10m, 10m, 1m), Is.EqualTo(0m));
    }

    [Test]
    public void Evaluate_NoViolation_GivesTheRulesOwnPoints()
    {
        var rule = Some.ParsedRule(TiersWithOverride);

        Assert.That(rule.Points(2m, 10m, 10m, 0m), Is.EqualTo(2m));
    }

    [Test]
    public void Inputs_ViolationOverride_IsTheLastInputAndACount()
    {
        var rule = Some.ParsedRule(TiersWithOverride);

        Assert.That(rule.Inputs.Select(i => (i.Prompt.Label, i.Kind)), Is.EqualTo(new[]
        {
            ("Đúng hạn", InputKind.Count), ("Tiếp nhận", InputKind.Count), ("Số vụ", InputKind.Count),
        }));
    }

    [TestCase("có/không; vi phạm [Số vụ vi phạm] → 0")]
    [TestCase("có/không; vi phạm [Số vụ vi phạm] -> 0")]
    [TestCase("có/không; vi phạm [Số vụ vi phạm] = 0")]
    [TestCase("yes/no; violation [Cases] -> 0")]
    public void Evaluate_OverrideOnYesNo_AnyArrowSpellingGivesZero(string text)
    {
        var rule = Some.ParsedRule(text);

        Assert.That(rule.PointsFor(1m, true, 2m), Is.EqualTo(0m));
    }

    [Test]
    public void Evaluate_OverrideOnLevels_GivesZero()
    {
        var rule = Some.ParsedRule("mức: Tốt = 2; Không = 0; vi phạm [Số vụ] → 0");

        Assert.That(rule.PointsFor(2m, "Tốt", 1m), Is.EqualTo(0m));
    }

    [Test]
    public void Evaluate_WrongNumberOfValues_Throws()
    {
        var rule = Some.ParsedRule(TiersWithOverride);

        Assert.That(() => rule.Points(2m, 10m, 10m), Throws.ArgumentException);
    }
}
