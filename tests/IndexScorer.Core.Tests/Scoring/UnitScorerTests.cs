using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Scoring;
using IndexScorer.Text;

namespace IndexScorer.Core.Tests.Scoring;

public class UnitScorerTests
{
    /// <summary>
    /// Scale 10: field 1 (6) = 1.1 yes/no (2) + 1.2 on-time ratio (4, N/A policy as given); field 2 levels (4).
    /// Form rows: 1.1 → 5, 1.2 → 6, 2 → 7.
    /// </summary>
    private static UnitGroup Offices(string notApplicable = "Không") => new FrameworkBuilder()
        .Group("PHONG", g => g
            .Row("1", "6")
            .Row("1.1", "2", "có/không")
            .Row("1.2", "4", "tỷ lệ [Đúng hạn] / [Tiếp nhận]", notApplicable: notApplicable)
            .Row("2", "4", "mức: Tốt = 4; Khá = 2; Kém = 0"))
        .CompileGroup();

    private static Diagnostic Only(UnitGroup group, FormBuilder form, string code)
    {
        var (score, diagnostics) = Some.Scored(group, form.Build());
        Assert.That(score, Is.Null, "a form with errors must not be scored");
        return diagnostics.Items.Single(d => d.Code == code);
    }

    [Test]
    public void Score_Leaves_FieldPointsAreTheSumOfItsLeaves()
    {
        var group = Offices();
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "9", "10").Leaf("2", "Khá");

        var score = Some.ScoreOf(group, form.Build());

        Assert.That(score.Total(CriterionCode.Parse("1")).Points, Is.EqualTo(2m + 3.6m));
    }

    [Test]
    public void Score_Leaves_ScoredPointsAreTheSumOfTheFields()
    {
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "9", "10").Leaf("2", "Khá");

        var score = Some.ScoreOf(Offices(), form.Build());

        Assert.That(score.ScoredPoints, Is.EqualTo(7.6m));
    }

    [Test]
    public void Score_NoBonusNoPenalty_IndexIsPointsOverScale()
    {
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "9", "10").Leaf("2", "Khá");

        var score = Some.ScoreOf(Offices(), form.Build());

        Assert.That(score.IndexPercent, Is.EqualTo(76m));
    }

    [Test]
    public void Score_RatioOfThirds_IndexKeepsFullPrecision()
    {
        var form = new FormBuilder().Leaf("1.1", "Không").Leaf("1.2", "1", "3").Leaf("2", "Kém");

        var score = Some.ScoreOf(Offices(), form.Build());

        Assert.That(score.IndexPercent, Is.EqualTo(100m * (4m * (100m * 1m / 3m) / 100m) / 10m));
    }

    [Test]
    public void Score_BonusAndPenalty_TotalPointsIsScoredPlusBonusMinusPenalty()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "10", "tỷ lệ [Đúng hạn] / [Tiếp nhận]")
                .Row("T", "2", section: "Điểm thưởng")
                .Row("T.1", "2", "cộng [Số sáng kiến] × 0,25")
                .Row("D", "3", section: "Điểm trừ")
                .Row("D.1", "3", "cộng [Số vụ việc] × 0,5"))
            .CompileGroup();
        var form = new FormBuilder().Leaf("1", "2", "3").Leaf("T.1", "3").Leaf("D.1", "1");

        var score = Some.ScoreOf(group, form.Build());

        Assert.That(new[] { score.ScoredPoints, score.Bonus, score.Penalty, score.TotalPoints },
            Is.EqualTo(new[] { 10m * (100m * 2m / 3m) / 100m, 0.75m, 0.5m, 10m * (100m * 2m / 3m) / 100m + 0.75m - 0.5m }));
    }

    [Test]
    public void Score_BonusAndPenalty_IndexCountsBoth()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "10", "mức: Đạt = 8; Không đạt = 0")
                .Row("T", "2", section: "Điểm thưởng")
                .Row("T.1", "2", "cộng [Số sáng kiến] × 0,25")
                .Row("D", "3", section: "Điểm trừ")
                .Row("D.1", "3", "cộng [Số vụ việc] × 0,5"))
            .CompileGroup();
        var form = new FormBuilder().Leaf("1", "Đạt").Leaf("T.1", "3").Leaf("D.1", "1");

        var score = Some.ScoreOf(group, form.Build());

        Assert.That(score.IndexPercent, Is.EqualTo(82.5m));
    }

    [Test]
    public void Score_BonusItemsAboveSectionCap_BonusIsCapped()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "10", "có/không")
                .Row("T", "1", section: "Điểm thưởng")
                .Row("T.1", "1", "cộng [Số sáng kiến] × 0,5")
                .Row("T.2", "1", "có/không"))
            .CompileGroup();
        var form = new FormBuilder().Leaf("1", "Có").Leaf("T.1", "2").Leaf("T.2", "Có");

        var score = Some.ScoreOf(group, form.Build());

        Assert.That(score.Bonus, Is.EqualTo(1m));
    }

    [Test]
    public void Score_BlankBonusItems_CountAsNone()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "10", "có/không")
                .Row("T", "1", section: "Điểm thưởng")
                .Row("T.1", "1", "cộng [Số sáng kiến] × 0,5")
                .Row("T.2", "1", "có/không"))
            .CompileGroup();
        var form = new FormBuilder().Leaf("1", "Có").Leaf("T.1", "").Leaf("T.2", "");

        var score = Some.ScoreOf(group, form.Build());

        Assert.That(score.Bonus, Is.Zero);
    }

    [Test]
    public void Score_BonusItemsAboveSectionCap_SectionTotalKeepsTheUncappedSum()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "10", "có/không")
                .Row("T", "1", section: "Điểm thưởng")
                .Row("T.1", "1", "cộng [Số sáng kiến] × 0,5")
                .Row("T.2", "1", "có/không"))
            .CompileGroup();
        var form = new FormBuilder().Leaf("1", "Có").Leaf("T.1", "2").Leaf("T.2", "Có");

        var score = Some.ScoreOf(group, form.Build());

        Assert.That(score.Total(CriterionCode.Parse("T")).Points, Is.EqualTo(2m));
    }

    [Test]
    public void Score_PenaltyItemsAboveSectionCap_PenaltyIsCapped()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "10", "có/không")
                .Row("D", "1,5", section: "Điểm trừ")
                .Row("D.1", "1", "cộng [Số vụ việc] × 0,5")
                .Row("D.2", "1", "có/không"))
            .CompileGroup();
        var form = new FormBuilder().Leaf("1", "Có").Leaf("D.1", "4").Leaf("D.2", "Có");

        var score = Some.ScoreOf(group, form.Build());

        Assert.That(new[] { score.Penalty, score.TotalPoints, score.IndexPercent }, Is.EqualTo(new[] { 1.5m, 8.5m, 85m }));
    }

    [Test]
    public void Score_MarkedNotApplicableWithFullPoints_LeafGetsItsMaximum()
    {
        var form = new FormBuilder().Leaf("1.1", "Có").NotApplicable("1.2").Leaf("2", "Khá");

        var leaf = Some.ScoreOf(Offices("Đủ điểm"), form.Build()).Leaves[1];

        Assert.That(leaf, Has.Property(nameof(LeafScore.FinalPoints)).EqualTo(4m)
            .And.Property(nameof(LeafScore.MaxInUse)).EqualTo(4m)
            .And.Property(nameof(LeafScore.NotApplicable)).True);
    }

    [Test]
    public void Score_MarkedNotApplicableWithFullPoints_IndexCountsFullPoints()
    {
        var form = new FormBuilder().Leaf("1.1", "Có").NotApplicable("1.2").Leaf("2", "Khá");

        var score = Some.ScoreOf(Offices("Đủ điểm"), form.Build());

        Assert.That(score.IndexPercent, Is.EqualTo(80m));
    }

    [Test]
    public void Score_RatioOverZeroCasesWithFullPoints_LeafGetsItsMaximum()
    {
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "0", "0").Leaf("2", "Khá");

        var score = Some.ScoreOf(Offices("Đủ điểm"), form.Build());

        Assert.That(score.Leaves[1], Has.Property(nameof(LeafScore.FinalPoints)).EqualTo(4m)
            .And.Property(nameof(LeafScore.NotApplicable)).True
            .And.Property(nameof(LeafScore.SelfPoints)).Null);
    }

    [Test]
    public void Score_MarkedNotApplicableWithExcluded_LeafLeavesTheMaximum()
    {
        var form = new FormBuilder().Leaf("1.1", "Có").NotApplicable("1.2").Leaf("2", "Khá");

        var score = Some.ScoreOf(Offices("Loại trừ"), form.Build());

        Assert.That(new[] { score.Leaves[1].FinalPoints, score.Leaves[1].MaxInUse, score.MaxInUse, score.Total(CriterionCode.Parse("1")).MaxInUse },
            Is.EqualTo(new[] { 0m, 0m, 6m, 2m }));
    }

    [Test]
    public void Score_MarkedNotApplicableWithExcluded_IndexIsRescaledOverTheRest()
    {
        var form = new FormBuilder().Leaf("1.1", "Có").NotApplicable("1.2").Leaf("2", "Khá");

        var score = Some.ScoreOf(Offices("Loại trừ"), form.Build());

        Assert.That(score.IndexPercent, Is.EqualTo(100m * 4m / 6m));
    }

    [Test]
    public void Score_RatioOverZeroCasesWithExcluded_IndexIsRescaledOverTheRest()
    {
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "0", "0").Leaf("2", "Tốt");

        var score = Some.ScoreOf(Offices("Loại trừ"), form.Build());

        Assert.That(score.IndexPercent, Is.EqualTo(100m));
    }

    [Test]
    public void Score_MarkedNotApplicableWhenNotAllowed_ReportsSC003AtTheMark()
    {
        var form = new FormBuilder().Leaf("1.1", "Có").NotApplicable("1.2").Leaf("2", "Khá");

        var diagnostic = Only(Offices("Không"), form, "SC003");

        Assert.That(diagnostic, Has.Property(nameof(Diagnostic.Location)).EqualTo(FormBuilder.Cell("H6"))
            .And.Property(nameof(Diagnostic.Severity)).EqualTo(Severity.Error));
    }

    [Test]
    public void Score_RatioOverZeroCasesWhenNotAllowed_ReportsSC005()
    {
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "0", "0").Leaf("2", "Khá");

        Assert.That(Only(Offices("Không"), form, "SC005").Location, Is.EqualTo(FormBuilder.Cell("F6")));
    }

    [Test]
    public void Score_RatioOverZeroCasesWithViolationOverride_ReportsSC005AtTheDenominator()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "2", "tỷ lệ [Đúng hạn] / [Tiếp nhận]; vi phạm [Số vụ] → 0"))
            .CompileGroup();
        var form = new FormBuilder().Leaf("1", "0", "0", "");

        Assert.That(Only(group, form, "SC005").Show(), Has.Property(nameof(ShownDiagnostic.Location)).EqualTo(FormBuilder.Cell("F5"))
            .And.Property(nameof(ShownDiagnostic.Message)).Contains("'Tiếp nhận'"));
    }

    [TestCase("Có", "", "", 2)]
    [TestCase("Có", "1", "", 1)]
    [TestCase("Có", "1", "1,5", 1.5)]
    [TestCase("Có", "", "0,5", 0.5)]
    [TestCase("Không", "", "", 0)]
    [TestCase("Không", "2", "", 2)]
    [TestCase("Có", "0", "", 0)]
    public void Score_AppraisalRounds_FinalIsRound2ElseRound1ElseSelf(string self, string round1, string round2, decimal expected)
    {
        var form = new FormBuilder().Entry("1.1", [self], appraisal1: round1, appraisal2: round2).Leaf("1.2", "1", "1").Leaf("2", "Tốt");

        var leaf = Some.ScoreOf(Offices(), form.Build()).Leaves[0];

        Assert.That(leaf.FinalPoints, Is.EqualTo(expected));
    }

    [Test]
    public void Score_Appraised_KeepsTheSelfScore()
    {
        var form = new FormBuilder().Entry("1.1", ["Có"], appraisal1: "1").Leaf("1.2", "1", "1").Leaf("2", "Tốt");

        var leaf = Some.ScoreOf(Offices(), form.Build()).Leaves[0];

        Assert.That(new[] { leaf.SelfPoints, leaf.Appraisal1, leaf.Appraisal2 }, Is.EqualTo(new decimal?[] { 2m, 1m, null }));
    }

    [TestCase("3", "3")]
    [TestCase("2,01", "2,01")]
    [TestCase("-1", "-1")]
    public void Score_AppraisalOutsideZeroToMaximum_ReportsSC011AtTheAppraisalCell(string appraisal, string shown)
    {
        var form = new FormBuilder().Entry("1.1", ["Có"], appraisal1: appraisal).Leaf("1.2", "1", "1").Leaf("2", "Tốt");

        var diagnostic = Only(Offices(), form, "SC011");

        Assert.That(diagnostic.Show(), Has.Property(nameof(ShownDiagnostic.Location)).EqualTo(FormBuilder.Cell("K5"))
            .And.Property(nameof(ShownDiagnostic.Message)).EqualTo($"điểm {shown} vượt điểm tối đa 2 của tiêu chí 1.1 (hoặc là số âm); cần từ 0 đến 2"));
    }

    [Test]
    public void Score_Round2AppraisalAboveMaximum_ReportsSC011AtTheRound2Cell()
    {
        var form = new FormBuilder().Entry("1.1", ["Có"], appraisal1: "1", appraisal2: "5").Leaf("1.2", "1", "1").Leaf("2", "Tốt");

        Assert.That(Only(Offices(), form, "SC011").Location, Is.EqualTo(FormBuilder.Cell("N5")));
    }

    [Test]
    public void Score_AppraisalNotANumber_ReportsSC010()
    {
        var form = new FormBuilder().Entry("1.1", ["Có"], appraisal1: "một").Leaf("1.2", "1", "1").Leaf("2", "Tốt");

        Assert.That(Only(Offices(), form, "SC010").Location, Is.EqualTo(FormBuilder.Cell("K5")));
    }

    [Test]
    public void Score_ChildrenWeighted_ParentAttainmentIsTheWeightedMean()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "10")
                .Row("1.1", "2", "có/không", weight: "1")
                .Row("1.2", "8", "có/không", weight: "1"))
            .CompileGroup();
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "Không");

        var score = Some.ScoreOf(group, form.Build());

        Assert.That(score.IndexPercent, Is.EqualTo(50m));
    }

    [Test]
    public void Score_FieldsAndChildrenWeighted_WeightedFieldsAddUpToThePointsOfTheIndex()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "10", weight: "3")
                .Row("1.1", "2", "có/không", weight: "1")
                .Row("1.2", "8", "có/không", weight: "2")
                .Row("2", "90", weight: "1")
                .Row("2.1", "90", "tỷ lệ [Đạt] / [Tổng]"))
            .CompileGroup();
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "Không").Leaf("2.1", "2", "3");

        var score = Some.ScoreOf(group, form.Build());

        // Field 1 attains 1/3 (weights 1:2), field 2 attains 2/3; weighted 3:1 over a scale of 100.
        var expected = new[] { 100m * (3m * (1m / 3m)) / 4m, 100m * (1m * (60m / 90m)) / 4m };
        Assert.That(score.WeightedFields, Is.EqualTo(expected));
        Assert.That(score.ScoredPoints, Is.EqualTo(2m + 60m), "the plain points stay the sum of the fields' points");
        Assert.That(100m * score.WeightedFields!.Sum() / score.MaxInUse, Is.EqualTo(score.IndexPercent).Within(1e-20m));
    }

    [Test]
    public void Score_NoWeights_NoWeightedFields()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g.Row("1", "10").Row("1.1", "10", "có/không")).CompileGroup();

        var score = Some.ScoreOf(group, new FormBuilder().Leaf("1.1", "Có").Build());

        Assert.That(score.WeightedFields, Is.Null);
    }

    [Test]
    public void Score_ChildrenWithoutWeights_WeighByTheirMaxima()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "10")
                .Row("1.1", "2", "có/không")
                .Row("1.2", "8", "có/không"))
            .CompileGroup();
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "Không");

        var score = Some.ScoreOf(group, form.Build());

        Assert.That(score.IndexPercent, Is.EqualTo(20m));
    }

    [Test]
    public void Score_UnequalWeights_IndexFollowsTheWeights()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "10")
                .Row("1.1", "2", "có/không", weight: "1")
                .Row("1.2", "5", "tỷ lệ [Đạt] / [Tổng]", weight: "3")
                .Row("1.3", "3", "có/không", weight: "2"))
            .CompileGroup();
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "1", "3").Leaf("1.3", "Không");

        var score = Some.ScoreOf(group, form.Build());

        var attainment = (1m * 1m + 3m * (5m * (100m * 1m / 3m) / 100m) / 5m + 2m * 0m) / 6m;
        Assert.That(score.IndexPercent, Is.EqualTo(100m * (attainment * 10m) / 10m));
    }

    [Test]
    public void Score_ChildrenWeighted_NodeTotalStaysThePlainSumOfPoints()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "10")
                .Row("1.1", "2", "có/không", weight: "1")
                .Row("1.2", "8", "có/không", weight: "1"))
            .CompileGroup();
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "Không");

        var score = Some.ScoreOf(group, form.Build());

        Assert.That(score.Total(CriterionCode.Parse("1")).Points, Is.EqualTo(2m));
    }

    [Test]
    public void Score_WeightedChildExcluded_WeighsOnlyTheRest()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "10")
                .Row("1.1", "2", "có/không", weight: "1")
                .Row("1.2", "4", "có/không", weight: "1")
                .Row("1.3", "4", "tỷ lệ [Đạt] / [Tổng]", weight: "2", notApplicable: "Loại trừ"))
            .CompileGroup();
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "Không").Leaf("1.3", "0", "0");

        var score = Some.ScoreOf(group, form.Build());

        Assert.That(score.IndexPercent, Is.EqualTo(50m));
    }

    /// <summary>Scale 10: field 1 levels (7), field 2 survey (3), survey optional.</summary>
    private static UnitGroup WardsWithOptionalSurvey() => new FrameworkBuilder()
        .Group("PHUONG", g => g
            .Survey("Không bắt buộc")
            .Row("1", "7", "mức: Tốt = 7; Đạt = 3,5; Không = 0")
            .Row("2", "3", "khảo sát: A = 100%; B = 60%; C = 20%; D = 0%", source: "ĐTXHH"))
        .CompileGroup("PHUONG");

    [Test]
    public void Score_SurveyNotInUse_IndexIsRescaledOverTheNonSurveyMaximum()
    {
        var form = new FormBuilder(Some.Unit(group: "PHUONG")).Leaf("1", "Đạt");

        var score = Some.ScoreOf(WardsWithOptionalSurvey(), form.Build(), survey: null);

        Assert.That(new[] { score.MaxInUse, score.IndexPercent }, Is.EqualTo(new[] { 7m, 50m }));
    }

    [Test]
    public void Score_SurveyInUse_SurveyPointsCount()
    {
        var form = new FormBuilder(Some.Unit(group: "PHUONG")).Leaf("1", "Đạt");
        var survey = new Dictionary<string, IReadOnlyDictionary<string, decimal>>
        {
            ["2"] = new Dictionary<string, decimal> { ["A"] = 1, ["B"] = 1, ["C"] = 1, ["D"] = 1 },
        };

        var score = Some.ScoreOf(WardsWithOptionalSurvey(), form.Build(), survey);

        Assert.That(new[] { score.MaxInUse, score.IndexPercent }, Is.EqualTo(new[] { 10m, 100m * (3.5m + 1.35m) / 10m }));
    }

    [Test]
    public void Score_SurveyInUseButNoAnswersForTheUnit_ReportsSC002()
    {
        var form = new FormBuilder(Some.Unit(group: "PHUONG")).Leaf("1", "Đạt");
        var (score, diagnostics) = Some.Scored(WardsWithOptionalSurvey(), form.Build(), new Dictionary<string, IReadOnlyDictionary<string, decimal>>());

        Assert.That(score, Is.Null);
        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { "SC002" }));
    }

    [Test]
    public void Score_PointsWithDecimalComma_AreRead()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g.Row("1", "2", "nhập điểm")).CompileGroup();

        var score = Some.ScoreOf(group, new FormBuilder().Leaf("1", "1,5").Build());

        Assert.That(score.Leaves[0].SelfPoints, Is.EqualTo(1.5m));
    }

    [TestCase(" 98% ")]
    [TestCase("98")]
    [TestCase("98,0")]
    public void Score_PercentWithSpacesOrPercentSign_IsRead(string typed)
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g.Row("1", "2", "tỷ lệ [Tỷ lệ %]")).CompileGroup();

        var score = Some.ScoreOf(group, new FormBuilder().Leaf("1", typed).Build());

        Assert.That(score.Leaves[0].SelfPoints, Is.EqualTo(1.96m));
    }

    [TestCase("7999", "10000", 0)]
    [TestCase("8", "10", 1)]
    [TestCase("9999", "10000", 1)]
    [TestCase(" 10 ", "10", 2)]
    public void Score_CountsTypedAsText_AreRecomputedIntoTiers(string onTime, string received, decimal expected)
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "2", "bậc [Đúng hạn] / [Tiếp nhận]: 100% = 2; từ 80% đến dưới 100% = 1; dưới 80% = 0"))
            .CompileGroup();

        var score = Some.ScoreOf(group, new FormBuilder().Leaf("1", onTime, received).Build());

        Assert.That(score.Leaves[0].FinalPoints, Is.EqualTo(expected));
    }

    [TestCase("co")]
    [TestCase("CÓ")]
    [TestCase("x")]
    [TestCase("Đã")]
    [TestCase("Yes")]
    public void Score_YesTypedLoosely_IsRead(string typed)
    {
        var form = new FormBuilder().Leaf("1.1", typed).Leaf("1.2", "1", "1").Leaf("2", "Tốt");

        Assert.That(Some.ScoreOf(Offices(), form.Build()).Leaves[0].SelfPoints, Is.EqualTo(2m));
    }

    [TestCase("kha")]
    [TestCase(" KHÁ ")]
    public void Score_LevelTypedWithoutDiacriticsOrCase_IsRead(string typed)
    {
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "1", "1").Leaf("2", typed);

        Assert.That(Some.ScoreOf(Offices(), form.Build()).Leaves[2].SelfPoints, Is.EqualTo(2m));
    }

    [Test]
    public void Score_NegativeCount_ReportsSC015AtTheInputCell()
    {
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "-1", "10").Leaf("2", "Tốt");

        Assert.That(Only(Offices(), form, "SC015").Show(), Has.Property(nameof(ShownDiagnostic.Location)).EqualTo(FormBuilder.Cell("E6"))
            .And.Property(nameof(ShownDiagnostic.Message)).EqualTo("tiêu chí 1.2: 'Đúng hạn' không được âm; tìm thấy -1"));
    }

    [TestCase("2,5")]
    [TestCase("9.5")]
    [TestCase("9%")]
    public void Score_NonIntegerCount_ReportsSC016(string typed)
    {
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", typed, "10").Leaf("2", "Tốt");

        Assert.That(Only(Offices(), form, "SC016").Location, Is.EqualTo(FormBuilder.Cell("E6")));
    }

    [TestCase("#DIV/0!")]
    [TestCase("#VALUE!")]
    [TestCase("mười")]
    [TestCase("1.2.3")]
    public void Score_InputNotANumber_ReportsSC014(string typed)
    {
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "9", typed).Leaf("2", "Tốt");

        Assert.That(Only(Offices(), form, "SC014").Show(), Has.Property(nameof(ShownDiagnostic.Location)).EqualTo(FormBuilder.Cell("F6"))
            .And.Property(nameof(ShownDiagnostic.Message)).EqualTo($"tiêu chí 1.2: 'Tiếp nhận' phải là số; tìm thấy '{typed}'"));
    }

    [Test]
    public void Score_PercentAboveHundred_ReportsSC017()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g.Row("1", "2", "tỷ lệ [Tỷ lệ %]")).CompileGroup();
        var form = new FormBuilder().Leaf("1", "101");

        Assert.That(Only(group, form, "SC017").Location, Is.EqualTo(FormBuilder.Cell("E5")));
    }

    [Test]
    public void Score_ManualPointsAboveMaximum_ReportsSC011()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g.Row("1", "2", "nhập điểm")).CompileGroup();
        var form = new FormBuilder().Leaf("1", "2,5");

        Assert.That(Only(group, form, "SC011").Location, Is.EqualTo(FormBuilder.Cell("E5")));
    }

    [Test]
    public void Score_NumeratorAboveDenominator_ReportsSC004()
    {
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "11", "10").Leaf("2", "Tốt");

        Assert.That(Only(Offices(), form, "SC004").Show().Message, Is.EqualTo(
            "tiêu chí 1.2: 'Đúng hạn' (11) lớn hơn 'Tiếp nhận' (10); tử số không được vượt mẫu số"));
    }

    [Test]
    public void Score_InputBlank_ReportsSC012()
    {
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "9", "").Leaf("2", "Tốt");

        Assert.That(Only(Offices(), form, "SC012").Location, Is.EqualTo(FormBuilder.Cell("F6")));
    }

    [TestCase(Language.Vietnamese, "tiêu chí 1.1: chưa nhập 'Đã thực hiện?'; hãy nhập số liệu hoặc đánh dấu không phát sinh")]
    [TestCase(Language.English, "criterion 1.1: 'Done?' is empty; enter it or mark the criterion not applicable")]
    public void Score_BuiltInInputBlank_ReportsSC012NamingThePromptInTheReadersLanguage(Language language, string expected)
    {
        var form = new FormBuilder().Leaf("1.1", "").Leaf("1.2", "9", "10").Leaf("2", "Tốt");

        Assert.That(Only(Offices(), form, "SC012").Show(language).Message, Is.EqualTo(expected));
    }

    [Test]
    public void Score_UnknownLevel_ReportsSC013()
    {
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("1.2", "9", "10").Leaf("2", "Xuất sắc");

        Assert.That(Only(Offices(), form, "SC013").Show().Message, Is.EqualTo("tiêu chí 2: cần chọn một trong Tốt / Khá / Kém; tìm thấy 'Xuất sắc'"));
    }

    [TestCase(Language.Vietnamese, "tiêu chí 1.1: cần chọn một trong Có / Không; tìm thấy 'chắc có'")]
    [TestCase(Language.English, "criterion 1.1: expected one of Yes / No; found 'chắc có'")]
    public void Score_YesNoAnsweredOtherwise_ReportsSC013WithTheItemsOfTheReadersLanguage(Language language, string expected)
    {
        var form = new FormBuilder().Leaf("1.1", "chắc có").Leaf("1.2", "9", "10").Leaf("2", "Tốt");

        Assert.That(Only(Offices(), form, "SC013").Show(language).Message, Is.EqualTo(expected));
    }

    [TestCase("Not applicable")]
    [TestCase("không phát sinh")]
    [TestCase("N/A")]
    public void Score_NotApplicableMarkOfEitherLanguage_IsRead(string mark)
    {
        var form = new FormBuilder().Leaf("1.1", "Có").Entry("1.2", [], evidence: "", notApplicable: mark).Leaf("2", "Khá");

        Assert.That(Some.ScoreOf(Offices("Đủ điểm"), form.Build()).Leaves[1].NotApplicable, Is.True);
    }

    [TestCase(Language.Vietnamese, "tiêu chí 1.2: cột Không phát sinh chỉ nhận 'Không phát sinh' (hoặc để trống); tìm thấy 'có'")]
    [TestCase(Language.English, "criterion 1.2: the N/A column takes only 'Not applicable' (or blank); found 'có'")]
    public void Score_NotApplicableColumnHoldsAnotherWord_ReportsSC018WithTheMarkOfTheReadersLanguage(Language language, string expected)
    {
        var form = new FormBuilder().Leaf("1.1", "Có").Entry("1.2", ["9", "10"], notApplicable: "có").Leaf("2", "Khá");

        Assert.That(Only(Offices("Đủ điểm"), form, "SC018").Show(language).Message, Is.EqualTo(expected));
    }

    [Test]
    public void Score_SelfScoreWithoutEvidence_ReportsSC006AtTheEvidenceCell()
    {
        var form = new FormBuilder().Entry("1.1", ["Có"], evidence: "").Leaf("1.2", "9", "10").Leaf("2", "Tốt");

        var diagnostic = Only(Offices(), form, "SC006");

        Assert.That(diagnostic.Show(), Has.Property(nameof(ShownDiagnostic.Location)).EqualTo(FormBuilder.Cell("I5"))
            .And.Property(nameof(ShownDiagnostic.Message)).EqualTo("tiêu chí 1.1 có điểm tự chấm nhưng chưa ghi tài liệu kiểm chứng; hãy ghi số, ký hiệu văn bản"));
    }

    [Test]
    public void Score_ZeroSelfScoreWithoutEvidence_IsAccepted()
    {
        var form = new FormBuilder().Entry("1.1", ["Không"], evidence: "").Leaf("1.2", "9", "10").Leaf("2", "Tốt");

        var (score, diagnostics) = Some.Scored(Offices(), form.Build());

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(score, Is.Not.Null);
    }

    [Test]
    public void Score_EvidenceNotRequired_SelfScoreWithoutEvidenceIsAccepted()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g.Row("1", "2", "có/không", evidenceRequired: "Không")).CompileGroup();

        var (_, diagnostics) = Some.Scored(group, new FormBuilder().Entry("1", ["Có"], evidence: "").Build());

        Assert.That(diagnostics.Items, Is.Empty);
    }

    [Test]
    public void Score_ViolationCountLeftBlank_MeansNoViolation()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g.Row("1", "2", "có/không; vi phạm [Số vụ] → 0")).CompileGroup();

        var score = Some.ScoreOf(group, new FormBuilder().Leaf("1", "Có", "").Build());

        Assert.That(score.Leaves[0].FinalPoints, Is.EqualTo(2m));
    }

    [Test]
    public void Score_ViolationCountAboveZero_LeafScoresZero()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g.Row("1", "2", "có/không; vi phạm [Số vụ] → 0")).CompileGroup();

        var score = Some.ScoreOf(group, new FormBuilder().Leaf("1", "Có", "1").Build());

        Assert.That(score.Leaves[0].FinalPoints, Is.EqualTo(0m));
    }

    [Test]
    public void Score_LeafMissingFromTheForm_ReportsSC001()
    {
        var form = new FormBuilder().Leaf("1.1", "Có").Leaf("2", "Tốt");

        Assert.That(Only(Offices(), form, "SC001").Show().Message, Does.Contain("1.2"));
    }

    [Test]
    public void Score_SeveralBadCells_ReportsEveryOneInOneRound()
    {
        var form = new FormBuilder().Entry("1.1", ["Có"], evidence: "", appraisal1: "9").Leaf("1.2", "-3", "#DIV/0!").Leaf("2", "Xuất sắc");

        var (score, diagnostics) = Some.Scored(Offices(), form.Build());

        Assert.That(score, Is.Null);
        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EquivalentTo(new[] { "SC006", "SC011", "SC015", "SC014", "SC013" }));
    }
}
