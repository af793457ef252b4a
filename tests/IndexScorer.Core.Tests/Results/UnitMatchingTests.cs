using IndexScorer.Results;
using static IndexScorer.Core.Tests.Years;

namespace IndexScorer.Core.Tests.Results;

public class UnitMatchingTests
{
    private static readonly CriterionSummary[] Tree = [Field("1", 2), Leaf("1.1", 2)];

    private static ScoredUnit Unit(string code, string name) => Years.Unit(code, name, 1, 50m, Tree);

    private static ScoredGroup Group(params ScoredUnit[] units) => Years.Group(Tree, units);

    [Test]
    public void OlderOf_SameCodeInOtherCaseAndUnicodeForm_MatchedByCode()
    {
        var older = Unit("PHƯỜNG-01", "Phường Phúc Diễn");
        var newer = Unit("phường-01".Normalize(System.Text.NormalizationForm.FormD), "Phường Phúc Diễn mới");

        var matching = UnitMatching.Of(Group(older), Group(newer));

        Assert.That(matching.OlderOf(newer), Is.EqualTo(((ScoredUnit?)older, UnitMatch.Code)));
    }

    [Test]
    public void OlderOf_CodeChangedNameSameWithoutDiacritics_MatchedByName()
    {
        var older = Unit("P-06", "PHƯỜNG PHÚC DIỄN");
        var newer = Unit("PH06", "Phuong Phuc Dien");

        var matching = UnitMatching.Of(Group(older), Group(newer));

        Assert.That(matching.OlderOf(newer), Is.EqualTo(((ScoredUnit?)older, UnitMatch.Name)));
        Assert.That(matching.OnlyOlder, Is.Empty);
    }

    [Test]
    public void OlderOf_TwoOlderUnitsBearTheName_NotMatched()
    {
        var (first, second) = (Unit("A1", "Phòng Nội vụ"), Unit("A2", "Phòng Nội vụ"));
        var newer = Unit("B1", "Phòng Nội vụ");

        var matching = UnitMatching.Of(Group(first, second), Group(newer));

        Assert.That(matching.OlderOf(newer), Is.EqualTo(((ScoredUnit?)null, UnitMatch.None)));
        Assert.That(matching.OnlyOlder, Is.EqualTo(new[] { first, second }));
    }

    [Test]
    public void OlderOf_CodeMatchTakesTheOlderUnit_NameNoLongerOffersIt()
    {
        var older = Unit("A1", "Phòng Nội vụ");
        var (sameCode, sameName) = (Unit("A1", "Phòng Tư pháp"), Unit("B2", "Phòng Nội vụ"));

        var matching = UnitMatching.Of(Group(older), Group(sameName, sameCode));

        Assert.That(matching.OlderOf(sameCode).By, Is.EqualTo(UnitMatch.Code));
        Assert.That(matching.OlderOf(sameName).By, Is.EqualTo(UnitMatch.None));
    }

    [Test]
    public void OnlyOlder_UnmatchedOlderUnits_InTheOlderRankOrder()
    {
        var (gone1, kept, gone2) = (Unit("A1", "Một"), Unit("A2", "Hai"), Unit("A3", "Ba"));

        var matching = UnitMatching.Of(Group(gone1, kept, gone2), Group(Unit("A2", "Hai")));

        Assert.That(matching.OnlyOlder, Is.EqualTo(new[] { gone1, gone2 }));
    }
}
