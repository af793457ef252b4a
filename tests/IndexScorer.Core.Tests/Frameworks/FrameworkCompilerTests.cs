using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;

namespace IndexScorer.Core.Tests.Frameworks;

public class FrameworkCompilerTests
{
    private const string Sheet = "TC-PHONG";

    private static Diagnostic Only(FrameworkBuilder builder, string code)
    {
        var (framework, diagnostics) = builder.Compile();
        Assert.That(framework, Is.Null, "a framework with errors must not be built");
        return diagnostics.Single(d => d.Code == code);
    }

    [Test]
    public void Compile_ConsistentTree_BuildsTheGroup()
    {
        var group = new FrameworkBuilder()
            .Group("PHONG", g => g
                .Row("1", "6")
                .Row("1.1", "2", "có/không")
                .Row("1.2", "4")
                .Row("1.2.1", "1,5", "trừ [Số vi phạm] × 0,5")
                .Row("1.2.2", "2,5", "mức: Tốt = 2,5; Không = 0")
                .Row("2", "4", "tỷ lệ [Đúng hạn] / [Tiếp nhận]"))
            .CompileGroup();

        Assert.That(group.Leaves.Select(l => l.Code.Value), Is.EqualTo(new[] { "1.1", "1.2.1", "1.2.2", "2" }));
        Assert.That(group.ScaleTotal, Is.EqualTo(10m));
    }

    [Test]
    public void Compile_ParentMaximumNotTheChildrensSum_ReportsFW004AtTheParentsMaximumCell()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g
            .Scale("4")
            .Row("1", "4")
            .Row("1.1", "2", "có/không")
            .Row("1.2", "2,5", "có/không"));

        var diagnostic = Only(builder, "FW004");

        Assert.That(diagnostic.Location, Is.EqualTo(Some.FrameworkCell(Sheet, "C2")));
    }

    [Test]
    public void Compile_ParentMaximumNotTheChildrensSum_MessageNamesBothNumbersAndTheChildren()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g
            .Scale("4")
            .Row("1", "4")
            .Row("1.1", "2", "có/không")
            .Row("1.2", "2,5", "có/không"));

        var diagnostic = Only(builder, "FW004");

        Assert.That(diagnostic.Show().Message, Is.EqualTo(
            "điểm tối đa của 1 là 4 nhưng tổng điểm tối đa các mục con (1.1, 1.2) là 4,5; hai số phải bằng nhau"));
    }

    [Test]
    public void Compile_ParentMaximumNotTheChildrensSum_RendersWithFileSheetAndCell()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g
            .Scale("4")
            .Row("1", "4")
            .Row("1.1", "2", "có/không")
            .Row("1.2", "2,5", "có/không"));

        Assert.That(Only(builder, "FW004").Show().ToString(), Does.StartWith("khung.xlsx › TC-PHONG › C2: điểm tối đa của 1 là 4"));
    }

    [Test]
    public void Compile_ChildWithoutParentRow_ReportsFW003AtTheCodeCell()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g
            .Row("1", "2")
            .Row("1.1", "2", "có/không")
            .Row("1.3.1", "1", "có/không"));

        var diagnostic = Only(builder, "FW003");

        Assert.That(diagnostic.Show(), Has.Property(nameof(ShownDiagnostic.Location)).EqualTo(Some.FrameworkCell(Sheet, "A4"))
            .And.Property(nameof(ShownDiagnostic.Message)).EqualTo("tiêu chí 1.3.1 không có mục cha 1.3; hãy thêm dòng 1.3 hoặc sửa mã"));
    }

    [TestCase("1-2")]
    [TestCase("1.a")]
    [TestCase("1..2")]
    [TestCase("Tiêu chí 1")]
    public void Compile_MalformedCode_ReportsFW001AtTheCodeCell(string code)
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g
            .Row("1", "2", "có/không")
            .Row(code, "1", "có/không"));

        Assert.That(Only(builder, "FW001").Location, Is.EqualTo(Some.FrameworkCell(Sheet, "A3")));
    }

    [Test]
    public void Compile_ScaleTotalNotTheFieldsSum_ReportsFW007AtTheScaleCell()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g
            .Scale("100")
            .Row("1", "60", "có/không")
            .Row("2", "30", "có/không"));

        var diagnostic = Only(builder, "FW007");

        Assert.That(diagnostic.Show(), Has.Property(nameof(ShownDiagnostic.Location)).EqualTo(Some.FrameworkCell(FrameworkBuilder.GroupsSheet, "D2"))
            .And.Property(nameof(ShownDiagnostic.Message)).EqualTo("nhóm PHONG: tổng điểm thang khai báo là 100 nhưng tổng điểm tối đa các lĩnh vực là 90"));
    }

    [Test]
    public void Compile_ScaleTotal_LeavesOutBonusAndPenaltySections()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Scale("10")
                .Row("1", "10", "có/không")
                .Row("T", "2", "cộng [Số sáng kiến] × 1", section: "Điểm thưởng")
                .Row("D", "2", "cộng [Số vụ] × 1", section: "Điểm trừ"))
            .CompileGroup();

        Assert.That(group.ScaleTotal, Is.EqualTo(10m));
    }

    [Test]
    public void Compile_SurveyRuleOnSelfAssessedLeaf_ReportsFW013AtTheRuleCell()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g
            .Row("1", "3", "khảo sát: A = 100%; B = 60%; C = 20%; D = 0%"));

        Assert.That(Only(builder, "FW013").Location, Is.EqualTo(Some.FrameworkCell(Sheet, "F2")));
    }

    [Test]
    public void Compile_NonSurveyRuleOnSurveyLeaf_ReportsFW013()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g
            .Row("1", "3", "có/không", source: "ĐTXHH"));

        Assert.That(builder.ErrorCodes(), Is.EqualTo(new[] { "FW013" }));
    }

    [Test]
    public void Compile_SurveySourceOnParent_IsInheritedByItsLeaves()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "7", "có/không")
                .Row("2", "3", source: "ĐTXHH")
                .Row("2.1", "3", "khảo sát: A = 100%; B = 0%"))
            .CompileGroup();

        Assert.That(group.SurveyMaximum, Is.EqualTo(3m));
    }

    [TestCase("mức: Tốt = 2; Không = 0", "2")]
    [TestCase("bậc [Tỷ lệ]: 100% = 1,5; dưới 100% = 0", "1,5")]
    [TestCase("cơ bản [Tỷ lệ]: 0,5 đến 30%; +0,5 mỗi 5%; tối đa 3", "3")]
    public void Compile_RulePointsAboveMaximum_ReportsFW014(string rule, string highest)
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g.Row("1", "1", rule));

        Assert.That(Only(builder, "FW014").Show().Message, Is.EqualTo($"quy tắc của 1 cho tới {highest} điểm, vượt điểm tối đa 1"));
    }

    [Test]
    public void Compile_LevelsWithCommasAndQuotes_AreAccepted()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g.Row("1", "3", "mức: Đầy đủ, đúng hạn = 3; \"Có\" nhưng chưa đủ = 1,5; Không thực hiện = 0"));

        var (_, diagnostics) = builder.Compile();

        Assert.That(diagnostics.Where(d => d.Severity == Severity.Error), Is.Empty);
    }

    [Test]
    public void Compile_LevelsSameWithoutDiacritics_ReportsFW050WithTheRuleCell()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g.Row("1", "1", "mức: Đạt = 1; Dat = 0,5; Không = 0"));

        var error = Only(builder, "FW050");
        Assert.That(error.Show().Message, Is.EqualTo(
            "tiêu chí 1: hai mức 'Đạt' và 'Dat' giống nhau khi bỏ dấu; đơn vị gõ không dấu thì biểu mẫu và bộ chấm không phân biệt được; hãy đổi tên một mức"));
        Assert.That(error.Location?.Cell, Is.Not.Null);
    }

    [Test]
    public void Compile_LevelWithAControlCharacter_ReportsFW051()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g.Row("1", "1", "mức: Tốt\u0001 = 1; Không = 0"));

        Assert.That(Only(builder, "FW051").Show().Message, Is.EqualTo("tiêu chí 1: mức 'Tốt\u0001' không ghi được vào ô của biểu mẫu (có ký tự điều khiển U+0001); hãy sửa tên mức"));
    }

    [Test]
    public void Compile_BonusSectionCapBelowItsItemsSum_IsAccepted()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "10", "có/không")
                .Row("T", "1", section: "Điểm thưởng")
                .Row("T.1", "1", "cộng [Số sáng kiến] × 0,5")
                .Row("T.2", "1", "có/không"))
            .CompileGroup();

        Assert.That(group.Bonus, Has.Property(nameof(Criterion.MaxPoints)).EqualTo(1m)
            .And.Property(nameof(Criterion.Children)).Count.EqualTo(2));
    }

    [Test]
    public void Compile_NodeInsideBonusSectionNotItsChildrensSum_ReportsFW004()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g
            .Row("1", "10", "có/không")
            .Row("T", "1", section: "Điểm thưởng")
            .Row("T.1", "1")
            .Row("T.1.1", "1", "có/không")
            .Row("T.1.2", "1", "có/không"));

        Assert.That(Only(builder, "FW004").Location, Is.EqualTo(Some.FrameworkCell(Sheet, "C4")));
    }

    [Test]
    public void Compile_SomeSiblingsWeightedAndOthersNot_ReportsFW012NamingTheUnweighted()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g
            .Row("1", "10")
            .Row("1.1", "2", "có/không", weight: "1")
            .Row("1.2", "4", "có/không")
            .Row("1.3", "4", "có/không"));

        var diagnostic = Only(builder, "FW012");

        Assert.That(diagnostic.Show(), Has.Property(nameof(ShownDiagnostic.Location)).EqualTo(Some.FrameworkCell(Sheet, "A2"))
            .And.Property(nameof(ShownDiagnostic.Message)).EqualTo("các mục con của 1 phải cùng có hoặc cùng không có trọng số; thiếu trọng số ở: 1.2, 1.3"));
    }

    [Test]
    public void Compile_AllSiblingsWeighted_IsAccepted()
    {
        var (framework, diagnostics) = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "10")
                .Row("1.1", "2", "có/không", weight: "1")
                .Row("1.2", "8", "có/không", weight: "1"))
            .Compile();

        Assert.That(diagnostics, Is.Empty);
        Assert.That(framework, Is.Not.Null);
    }

    [Test]
    public void Compile_SomeFieldsWeightedAndOthersNot_ReportsFW012()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g
            .Row("1", "6", "có/không", weight: "1")
            .Row("2", "4", "có/không"));

        Assert.That(builder.ErrorCodes(), Does.Contain("FW012"));
    }

    [Test]
    public void Compile_LowestBandNotAtZero_ReportsFW018()
    {
        var builder = new FrameworkBuilder()
            .Group("PHONG", g => g.Row("1", "10", "có/không"))
            .Band("Tốt", "80")
            .Band("Khá", "50");

        Assert.That(Only(builder, "FW018").Show().Message, Is.EqualTo("nhóm PHONG: bậc xếp loại thấp nhất phải bắt đầu từ 0%; tìm thấy 50%"));
    }

    [Test]
    public void Compile_LowestBandNotAtZero_ReportsFW018AtTheLowestBandsCell()
    {
        var builder = new FrameworkBuilder()
            .Group("PHONG", g => g.Row("1", "10", "có/không"))
            .Band("Tốt", "80")
            .Band("Khá", "50");

        Assert.That(Only(builder, "FW018").Location, Is.EqualTo(Some.FrameworkCell(FrameworkBuilder.BandsSheet, "C3")));
    }

    [Test]
    public void Compile_Bands_AreOrderedHighestFirst()
    {
        var group = new FrameworkBuilder()
            .Group("PHONG", g => g.Row("1", "10", "có/không"))
            .Band("Khá", "80")
            .Band("Yếu", "0")
            .Band("Tốt", "90")
            .CompileGroup();

        Assert.That(group.Bands.Select(b => b.Label), Is.EqualTo(new[] { "Tốt", "Khá", "Yếu" }));
    }

    [Test]
    public void Compile_GroupOwnBands_OverrideTheCommonBands()
    {
        var group = new FrameworkBuilder()
            .Group("PHONG", g => g.Row("1", "10", "có/không"))
            .Band("A", "90")
            .Band("B", "0")
            .Band("Tốt", "80", group: "PHONG")
            .Band("Chưa tốt", "0", group: "PHONG")
            .CompileGroup();

        Assert.That(group.Bands.Select(b => b.Label), Is.EqualTo(new[] { "Tốt", "Chưa tốt" }));
    }

    [Test]
    public void Compile_RuleCellUnreadable_ReportsFW006WithTheRuleMessage()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g
            .Row("1", "2", "bậc [Đúng hạn] / [Tiếp nhận]: 100% = 2; từ 90% đến dưới 100% = 1; dưới 80% = 0"));

        Assert.That(Only(builder, "FW006").Show().ToString(), Is.EqualTo(
            "khung.xlsx › TC-PHONG › F2: quy tắc chấm của 1: các bậc để trống khoảng tại 80% (ngay trước 'từ 90% đến dưới 100%'); " +
            "các bậc phải phủ kín từ 0% đến 100%"));
    }

    [Test]
    public void Compile_LeafWithoutRule_ReportsFW016()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g.Row("1", "2"));

        Assert.That(builder.ErrorCodes(), Is.EqualTo(new[] { "FW016" }));
    }

    [Test]
    public void Compile_ParentWithRule_ReportsFW017()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g
            .Row("1", "2", "có/không")
            .Row("1.1", "2", "có/không"));

        Assert.That(builder.ErrorCodes(), Is.EqualTo(new[] { "FW017" }));
    }

    [TestCase("0")]
    [TestCase("-1")]
    [TestCase("hai")]
    public void Compile_MaximumNotPositive_ReportsFW005(string max)
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g.Scale("10").Row("1", "10", "có/không").Row("2", max, "có/không"));

        Assert.That(Only(builder, "FW005").Location, Is.EqualTo(Some.FrameworkCell(Sheet, "C3")));
    }

    [Test]
    public void Compile_DuplicateCode_ReportsFW002()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g
            .Scale("4")
            .Row("1", "2", "có/không")
            .Row("1", "2", "có/không"));

        Assert.That(builder.ErrorCodes(), Does.Contain("FW002"));
    }

    [Test]
    public void Compile_ManyProblems_ReportsEveryOneInOneRound()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g
            .Scale("100")
            .Row("1", "4")
            .Row("1.1", "2", "có/không")
            .Row("1.2", "3", "chấm tùy ý")
            .Row("2.1", "1", "có/không"));

        Assert.That(builder.ErrorCodes(), Is.EquivalentTo(new[] { "FW003", "FW006", "FW004", "FW007" }));
    }

    [TestCase("Đủ điểm", NotApplicablePolicy.FullPoints)]
    [TestCase("Loại trừ", NotApplicablePolicy.Excluded)]
    [TestCase("Không", NotApplicablePolicy.NotAllowed)]
    [TestCase("", NotApplicablePolicy.NotAllowed)]
    public void Compile_DefaultNotApplicable_IsInheritedByCriteriaThatSetNone(string policy, NotApplicablePolicy expected)
    {
        var group = new FrameworkBuilder()
            .DefaultNotApplicable(policy)
            .Group("PHONG", g => g.Row("1", "2").Row("1.1", "2", "có/không"))
            .CompileGroup();

        Assert.That(group.Leaves.Single().NotApplicable, Is.EqualTo(expected));
    }

    [Test]
    public void Compile_NotApplicableOnParent_IsInheritedByItsChildren()
    {
        var group = new FrameworkBuilder()
            .DefaultNotApplicable("Không")
            .Group("PHONG", g => g.Row("1", "2", notApplicable: "Loại trừ").Row("1.1", "2", "có/không"))
            .CompileGroup();

        Assert.That(group.Leaves.Single().NotApplicable, Is.EqualTo(NotApplicablePolicy.Excluded));
    }

    [Test]
    public void Compile_EvidenceRequired_DefaultsToYesForScoredSelfAssessedLeavesOnly()
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g
                .Row("1", "7", "có/không")
                .Row("2", "3", "khảo sát: A = 100%; B = 0%", source: "ĐTXHH")
                .Row("T", "1", "có/không", section: "Điểm thưởng"))
            .CompileGroup();

        Assert.That(group.Leaves.Select(l => l.EvidenceRequired), Is.EqualTo(new[] { true, false, false }));
    }

    [TestCase("Có", true)]
    [TestCase("Yes", true)]
    [TestCase("không", false)]
    [TestCase("No", false)]
    public void Compile_EvidenceRequiredInEitherLanguage_IsRead(string written, bool expected)
    {
        var group = new FrameworkBuilder().Group("PHONG", g => g.Row("1", "7", "có/không", evidenceRequired: written)).CompileGroup();

        Assert.That(group.Leaves.Single().EvidenceRequired, Is.EqualTo(expected));
    }

    [Test]
    public void Compile_UnknownTieBreaker_ReportsFW015()
    {
        var builder = new FrameworkBuilder().Group("PHONG", g => g.TieBreakers("9").Row("1", "2", "có/không"));

        Assert.That(builder.ErrorCodes(), Is.EqualTo(new[] { "FW015" }));
    }
}
