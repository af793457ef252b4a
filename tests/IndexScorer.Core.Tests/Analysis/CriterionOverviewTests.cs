using IndexScorer.Analysis;

namespace IndexScorer.Core.Tests.Analysis;

public class CriterionOverviewTests
{
    [Test]
    public void Of_Criteria_AreWeakestFirst()
    {
        Assert.That(CriterionOverview.Of(Review.Offices()).Select(o => o.Criterion.Code.Value), Is.EqualTo(new[] { "1.1", "2.1", "1.2" }));
    }

    [Test]
    public void Of_Criterion_AveragesTheUnitsAttainment()
    {
        var overview = CriterionOverview.Of(Review.Offices()).Single(o => o.Criterion.Code.Value == "2.1");

        Assert.That(overview.AveragePercent, Is.EqualTo((100m + 25m + 0m) / 3m));
    }

    [Test]
    public void Of_Criterion_CountsTheUnitsThatLostPointsAndThePointsLost()
    {
        var overview = CriterionOverview.Of(Review.Offices()).Single(o => o.Criterion.Code.Value == "2.1");

        Assert.That((overview.UnitsCounted, overview.UnitsLosingPoints, overview.PointsLost), Is.EqualTo((3, 2, 7m)));
    }

    [Test]
    public void Of_PenaltyItems_AreLeftOut()
    {
        Assert.That(CriterionOverview.Of(Review.Offices()).Select(o => o.Criterion.Code.Value), Does.Not.Contain("D.1"));
    }
}
