using IndexScorer.Rules;

namespace IndexScorer.Core.Tests.Rules;

public class LevelsRuleTests
{
    private const string Levels = "mức: Tốt = 2,5; Đầy đủ = 2; Một phần = 1; Không = 0";

    [TestCase("Tốt", 2.5)]
    [TestCase("Đầy đủ", 2)]
    [TestCase("Một phần", 1)]
    [TestCase("Không", 0)]
    public void Evaluate_Level_GivesItsPoints(string level, decimal expected)
    {
        var rule = Some.ParsedRule(Levels);

        Assert.That(rule.PointsFor(2.5m, level), Is.EqualTo(expected));
    }

    [Test]
    public void Inputs_OfferTheLevelsInWrittenOrder()
    {
        var rule = Some.ParsedRule(Levels);

        Assert.That(rule.Inputs.Single().Options, Is.EqualTo(new[] { "Tốt", "Đầy đủ", "Một phần", "Không" }));
    }

    [Test]
    public void Evaluate_Timeliness_IsALevelRule()
    {
        var rule = Some.ParsedRule("mức: Đúng hạn = 1; Chậm = 0,5; Không ban hành = 0");

        Assert.That(rule.PointsFor(1m, "Chậm"), Is.EqualTo(0.5m));
    }

    [Test]
    public void HighestPoints_IsTheBestLevel()
    {
        var rule = Some.ParsedRule(Levels);

        Assert.That(rule.HighestPoints, Is.EqualTo(2.5m));
    }
}
