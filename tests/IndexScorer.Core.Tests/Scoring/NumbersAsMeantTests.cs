using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Text;

namespace IndexScorer.Core.Tests.Scoring;

/// <summary>Issue 10: every number typed into a form is read as the person meant it, or refused with both readings.</summary>
public class NumbersAsMeantTests
{
    private static UnitGroup OnTime() => new FrameworkBuilder()
        .Group("PHONG", g => g.Row("1", "2", "bậc [Đúng hạn] / [Tiếp nhận]: 100% = 2; từ 80% đến dưới 100% = 1; dưới 80% = 0"))
        .CompileGroup();

    /// <summary>Revenue against its estimate (amounts, may exceed 100 %): tiers as the ward frameworks write them.</summary>
    private static UnitGroup Revenue() => new FrameworkBuilder()
        .Group("PHONG", g => g.Row("1", "4", "bậc [Số thu thực hiện] so với [Dự toán thu được giao]: từ 100% trở lên = 4; từ 90% đến dưới 100% = 2; dưới 90% = 0"))
        .CompileGroup();

    private static UnitGroup Trained(string rule) => new FrameworkBuilder().Group("PHONG", g => g.Row("1", "3", rule)).CompileGroup();

    private static Diagnostic Only(UnitGroup group, FormBuilder form, string code)
    {
        var (score, diagnostics) = Some.Scored(group, form.Build());
        Assert.That(score, Is.Null, "a form with errors must not be scored");
        return diagnostics.Items.Single(d => d.Code == code);
    }

    [TestCase("1.800", "2.000", 1, TestName = "Score_CountsWithVietnameseThousands_ReadAsThousands")]
    [TestCase("1,800", "2,000", 1, TestName = "Score_CountsWithInternationalThousands_ReadAsThousands")]
    [TestCase("1 999", "2 000", 1, TestName = "Score_CountsWithThousandsSpaces_ReadAsThousands")]
    [TestCase("2.000", "2000", 2, TestName = "Score_CountWithThousandsAgainstPlain_SameNumber")]
    public void Score_CountsTypedWithThousandsSeparators_ReadAsThousands(string onTime, string received, decimal expected)
    {
        var score = Some.ScoreOf(OnTime(), new FormBuilder().Leaf("1", onTime, received).Build());

        Assert.That(score.Leaves[0].FinalPoints, Is.EqualTo(expected));
    }

    [TestCase(Language.Vietnamese, "tiêu chí 1: 'Số thu thực hiện' ghi '4.825', không rõ là 4,825 hay 4825")]
    [TestCase(Language.English, "criterion 1: 'Số thu thực hiện' reads '4.825', which could be 4.825 or 4825")]
    public void Score_AmountWithLoneSeparatorBeforeThreeDigits_ReportsSC020WithBothReadings(Language language, string expected)
    {
        var diagnostic = Only(Revenue(), new FormBuilder().Leaf("1", "4.825", "4800"), "SC020");

        Assert.That(diagnostic.Location, Is.EqualTo(FormBuilder.Cell("E5")));
        Assert.That(diagnostic.Show(language).Message, Does.StartWith(expected));
    }

    [Test]
    public void Score_PercentWithLoneSeparatorBeforeThreeDigits_ReportsSC020()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g.Row("1", "2", "tỷ lệ [Tỷ lệ %]")).CompileGroup();

        Assert.That(Only(group, new FormBuilder().Leaf("1", "87.500"), "SC020").Location, Is.EqualTo(FormBuilder.Cell("E5")));
    }

    [TestCase("5200", "4800", 4, TestName = "Score_RevenueOverItsEstimate_TopTier")]
    [TestCase("4.825,5", "4800", 4, TestName = "Score_RevenueAmountsInVietnameseNotation_TopTier")]
    [TestCase("4,825.5", "4800", 4, TestName = "Score_RevenueAmountsInInternationalNotation_TopTier")]
    [TestCase("4825,5", "4800", 4, TestName = "Score_RevenueAmountWithDecimalComma_TopTier")]
    [TestCase("4500", "4800", 2, TestName = "Score_RevenueUnderItsEstimate_MiddleTier")]
    [TestCase("4000", "4800", 0, TestName = "Score_RevenueFarUnderItsEstimate_LowestTier")]
    public void Score_AchievementAgainstTarget_MayExceedHundredPercent(string achieved, string target, decimal expected)
    {
        var (score, diagnostics) = Some.Scored(Revenue(), new FormBuilder().Leaf("1", achieved, target).Build());

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(score!.Leaves[0].FinalPoints, Is.EqualTo(expected));
    }

    [Test]
    public void Score_ProportionalAchievementOverTarget_CappedAtTheMaximum()
    {
        var group = Trained("tỷ lệ [Số lượt được bồi dưỡng] so với [Số lượt theo kế hoạch]");

        var score = Some.ScoreOf(group, new FormBuilder().Leaf("1", "14", "12").Build());

        Assert.That(score.Leaves[0].FinalPoints, Is.EqualTo(3m));
    }

    [Test]
    public void Score_ProportionalAchievementUnderTarget_ShareOfTheMaximum()
    {
        var group = Trained("ratio [Trained] against [Planned]");

        var score = Some.ScoreOf(group, new FormBuilder().Leaf("1", "9", "12").Build());

        Assert.That(score.Leaves[0].FinalPoints, Is.EqualTo(2.25m));
    }

    [Test]
    public void Score_BaseStepsAchievementFarOverTarget_CappedAtTheMaximum()
    {
        var group = Trained("cơ bản [Số thu] so với [Dự toán]: 1 đến 100%; +0,5 mỗi 5%");

        var score = Some.ScoreOf(group, new FormBuilder().Leaf("1", "300", "100").Build());

        Assert.That(score.Leaves[0].FinalPoints, Is.EqualTo(3m));
    }

    [Test]
    public void Score_PartOfWholeOverItsWhole_StillRefusedWithSC004()
    {
        Assert.That(Only(OnTime(), new FormBuilder().Leaf("1", "14", "12"), "SC004").Location, Is.EqualTo(FormBuilder.Cell("E5")));
    }

    [Test]
    public void Score_PartOfWholeWithDecimalCount_StillRefusedWithSC016()
    {
        Assert.That(Only(OnTime(), new FormBuilder().Leaf("1", "10,5", "12"), "SC016").Location, Is.EqualTo(FormBuilder.Cell("E5")));
    }

    [Test]
    public void Score_NegativeAmount_ReportsSC015()
    {
        Assert.That(Only(Revenue(), new FormBuilder().Leaf("1", "-5", "4800"), "SC015").Location, Is.EqualTo(FormBuilder.Cell("E5")));
    }

    [Test]
    public void Score_AmountTypedWithPercent_ReportsSC021()
    {
        Assert.That(Only(Revenue(), new FormBuilder().Leaf("1", "105%", "4800"), "SC021").Show(Language.English).Message, Is.EqualTo(
            "criterion 1: 'Số thu thực hiện' is an amount (money, a quantity), not a percentage; found '105%'; type the figure without %"));
    }

    [Test]
    public void Score_AppraisalWithLoneSeparatorBeforeThreeDigits_ReportsSC022WithBothReadings()
    {
        var form = new FormBuilder().Entry("1", ["10", "10"], appraisal1: "1.500");

        Assert.That(Only(OnTime(), form, "SC022").Show(Language.English).Message, Does.StartWith(
            "the appraised score of 1 reads '1.500', which could be 1.5 or 1500"));
    }

    [Test]
    public void Score_AppraisalWithTwoDecimalsOrFewer_Read()
    {
        var form = new FormBuilder().Entry("1", ["10", "10"], appraisal1: "1.5");

        Assert.That(Some.ScoreOf(OnTime(), form.Build()).Leaves[0].FinalPoints, Is.EqualTo(1.5m));
    }

    [Test]
    public void Score_TargetZero_NotApplicableLikeAnyRatio()
    {
        var (_, diagnostics) = Some.Scored(Revenue(), new FormBuilder().Leaf("1", "0", "0").Build());

        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { "SC005" }));
    }
}
