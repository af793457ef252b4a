using IndexScorer.Comparison;
using static IndexScorer.Core.Tests.Years;

namespace IndexScorer.Core.Tests.Comparison;

public class CrosswalkTests
{
    private static readonly Crosswalk Sample = new(
    [
        Link("5.1", "5.2"),
        Link("6.2.3", "6.2.1"), Link("6.2.4", "6.2.1"),
        Link("3.3", "3.3.1"), Link("3.3", "3.3.4"),
        Link("7.9", null),
        Link(null, "8.1"),
    ]);

    [TestCase(0, CrosswalkKind.OneToOne)]
    [TestCase(1, CrosswalkKind.ManyToOne)]
    [TestCase(2, CrosswalkKind.ManyToOne)]
    [TestCase(3, CrosswalkKind.OneToMany)]
    [TestCase(4, CrosswalkKind.OneToMany)]
    [TestCase(5, CrosswalkKind.Removed)]
    [TestCase(6, CrosswalkKind.New)]
    public void KindOf_RowsAround_GiveTheKind(int row, CrosswalkKind expected) =>
        Assert.That(Sample.KindOf(Sample.Links[row]), Is.EqualTo(expected));
}
