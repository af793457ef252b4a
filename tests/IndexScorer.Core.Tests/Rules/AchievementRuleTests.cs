using IndexScorer.Rules;

namespace IndexScorer.Core.Tests.Rules;

/// <summary>Issue 10: the two kinds of ratio, chosen in the rule text: a part of a whole ([A] / [B]) or an achievement against a target ([A] so với [B]).</summary>
public class AchievementRuleTests
{
    [TestCase("bậc [Số thu thực hiện] so với [Dự toán thu được giao]: từ 100% trở lên = 4; dưới 100% = 0")]
    [TestCase("bậc [Số thu thực hiện] SO VỚI [Dự toán thu được giao]: từ 100% trở lên = 4; dưới 100% = 0")]
    [TestCase("tiers [Số thu thực hiện] against [Dự toán thu được giao]: 100% and above = 4; under 100% = 0")]
    [TestCase("tỷ lệ [Số thu thực hiện] so với [Dự toán thu được giao]")]
    [TestCase("cơ bản [Số thu thực hiện] so với [Dự toán thu được giao]: 1 đến 100%; +0,5 mỗi 5%; tối đa 3")]
    public void Parse_SoVoi_AnAchievementOfTwoAmounts(string text)
    {
        var rule = Some.ParsedRule(text);

        Assert.That(rule.Measure, Has.Property(nameof(Measure.IsAchievement)).True.And.Property(nameof(Measure.IsRatio)).True);
        Assert.That(rule.Inputs.Select(i => (i.Prompt.Label, i.Kind)), Is.EqualTo(new[]
        {
            ("Số thu thực hiện", InputKind.Amount), ("Dự toán thu được giao", InputKind.Amount),
        }));
    }

    [Test]
    public void Parse_Slash_APartOfAWholeOfTwoCounts()
    {
        var rule = Some.ParsedRule("tỷ lệ [Số hồ sơ đúng hạn] / [Số hồ sơ tiếp nhận]");

        Assert.That(rule.Measure!.IsAchievement, Is.False);
        Assert.That(rule.Inputs.Select(i => i.Kind), Is.EqualTo(new[] { InputKind.Count, InputKind.Count }));
    }

    [TestCase(5200, 4800, 4)]
    [TestCase(4800, 4800, 4)]
    [TestCase(4799, 4800, 0)]
    public void Evaluate_TiersOfAnAchievement_TopTierAboveHundredPercent(decimal achieved, decimal target, decimal expected)
    {
        var rule = Some.ParsedRule("bậc [Thu] so với [Dự toán]: từ 100% trở lên = 4; dưới 100% = 0");

        Assert.That(rule.Evaluate([InputValue.Of(achieved), InputValue.Of(target)], 4m), Is.EqualTo(expected));
    }

    [Test]
    public void Evaluate_ProportionalAchievementOverTarget_TheMaximum()
    {
        var rule = Some.ParsedRule("tỷ lệ [Thu] so với [Dự toán]");

        Assert.That(rule.Evaluate([InputValue.Of(5200m), InputValue.Of(4800m)], 4m), Is.EqualTo(4m));
    }

    [TestCase("tỷ lệ [Thu] so [Dự toán]")]
    [TestCase("tỷ lệ [Thu] với [Dự toán]")]
    [TestCase("tỷ lệ [Thu] so với")]
    public void Parse_AchievementMisspelt_RefusedWithRU005(string text)
    {
        Assert.That(RuleParser.Parse(text).ErrorCode, Is.EqualTo("RU005"));
    }
}
