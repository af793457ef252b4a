using IndexScorer.Frameworks;
using IndexScorer.Results;
using static IndexScorer.Core.Tests.Years;

namespace IndexScorer.Core.Tests.Results;

public class ScoredGroupTests
{
    private static readonly CriterionSummary[] Tree = [Field("1", 4), Leaf("1.1", 2), Leaf("1.2", 2)];

    [Test]
    public void ResultOf_Code_IsTheUnitsValuesOnThatNode()
    {
        var unit = Unit("U1", 1, 75m, Tree, ("1.2", 1.5m));
        var group = Group(Tree, unit);

        Assert.That(group.ResultOf(unit, CriterionCode.Parse("1.2"))!.FinalPoints, Is.EqualTo(1.5m));
        Assert.That(group.ResultOf(unit, CriterionCode.Parse("9")), Is.Null);
    }

    [Test]
    public void New_UnitResultsNotInTheTreesOrder_Throws()
    {
        var unit = Unit("U1", 1, 75m, [Tree[0], Tree[2], Tree[1]]);

        Assert.That(() => Group(Tree, unit), Throws.ArgumentException);
    }

    [Test]
    public void New_CriterionListedTwice_Throws()
    {
        Assert.That(() => Group([.. Tree, Leaf("1.1", 2)]), Throws.ArgumentException);
    }
}
