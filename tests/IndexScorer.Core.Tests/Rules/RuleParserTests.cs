using System.Text;
using IndexScorer.Rules;

namespace IndexScorer.Core.Tests.Rules;

public class RuleParserTests
{
    [TestCase("nhập điểm", RuleKind.Manual)]
    [TestCase("có/không", RuleKind.YesNo)]
    [TestCase("mức: Tốt = 2,5; Đầy đủ = 2; Một phần = 1; Không = 0", RuleKind.Levels)]
    [TestCase("tỷ lệ [Số hồ sơ đúng hạn] / [Số hồ sơ tiếp nhận]", RuleKind.Proportional)]
    [TestCase("tỉ lệ [Tỷ lệ %]", RuleKind.Proportional)]
    [TestCase("bậc [Đúng hạn] / [Tiếp nhận]: 100% = 2; từ 80% đến dưới 100% = 1; dưới 80% = 0", RuleKind.Tiers)]
    [TestCase("trừ [Số vi phạm] × 0,5", RuleKind.Deduction)]
    [TestCase("cộng [Số sáng kiến] × 0,25", RuleKind.PerCount)]
    [TestCase("cơ bản [Tỷ lệ]: 3 đến 30%; +0,5 mỗi 5%; tối đa 8", RuleKind.BaseSteps)]
    [TestCase("khảo sát: A = 100%; B = 60%; C = 20%; D = 0%", RuleKind.Survey)]
    public void Parse_VietnameseKeyword_GivesRuleKind(string text, RuleKind expected)
    {
        Assert.That(Some.ParsedRule(text).Kind, Is.EqualTo(expected));
    }

    [TestCase("manual", RuleKind.Manual)]
    [TestCase("yes/no", RuleKind.YesNo)]
    [TestCase("levels: Good = 2.5; Complete = 2; Partial = 1; None = 0", RuleKind.Levels)]
    [TestCase("ratio [On time] / [Received]", RuleKind.Proportional)]
    [TestCase("tiers [On time] / [Received]: 100% = 2; from 80% to under 100% = 1; under 80% = 0", RuleKind.Tiers)]
    [TestCase("deduct [Violations] x 0.5", RuleKind.Deduction)]
    [TestCase("per [Initiatives] x 0.25", RuleKind.PerCount)]
    [TestCase("base [Share]: 3 up to 30%; +0.5 per 5%; max 8", RuleKind.BaseSteps)]
    [TestCase("survey: A = 100%; B = 60%; C = 20%; D = 0%", RuleKind.Survey)]
    public void Parse_EnglishAlias_GivesRuleKind(string text, RuleKind expected)
    {
        Assert.That(Some.ParsedRule(text).Kind, Is.EqualTo(expected));
    }

    [TestCase("BẬC [Tỷ lệ]: 100% = 2; dưới 100% = 0")]
    [TestCase("  Bậc   [Tỷ lệ]: 100% = 2; dưới 100% = 0  ")]
    [TestCase("TIERS [Share]: 100% -> 2; under 100% -> 0")]
    public void Parse_KeywordCaseAndSpacing_AreIgnored(string text)
    {
        Assert.That(Some.ParsedRule(text).Kind, Is.EqualTo(RuleKind.Tiers));
    }

    [Test]
    public void Parse_DecomposedUnicode_ReadsLikeComposed()
    {
        var nfd = "bậc [Đúng hạn] / [Tiếp nhận]: 100% = 2; từ 80% đến dưới 100% = 1; dưới 80% = 0".Normalize(NormalizationForm.FormD);

        Assert.That(Some.ParsedRule(nfd).Points(2m, 8m, 10m), Is.EqualTo(1m));
    }

    [Test]
    public void Parse_EnglishTiers_EvaluatesLikeVietnamese()
    {
        var rule = Some.ParsedRule("tiers [On time] / [Received]: 100% -> 2; from 80% to under 100% -> 1; under 80% -> 0");

        Assert.That(new[] { rule.Points(2m, 7999m, 10000m), rule.Points(2m, 8m, 10m), rule.Points(2m, 10m, 10m) },
            Is.EqualTo(new decimal?[] { 0m, 1m, 2m }));
    }

    [Test]
    public void Parse_EnglishBaseSteps_EvaluatesLikeVietnamese()
    {
        var rule = Some.ParsedRule("base [Share]: 3 up to 30%; +0.5 per 5%; max 8");

        Assert.That(rule.Points(10m, 60m), Is.EqualTo(6m));
    }

    [TestCase("trừ [Số vi phạm] × 0,5")]
    [TestCase("trừ [Số vi phạm] × 0.5")]
    [TestCase("trừ [Số vi phạm] x 0,5")]
    [TestCase("trừ [Số vi phạm] * 0.5")]
    public void Parse_DeductionDecimalCommaOrPoint_ReadsSameAmount(string text)
    {
        Assert.That(((DeductionRule)Some.ParsedRule(text)).PerCase, Is.EqualTo(0.5m));
    }

    [TestCase("mức: Tốt = 2,5; Không = 0")]
    [TestCase("mức: Tốt = 2.5; Không = 0")]
    [TestCase("mức: Tốt → 2,5; Không → 0")]
    [TestCase("mức: Tốt -> 2.5; Không -> 0")]
    public void Parse_LevelsDecimalCommaOrPointAndAnyArrow_ReadSamePoints(string text)
    {
        Assert.That(Some.ParsedRule(text).PointsFor(2.5m, "Tốt"), Is.EqualTo(2.5m));
    }

    [TestCase("bậc [Tỷ lệ]: từ 99,5% trở lên = 1; dưới 99,5% = 0", 99.5, 1)]
    [TestCase("bậc [Tỷ lệ]: từ 99.5% trở lên = 1; dưới 99.5% = 0", 99.5, 1)]
    [TestCase("bậc [Tỷ lệ]: từ 99,5% trở lên = 1; dưới 99,5% = 0", 99.49, 0)]
    [TestCase("bậc [Tỷ lệ]: từ 99.5% trở lên = 1; dưới 99.5% = 0", 99.49, 0)]
    public void Parse_TierBoundsDecimalCommaOrPoint_ReadSameBound(string text, decimal percent, int expected)
    {
        Assert.That(Some.ParsedRule(text).Points(1m, percent), Is.EqualTo((decimal)expected));
    }

    [Test]
    public void Parse_BaseStepsDecimalComma_ReadsEveryNumber()
    {
        var rule = (BaseStepsRule)Some.ParsedRule("cơ bản [Tỷ lệ]: 2,5 đến 30,5%; +0,25 mỗi 2,5%; tối đa 7,5");

        Assert.That(new[] { rule.BasePoints, rule.Threshold, rule.Step, rule.Increment, rule.Cap!.Value },
            Is.EqualTo(new[] { 2.5m, 30.5m, 0.25m, 2.5m, 7.5m }));
    }

    [Test]
    public void Parse_RatioInputs_AreTwoCountsLabelledAsWritten()
    {
        var rule = Some.ParsedRule("tỷ lệ [Số hồ sơ đúng hạn] / [Số hồ sơ tiếp nhận]");

        Assert.That(rule.Inputs.Select(i => (i.Prompt.Label, i.Kind)), Is.EqualTo(new[]
        {
            ("Số hồ sơ đúng hạn", InputKind.Count), ("Số hồ sơ tiếp nhận", InputKind.Count),
        }));
    }

    [Test]
    public void Parse_SinglePercentInput_IsAPercentInput()
    {
        var rule = Some.ParsedRule("tỷ lệ [Tỷ lệ %]");

        Assert.That(rule.Inputs.Select(i => (i.Prompt.Label, i.Kind)), Is.EqualTo(new[] { ("Tỷ lệ %", InputKind.Percent) }));
    }

    [Test]
    public void Parse_Valid_KeepsTheTextAsWritten()
    {
        Assert.That(Some.ParsedRule("trừ [Số vi phạm] × 0,5").Text, Is.EqualTo("trừ [Số vi phạm] × 0,5"));
    }

    [TestCase("chấm theo cảm nhận")]
    [TestCase("điểm: 2")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void Parse_UnknownKeyword_FailsWithRU001(string? text)
    {
        var result = RuleParser.Parse(text);

        Assert.That(result, Has.Property(nameof(RuleParseResult.Rule)).Null.And.Property(nameof(RuleParseResult.ErrorCode)).EqualTo("RU001"));
    }

    [Test]
    public void Parse_UnknownKeyword_NamesTheTextAndTheKeywords()
    {
        var result = RuleParser.Parse("chấm theo cảm nhận");

        Assert.That(result.ErrorArgs, Is.EqualTo(new object[] { "chấm theo cảm nhận", RuleParser.KeywordList }));
    }

    [Test]
    public void Parse_TiersWithGap_FailsWithRU011NamingTheGapAndTheNextTier()
    {
        var result = RuleParser.Parse("bậc [Đúng hạn] / [Tiếp nhận]: 100% = 2; từ 90% đến dưới 100% = 1; dưới 80% = 0");

        Assert.That(result, Has.Property(nameof(RuleParseResult.ErrorCode)).EqualTo("RU011")
            .And.Property(nameof(RuleParseResult.ErrorArgs)).EqualTo(new object[] { "80%", "từ 90% đến dưới 100%" }));
    }

    [TestCase("bậc [Tỷ lệ]: từ 10% trở lên = 1; 100% = 2")]
    [TestCase("bậc [Tỷ lệ]: từ 10% đến 100% = 1; trên 100% = 2")]
    [TestCase("bậc [Tỷ lệ]: dưới 80% = 0; trên 80% = 1")]
    [TestCase("bậc [Tỷ lệ]: dưới 80% = 0; từ 80% đến dưới 100% = 1")]
    public void Parse_TiersNotCoveringZeroToHundred_FailsWithRU011(string text)
    {
        Assert.That(RuleParser.Parse(text).ErrorCode, Is.EqualTo("RU011"));
    }

    [TestCase("bậc [Đúng hạn] / [Tiếp nhận]: 100% = 2; từ 70% đến dưới 100% = 1; dưới 80% = 0")]
    [TestCase("bậc [Tỷ lệ]: từ 80% trở lên = 1; 100% = 2; dưới 80% = 0")]
    [TestCase("bậc [Tỷ lệ]: từ 0% đến 80% = 0; từ 80% trở lên = 1")]
    public void Parse_TiersOverlapping_FailsWithRU012(string text)
    {
        Assert.That(RuleParser.Parse(text).ErrorCode, Is.EqualTo("RU012"));
    }

    [Test]
    public void Parse_TiersOverlapping_NamesBothTiers()
    {
        var result = RuleParser.Parse("bậc [Tỷ lệ]: 100% = 2; từ 70% đến dưới 100% = 1; dưới 80% = 0");

        Assert.That(result.ErrorArgs, Is.EqualTo(new object[] { "dưới 80%", "từ 70% đến dưới 100%" }));
    }

    [TestCase("bậc: 100% = 2; từ 80% đến dưới 100% = 1; dưới 80% = 0")]
    [TestCase("bậc Đúng hạn / Tiếp nhận: 100% = 2; dưới 100% = 0")]
    [TestCase("bậc [A] / [B] / [C]: 100% = 2; dưới 100% = 0")]
    [TestCase("tỷ lệ")]
    [TestCase("tỷ lệ Số hồ sơ đúng hạn / Số hồ sơ tiếp nhận")]
    [TestCase("trừ × 0,5")]
    [TestCase("trừ [Số vi phạm]")]
    [TestCase("cộng [Số sáng kiến] × 0")]
    [TestCase("cơ bản: 3 đến 30%; +0,5 mỗi 5%; tối đa 8")]
    public void Parse_MissingBracketInput_FailsWithRU005(string text)
    {
        Assert.That(RuleParser.Parse(text).ErrorCode, Is.EqualTo("RU005"));
    }

    [Test]
    public void Parse_TierRangeUnreadable_FailsWithRU010()
    {
        Assert.That(RuleParser.Parse("bậc [Tỷ lệ]: khoảng 80% = 1; dưới 80% = 0").ErrorCode, Is.EqualTo("RU010"));
    }

    [Test]
    public void Parse_LevelListedTwice_FailsWithRU008()
    {
        Assert.That(RuleParser.Parse("mức: Tốt = 2; tốt = 1; Không = 0").ErrorCode, Is.EqualTo("RU008"));
    }

    [TestCase("mức: Tốt = 2")]
    [TestCase("bậc [Tỷ lệ]: từ 0% trở lên = 1")]
    [TestCase("khảo sát: A = 100%")]
    [TestCase("cơ bản [Tỷ lệ]: 3 đến 30%")]
    public void Parse_TooFewClauses_FailsWithRU009(string text)
    {
        Assert.That(RuleParser.Parse(text).ErrorCode, Is.EqualTo("RU009"));
    }

    [TestCase("khảo sát: A = 100%; B = 60%; vi phạm [Số vụ] → 0")]
    [TestCase("có/không; vi phạm [Số vụ] → 1")]
    [TestCase("khảo sát: A = 120%; B = 0%")]
    [TestCase("có/không: Có = 1")]
    public void Parse_ClauseNotAllowed_FailsWithRU007(string text)
    {
        Assert.That(RuleParser.Parse(text).ErrorCode, Is.EqualTo("RU007"));
    }

    [Test]
    public void Describe_HalfOpenBand_ReadsLikeTheFramework()
    {
        Assert.That(RuleParser.Describe(new Band(80m, true, 100m, false)), Is.EqualTo("từ 80% đến dưới 100%"));
    }
}
