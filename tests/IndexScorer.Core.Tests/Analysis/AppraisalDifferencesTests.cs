using IndexScorer.Analysis;

namespace IndexScorer.Core.Tests.Analysis;

public class AppraisalDifferencesTests
{
    private static AppraisalDifferences Of(string unit) =>
        AppraisalDifferences.Of(Review.Offices()).Single(d => d.Unit.Code == unit);

    [Test]
    public void Of_AppraisalBelowSelf_ListsBothValuesAndTheDifference()
    {
        var differences = Of("B").Differences.Select(d => (d.Leaf.Criterion.Code.Value, d.Self, d.Appraised, d.Difference));

        Assert.That(differences, Is.EqualTo(new[] { ("1.1", 2m, 0m, -2m), ("2.1", 4m, 1m, -3m) }));
    }

    [Test]
    public void Of_NoAppraisalChange_ListsNothing()
    {
        Assert.That(Of("A").Differences, Is.Empty);
    }

    [Test]
    public void Of_OverClaimed_IsSelfAboveAppraisedAndItsShareOfTheSelfTotal()
    {
        var b = Of("B");

        Assert.That((b.OverClaimed, b.SelfTotal, b.OverClaimedPercent), Is.EqualTo((5m, 9m, (decimal?)(500m / 9m))));
    }

    [Test]
    public void Of_PenaltyDeclaredBelowTheAppraisedOne_IsOverClaimed()
    {
        Assert.That(Of("C").OverClaimed, Is.EqualTo(0.5m));
    }

    [Test]
    public void Of_Units_AreWorstFirst()
    {
        Assert.That(AppraisalDifferences.Of(Review.Offices()).Select(d => d.Unit.Code), Is.EqualTo(new[] { "B", "C", "A" }));
    }
}
