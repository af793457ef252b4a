using IndexScorer.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.Results;
using static IndexScorer.Core.Tests.Years;

namespace IndexScorer.Core.Tests.Comparison;

public class YearComparerTests
{
    private static readonly CriterionSummary[] Tree = [Field("1", 4), Leaf("1.1", 2), Leaf("1.2", 2)];

    private static (YearComparison Comparison, DiagnosticBag Diagnostics) Compare(ScoredYear older, ScoredYear newer, Crosswalk? crosswalk = null)
    {
        var diagnostics = new DiagnosticBag();
        return (YearComparer.Compare(older, newer, crosswalk ?? Crosswalk.Empty, diagnostics), diagnostics);
    }

    [Test]
    public void Compare_SameCode_IndexChangeInPointsAndPlacesGained()
    {
        var older = Year(2023, Group(Tree, Unit("U1", 2, 80.5m, Tree), Unit("U2", 1, 90m, Tree)));
        var newer = Year(2024, Group(Tree, Unit("U1", 1, 85.25m, Tree), Unit("U2", 2, 84m, Tree)));

        var u1 = Compare(older, newer).Comparison.Groups[0].Units.Single(u => u.Code == "U1");

        Assert.That(u1.MatchedBy, Is.EqualTo(UnitMatch.Code));
        Assert.That(u1.IndexChange, Is.EqualTo(4.75m));
        Assert.That(u1.RankChange, Is.EqualTo(1));
    }

    [Test]
    public void Compare_UnitInOneYearOnly_ListedWithoutChange()
    {
        var older = Year(2023, Group(Tree, Unit("U1", 1, 80m, Tree), Unit("U9", 2, 70m, Tree)));
        var newer = Year(2024, Group(Tree, Unit("U1", 1, 85m, Tree), Unit("U3", 2, 75m, Tree)));

        var units = Compare(older, newer).Comparison.Groups[0].Units;

        Assert.That(units.Select(u => (u.Code, u.InBoth)), Is.EqualTo(new[] { ("U1", true), ("U3", false), ("U9", false) }));
        Assert.That(units.Where(u => !u.InBoth).Select(u => u.IndexChange), Is.All.Null);
    }

    [Test]
    public void Compare_CodeChangedNameSame_MatchedByNameAndReported()
    {
        var nfd = "Phường Phúc Diễn".Normalize(System.Text.NormalizationForm.FormD);
        var older = Year(2023, Group(Tree, Unit("P-06", "PHƯỜNG PHÚC DIỄN", 1, 80m, Tree)));
        var newer = Year(2024, Group(Tree, Unit("PH06", nfd, 1, 82m, Tree)));

        var (comparison, diagnostics) = Compare(older, newer);

        var unit = comparison.Groups[0].Units.Single();
        Assert.That(unit.MatchedBy, Is.EqualTo(UnitMatch.Name));
        Assert.That(unit.Older!.Code, Is.EqualTo("P-06"));
        Assert.That(diagnostics.Items.Single().Code, Is.EqualTo("CW021"));
        Assert.That(diagnostics.Items.Single().Show().Message, Does.Contain("P-06").And.Contain("PH06"));
    }

    [Test]
    public void Compare_RemovedAndNewCriteria_LeftOutOfComparableIndex()
    {
        CriterionSummary[] olderTree = [Field("1", 4), Leaf("1.1", 2), Leaf("1.2", 2)];
        CriterionSummary[] newerTree = [Field("1", 4), Leaf("1.1", 2), Leaf("1.3", 2)];
        var older = Year(2023, Group(olderTree, Unit("U1", 1, 75m, olderTree, ("1.1", 1m), ("1.2", 2m))));
        var newer = Year(2024, Group(newerTree, Unit("U1", 1, 50m, newerTree, ("1.1", 2m), ("1.3", 0m))));
        var crosswalk = new Crosswalk([Link("1.2", null), Link(null, "1.3")]);

        var (comparison, diagnostics) = Compare(older, newer, crosswalk);

        var unit = comparison.Groups[0].Units.Single();
        // Only 1.1 is in both years: 2023 1 of 2 = 50 %, 2024 2 of 2 = 100 %.
        Assert.That((unit.ComparableOlder, unit.ComparableNewer), Is.EqualTo(((decimal?)50m, (decimal?)100m)));
        Assert.That(diagnostics.Items, Is.Empty);
    }

    [Test]
    public void Compare_HeadlineFallsButComparableRises_FlagsOppositeSigns()
    {
        CriterionSummary[] olderTree = [Field("1", 4), Leaf("1.1", 2), Leaf("1.2", 2)];
        CriterionSummary[] newerTree = [Field("1", 4), Leaf("1.1", 2), Leaf("1.3", 2)];
        var older = Year(2023, Group(olderTree, Unit("U1", 1, 75m, olderTree, ("1.1", 1m), ("1.2", 2m))));
        var newer = Year(2024, Group(newerTree, Unit("U1", 1, 50m, newerTree, ("1.1", 2m))));
        var crosswalk = new Crosswalk([Link("1.2", null), Link(null, "1.3")]);

        var unit = Compare(older, newer, crosswalk).Comparison.Groups[0].Units.Single();

        Assert.That(unit.IndexChange, Is.EqualTo(-25m));
        Assert.That(unit.ComparableChange, Is.EqualTo(50m));
        Assert.That(unit.SignDisagrees, Is.True);
    }

    [Test]
    public void Compare_MergedCriteria_ComparedAsOneBlock()
    {
        CriterionSummary[] olderTree = [Field("1", 2), Leaf("1.1", 1), Leaf("1.2", 1)];
        CriterionSummary[] newerTree = [Field("1", 2), Leaf("1.1", 2)];
        var older = Year(2023, Group(olderTree, Unit("U1", 1, 50m, olderTree, ("1.1", 1m))));
        var newer = Year(2024, Group(newerTree, Unit("U1", 1, 75m, newerTree, ("1.1", 1.5m))));
        var crosswalk = new Crosswalk([Link("1.1", "1.1"), Link("1.2", "1.1")]);

        var (comparison, _) = Compare(older, newer, crosswalk);

        var unit = comparison.Groups[0].Units.Single();
        Assert.That(comparison.Groups[0].Matching!.Blocks.Single().Older.Select(c => c.Value), Is.EqualTo(new[] { "1.1", "1.2" }));
        Assert.That((unit.ComparableOlder, unit.ComparableNewer), Is.EqualTo(((decimal?)50m, (decimal?)75m)));
    }

    [Test]
    public void Compare_FieldAttainment_InPercentOfFieldMaximum()
    {
        var older = Year(2023, Group(Tree, Unit("U1", 1, 50m, Tree, ("1.1", 1m), ("1.2", 1m))));
        var newer = Year(2024, Group(Tree, Unit("U1", 1, 75m, Tree, ("1.1", 2m), ("1.2", 1m))));

        var field = Compare(older, newer).Comparison.Groups[0].Units.Single().Fields.Single();

        Assert.That((field.OlderPercent, field.NewerPercent, field.Change), Is.EqualTo(((decimal?)50m, (decimal?)75m, (decimal?)25m)));
    }

    [Test]
    public void Compare_CrosswalkNamesUnknownCode_ErrorAtTheRow()
    {
        var older = Year(2023, Group(Tree, Unit("U1", 1, 50m, Tree)));
        var newer = Year(2024, Group(Tree, Unit("U1", 1, 50m, Tree)));
        var row = Link("1.9", "1.1") with { Location = new SourceLocation("crosswalk.csv", null, "dòng 3") };

        var (_, diagnostics) = Compare(older, newer, new Crosswalk([row]));

        var error = diagnostics.Items.Single(d => d.Severity == Severity.Error);
        Assert.That(error.Code, Is.EqualTo("CW010"));
        Assert.That(error.Show().ToString(), Does.StartWith("crosswalk.csv › dòng 3: mã cũ 1.9 không có trong khung năm 2023 của nhóm PHONG"));
    }

    [Test]
    public void Compare_SameCodeWithUnrelatedTitleAndNoCrosswalkRow_Warns()
    {
        CriterionSummary[] olderTree = [Field("1", 2), Leaf("1.1", 2, "Đào tạo, bồi dưỡng công chức")];
        CriterionSummary[] newerTree = [Field("1", 2), Leaf("1.1", 2, "Thanh toán trực tuyến phí, lệ phí")];
        var older = Year(2023, Group(olderTree, Unit("U1", 1, 50m, olderTree)));
        var newer = Year(2024, Group(newerTree, Unit("U1", 1, 50m, newerTree)));

        var (_, diagnostics) = Compare(older, newer);

        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { "CW013" }));
    }
}
