using IndexScorer.Analysis;

namespace IndexScorer.Core.Tests.Analysis;

public class UnitStrengthsTests
{
    private static UnitStrengths Of(string unit, int lossCount = UnitStrengths.DefaultLossCount) =>
        UnitStrengths.Of(Review.Offices(), lossCount).Single(s => s.Unit.Code == unit);

    [Test]
    public void Of_UnitWithLosses_ListsTheBiggestLossFirst()
    {
        var losses = Of("B").BiggestLosses.Select(l => (l.Criterion.Code.Value, l.PointsLost));

        Assert.That(losses, Is.EqualTo(new[] { ("2.1", 3m), ("1.1", 2m), ("1.2", 1m) }));
    }

    [Test]
    public void Of_LossCount_KeepsOnlyThatMany()
    {
        Assert.That(Of("B", lossCount: 2).BiggestLosses.Select(l => l.Criterion.Code.Value), Is.EqualTo(new[] { "2.1", "1.1" }));
    }

    [Test]
    public void Of_UnitWithFullPoints_HasNoLosses()
    {
        Assert.That(Of("A").BiggestLosses, Is.Empty);
    }

    [Test]
    public void Of_PenaltyItems_AreNotLosses()
    {
        Assert.That(Of("C").BiggestLosses.Select(l => l.Criterion.Code.Value), Is.EqualTo(new[] { "2.1", "1.1" }));
    }

    [Test]
    public void Of_Fields_ComparesTheUnitWithTheGroupAverage()
    {
        var field1 = Of("B").Fields.Single(f => f.Field.Code.Value == "1");

        Assert.That((field1.UnitPercent, field1.GroupPercent), Is.EqualTo(((decimal?)50m, (decimal?)((100m + 50m + 400m / 6m) / 3m))));
    }

    [Test]
    public void Of_Strengths_AreFieldsAboveAverageStrongestFirst()
    {
        Assert.That(Of("A").Strengths.Select(f => f.Field.Code.Value), Is.EqualTo(new[] { "2", "1" }));
    }

    [Test]
    public void Of_Weaknesses_AreFieldsBelowAverageWeakestFirst()
    {
        Assert.That(Of("C").Weaknesses.Select(f => f.Field.Code.Value), Is.EqualTo(new[] { "2", "1" }));
    }

    [Test]
    public void Of_Units_AreInRankOrder()
    {
        Assert.That(UnitStrengths.Of(Review.Offices()).Select(s => s.Unit.Code), Is.EqualTo(new[] { "A", "B", "C" }));
    }

    [Test]
    public void Of_ZeroLossCount_Throws()
    {
        Assert.That(() => UnitStrengths.Of(Review.Offices(), 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
