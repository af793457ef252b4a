using IndexScorer.Analysis;
using IndexScorer.Diagnostics;
using IndexScorer.Results;
using static IndexScorer.Core.Tests.Analysis.Simulated;
using static IndexScorer.Core.Tests.Years;

namespace IndexScorer.Core.Tests.Analysis;

/// <summary>The deterministic tables of the analysis: statistics, coherence, sensitivity, targets, agreement, near ties.</summary>
public class AnalysisTablesTests
{
    private static readonly CriterionSummary[] Tree =
        [Field("1", 6), Leaf("1.1", 2), Leaf("1.2", 4), Field("2", 4), Leaf("2.1", 2), Leaf("2.2", 2)];

    /// <summary>Four offices on a 10-point scale; the index is computed from the points.</summary>
    private static ScoredGroup Offices() => Group(Tree,
        Unit("A", 1, 90m, Tree, ("1.1", 2), ("1.2", 4), ("2.1", 2), ("2.2", 1)),
        Unit("B", 2, 80m, Tree, ("1.1", 2), ("1.2", 3), ("2.1", 2), ("2.2", 1)),
        Unit("C", 3, 70m, Tree, ("1.1", 2), ("1.2", 1), ("2.1", 2), ("2.2", 2)),
        Unit("D", 4, 30m, Tree, ("1.1", 2), ("1.2", 0), ("2.1", 0), ("2.2", 1)));

    [Test]
    public void Statistics_CriterionEveryoneMaxes_IsFlagged()
    {
        var flagged = CriterionStatistics.Of(Offices()).Where(s => s.SeparatesNoOne).Select(s => s.Criterion!.Code.Value);
        Assert.That(flagged, Is.EqualTo(new[] { "1.1" }));
    }

    [Test]
    public void Statistics_Leaf_SharesAtMaximumAndZero()
    {
        var leaf = CriterionStatistics.Of(Offices()).Single(s => s.Criterion?.Code.Value == "1.2");
        Assert.That((leaf.ShareAtMaximum, leaf.ShareAtZero, leaf.Points!.Quartile1), Is.EqualTo((0.25, 0.25, 0.75)));
    }

    [Test]
    public void Statistics_LastRow_IsTheIndex()
    {
        var index = CriterionStatistics.Of(Offices())[^1];
        Assert.That((index.Criterion, index.Points!.Median), Is.EqualTo(((CriterionSummary?)null, 75d)));
    }

    [Test]
    public void Coherence_FieldsMovingApart_AreAPairWithNegativeCorrelation()
    {
        // Field 1: 100, 83.3, 50, 33.3 %; field 2: 75, 75, 100, 25 %.
        var coherence = Coherence.Of(Offices());
        Assert.That(coherence.Pearson[0, 1], Is.EqualTo(MathNet.Numerics.Statistics.Correlation.Pearson(
            new[] { 100d, 500d / 6, 50d, 100d / 3 }, new[] { 75d, 75d, 100d, 25d })).Within(1e-9));
    }

    [Test]
    public void Coherence_Alpha_IsCronbachOverTheFieldsCriteria()
    {
        var alpha = Coherence.Of(Offices()).Alpha[1];
        Assert.That(alpha, Is.EqualTo(Correlations.CronbachAlpha([[2, 1], [2, 1], [2, 2], [0, 1]])));
    }

    [Test]
    public void Sensitivity_WithoutField2_RanksByField1Alone()
    {
        var without2 = FieldSensitivity.Of(Offices())[1];
        // Field 1 alone: A 6, B 5, C 3, D 2: ranks unchanged.
        Assert.That((without2.RankWithout, without2.MeanAbsoluteChange), Is.EqualTo((new int?[] { 1, 2, 3, 4 }, 0d)));
    }

    [Test]
    public void Sensitivity_WithoutField1_RanksByField2Alone()
    {
        var without1 = FieldSensitivity.Of(Offices())[0];
        // Field 2 alone: A 3, B 3, C 4, D 1: C first, A and B share 2nd; changes 1 + 0 + 2 + 0.
        Assert.That((without1.RankWithout, without1.MeanAbsoluteChange), Is.EqualTo((new int?[] { 2, 2, 1, 4 }, 0.75d)));
    }

    [Test]
    public void Targets_Unit_NeedsTheGapToTheUnitAboveInPoints()
    {
        var target = UnitTarget.Of(Offices()).Single(t => t.Unit.Code == "C");
        Assert.That((target.UnitAbove!.Code, target.PointsToNextRank), Is.EqualTo(("B", 1m)));
    }

    [Test]
    public void Targets_Gains_AreCriteriaMostOfTheGroupHasInFullMostAttainableFirst()
    {
        // D lost 1.2 (4; 1 of 4 in full: not most), 2.1 (2; 3 of 4 in full), 2.2 (1; 1 of 4): only 2.1 is proposed.
        var target = UnitTarget.Of(Offices()).Single(t => t.Unit.Code == "D");
        Assert.That(target.Gains.Select(g => (g.Criterion.Code.Value, g.Points, g.ShareInFull)), Is.EqualTo(new[] { ("2.1", 2m, 0.75) }));
    }

    [Test]
    public void Targets_GainsShortOfTheGap_DoNotCloseIt()
    {
        // D needs 4 points to draw level with C (70 − 30 % of 10); its one attainable gain is 2 points.
        var target = UnitTarget.Of(Offices()).Single(t => t.Unit.Code == "D");
        Assert.That((target.Gap, target.GainsToCloseGap, target.ClosesGap), Is.EqualTo((4m, 1, false)));
    }

    [Test]
    public void Targets_NextBand_PointsUpToItsMinimum()
    {
        var group = Wards(new Ward("P1", "Đạt", 10, 0, 0, 0), new Ward("P2", "Tốt", 10, 0, 0, 0));
        var target = UnitTarget.Of(group).Single(t => t.Unit.Code == "P1");
        // P1: 3.5 + 3 = 6.5 of 10 (Khá); Tốt from 80 % = 8 points.
        Assert.That((target.NextBand!.Label, target.PointsToNextBand), Is.EqualTo(("Tốt", 1.5m)));
    }

    [Test]
    public void Targets_NotApplicableCriterion_IsNeverProposed()
    {
        var na = Leaf("2.2", 2);
        CriterionSummary[] tree = [Field("1", 6), Leaf("1.1", 2), Leaf("1.2", 4), Field("2", 4), Leaf("2.1", 2), na];
        var full = Unit("A", 1, 100m, tree, ("1.1", 2), ("1.2", 4), ("2.1", 2), ("2.2", 2));
        var results = Unit("B", 2, 50m, tree, ("1.1", 2), ("1.2", 1)).Criteria
            .Select(r => r.Criterion.Code.Value == "2.2" ? r with { NotApplicable = true } : r).ToArray();
        var withNa = new ScoredUnit("B", "Đơn vị B", 2, false, null, 50m, 3m, 0m, 0m, 10m, results);

        var target = UnitTarget.Of(Group(tree, full, withNa)).Single(t => t.Unit.Code == "B");

        Assert.That(target.Gains.Select(g => g.Criterion.Code.Value), Does.Not.Contain("2.2"));
    }

    [Test]
    public void Agreement_AppraisalLowersSelfScores_SharesMeanLossAndAlpha()
    {
        // Self 7, 3.5, 3.5; final 7 (confirmed), 0 (lowered by 3.5), 3.5.
        var group = Wards(new Ward("P1", "Tốt", 5, 0, 0, 0), new Ward("P2", "Đạt", 5, 0, 0, 0, "0"), new Ward("P3", "Đạt", 5, 0, 0, 0));
        var agreement = AppraisalAgreement.Of(group).Single();
        var alpha = KrippendorffAlpha.Of([[7, 3.5, 3.5], [7, 0, 3.5]], AgreementMetric.Interval);
        Assert.That((agreement.Units, agreement.ShareLowered, agreement.MeanPointsLost, agreement.Alpha), Is.EqualTo((3, 1d / 3, 3.5 / 3, alpha)));
    }

    [Test]
    public void NearTies_IndicesCloserThanDisplayed_AreFlagged()
    {
        var group = Group(Tree,
            Unit("A", 1, 90.024m, Tree), Unit("B", 2, 90.016m, Tree), Unit("C", 3, 90.006m, Tree), Unit("D", 4, 80m, Tree));
        Assert.That(NearTie.Of(group).Select(t => (t.Above.Code, t.Below.Code, t.Difference)),
            Is.EqualTo(new[] { ("A", "B", 0.008m) }));
    }

    [Test]
    public void Analysis_Year_OneAnalysisPerGroup()
    {
        var year = YearAnalysis.Of(Year(2024, Offices()), new SimulationSettings(samples: 10), new DiagnosticBag());
        Assert.That(year.Groups.Single().Uncertainty.Units, Has.Count.EqualTo(4));
    }
}
