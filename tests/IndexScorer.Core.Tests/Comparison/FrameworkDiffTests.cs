using IndexScorer.Comparison;
using IndexScorer.Results;
using IndexScorer.Text;
using static IndexScorer.Core.Tests.Years;

namespace IndexScorer.Core.Tests.Comparison;

public class FrameworkDiffTests
{
    private static List<CrosswalkLink> Propose(CriterionSummary[] older, CriterionSummary[] newer) => FrameworkDiff.ProposeGroup("PHONG", Language.Vietnamese, older, newer);

    private static string Row(CrosswalkLink l) => $"{l.Old?.Value ?? "-"}>{l.New?.Value ?? "-"}{(l.NeedsDecision ? "?" : "")}";

    [Test]
    public void ProposeGroup_SameCodeSameTitleSameMax_NoRow() =>
        Assert.That(Propose([Leaf("1.1", 2, "Ban hành kế hoạch CCHC")], [Leaf("1.1", 2, "Ban hành kế hoạch CCHC")]), Is.Empty);

    [Test]
    public void ProposeGroup_MaximumChanged_OneToOneRowWithNote()
    {
        var rows = Propose([Leaf("1.4", 3, "Thực hiện nhiệm vụ giao")], [Leaf("1.4", 3.5m, "Thực hiện nhiệm vụ giao")]);

        Assert.That(rows.Select(Row), Is.EqualTo(new[] { "1.4>1.4" }));
        Assert.That(rows[0].Note, Does.Contain("3 → 3,5"));
    }

    [Test]
    public void ProposeGroup_SwappedNumbers_RenumberedBothWaysWithoutDoubt()
    {
        CriterionSummary[] older = [Leaf("5.1", 3, "Đào tạo, bồi dưỡng công chức theo kế hoạch"), Leaf("5.2", 3, "Bố trí công chức theo vị trí việc làm")];
        CriterionSummary[] newer = [Leaf("5.1", 3, "Bố trí công chức theo vị trí việc làm"), Leaf("5.2", 3, "Đào tạo, bồi dưỡng công chức theo kế hoạch")];

        Assert.That(Propose(older, newer).Select(Row), Is.EquivalentTo(new[] { "5.1>5.2", "5.2>5.1" }));
    }

    [Test]
    public void ProposeGroup_UnrelatedRemovalAndAddition_RemovedAndNewWithoutDoubt()
    {
        CriterionSummary[] older = [Leaf("6.2.3", 3, "Thực hành tiết kiệm, chống lãng phí")];
        CriterionSummary[] newer = [Leaf("7.1", 3, "Văn bản điện tử có chữ ký số")];

        Assert.That(Propose(older, newer).Select(Row), Is.EqualTo(new[] { "6.2.3>-", "->7.1" }));
    }

    [Test]
    public void ProposeGroup_RewordedRenumbered_PairedButMarkedForDecision()
    {
        CriterionSummary[] older = [Leaf("2.3", 2, "Ban hành kế hoạch theo dõi thi hành pháp luật")];
        CriterionSummary[] newer = [Leaf("2.4", 2, "Kế hoạch theo dõi tình hình thi hành pháp luật tại đơn vị")];

        var rows = Propose(older, newer);

        Assert.That(rows.Select(Row), Is.EqualTo(new[] { "2.3>2.4?" }));
    }

    [Test]
    public void ProposeGroup_NewCriterionResemblingAnother_MarkedAsPossibleSplit()
    {
        CriterionSummary[] older = [Leaf("3.3.1", 2, "Tỷ lệ hồ sơ giải quyết đúng hạn")];
        CriterionSummary[] newer = [Leaf("3.3.1", 2, "Tỷ lệ hồ sơ giải quyết đúng hạn"), Leaf("3.3.4", 3, "Số hóa hồ sơ, kết quả giải quyết TTHC")];

        var rows = Propose(older, newer);

        Assert.That(rows.Select(Row), Is.EqualTo(new[] { "->3.3.4?" }));
        Assert.That(rows[0].Note, Does.Contain("3.3.1"));
    }
}
