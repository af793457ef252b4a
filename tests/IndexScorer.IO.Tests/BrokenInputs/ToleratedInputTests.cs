using System.Text;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Results;

namespace IndexScorer.IO.Tests.BrokenInputs;

/// <summary>What people really type must be accepted and read as meant: no error, and the right points.</summary>
[TestFixture]
public sealed class ToleratedInputTests
{
    private const string Unit = "PH01";

    [TestCase("6.3", 0, "1,5", 1.5, TestName = "Validate_DecimalCommaAsText_ReadAsNumber")]
    [TestCase("6.3", 0, "1.5", 1.5, TestName = "Validate_DecimalPointAsText_ReadAsNumber")]
    [TestCase("7.1.1", 0, "98%", 4.5, TestName = "Validate_PercentSignTyped_ReadAsPercentage")]
    [TestCase("7.1.1", 0, "98,5 %", 4.5, TestName = "Validate_PercentWithCommaAndSpace_ReadAsPercentage")]
    [TestCase("3.2.1", 1, "10", 1.0, TestName = "Validate_CountStoredAsText_ReadAsNumber")]
    [TestCase("3.2.1", 1, "  10 ", 1.0, TestName = "Validate_CountWithStraySpaces_ReadAsNumber")]
    [TestCase("3.2.1", 1, "10\u00A0", 1.0, TestName = "Validate_CountWithNoBreakSpace_ReadAsNumber")]
    [TestCase("3.2.1", 1, "10,0", 1.0, TestName = "Validate_WholeCountWithDecimalComma_ReadAsCount")]
    [TestCase("2.2", 0, "  có ", 2.0, TestName = "Validate_YesInLowerCaseWithSpaces_ReadAsYes")]
    [TestCase("3.3", 0, "dat chuan day du", 5.0, TestName = "Validate_LevelWithoutDiacritics_ReadAsLevel")]
    [TestCase("3.3", 0, "ĐẠT CHUẨN ĐẦY ĐỦ", 5.0, TestName = "Validate_LevelInCapitals_ReadAsLevel")]
    public void Validate_ToleratedEntry_NoDiagnosticAndMeantPoints(string leaf, int input, string typed, double expectedSelfPoints)
    {
        using var campaign = new TestCampaign();
        campaign.EditForm(Unit, form => form.InputCell(leaf, input).SetValue(typed));

        var (result, diagnostics) = campaign.Validate();

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(SelfPoints(result!, leaf), Is.EqualTo((decimal)expectedSelfPoints));
    }

    [Test]
    public void Validate_PercentageTypedTheExcelWay_ReadAsThePercentageShown()
    {
        using var campaign = new TestCampaign();
        // Typing 98,5% into a cell makes Excel store 0.985 and format the cell as a percentage.
        campaign.EditForm(Unit, form => form.InputCell("7.1.1", 0).SetValue(0.985).Style.NumberFormat.Format = "0.0%");

        var (result, diagnostics) = campaign.Validate();

        Assert.That(diagnostics.Items, Is.Empty, string.Join("\n", diagnostics.Items.Show()));
        Assert.That(SelfPoints(result!, "7.1.1"), Is.EqualTo(4.5m));
    }

    [Test]
    public void Validate_LevelTypedInDecomposedUnicode_ReadAsLevel()
    {
        using var campaign = new TestCampaign();
        campaign.EditForm(Unit, form => form.InputCell("3.3", 0).SetValue("Đạt chuẩn đầy đủ".Normalize(NormalizationForm.FormD)));

        var (result, diagnostics) = campaign.Validate();

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(SelfPoints(result!, "3.3"), Is.EqualTo(5m));
    }

    [Test]
    public void Validate_RosterTypedInDecomposedUnicodeWithStraySpaces_MatchesTheForms()
    {
        using var campaign = new TestCampaign();
        var roster = "  Mã đơn vị ,Tên  đơn vị,Nhóm\n" + string.Concat(TestCampaign.Units.Select(u => $" {u.Code} ,{u.Name}  ,{TestCampaign.Group}\n"));
        campaign.WriteText("roster.csv", roster.Normalize(NormalizationForm.FormD));

        var (result, diagnostics) = campaign.Validate();

        Assert.That(diagnostics.Items, Is.Empty, "no error and no CP007 (name differs) warning");
        Assert.That(result!.Groups.Single().Units.Select(u => u.Name), Is.EquivalentTo(TestCampaign.Units.Select(u => u.Name)));
    }

    [Test]
    public void Validate_RosterWithSemicolons_Accepted()
    {
        using var campaign = new TestCampaign();
        campaign.WriteText("roster.csv", "# Excel với thiết lập vùng Việt Nam lưu CSV bằng dấu chấm phẩy, nhưng ghi chú vẫn có dấu phẩy\n"
            + "Mã đơn vị;Tên đơn vị;Nhóm\n" + string.Concat(TestCampaign.Units.Select(u => $"{u.Code};{u.Name};{TestCampaign.Group}\n")));

        var (result, diagnostics) = campaign.Validate();

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(result!.Groups.Single().Units, Has.Count.EqualTo(2));
    }

    [Test]
    public void Validate_RosterInUtf16WithBom_Accepted()
    {
        using var campaign = new TestCampaign();
        var roster = "Mã đơn vị,Tên đơn vị,Nhóm\n" + string.Concat(TestCampaign.Units.Select(u => $"{u.Code},{u.Name},{TestCampaign.Group}\n"));
        File.WriteAllText(campaign.PathOf("roster.csv"), roster, Encoding.Unicode);

        var (_, diagnostics) = campaign.Validate();

        Assert.That(diagnostics.Items, Is.Empty);
    }

    [Test]
    public void Validate_WindowsAndExcelLeftoversInFormsFolder_Ignored()
    {
        using var campaign = new TestCampaign();
        File.WriteAllBytes(campaign.PathOf("forms/Thumbs.db"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        File.WriteAllText(campaign.PathOf("forms/desktop.ini"), "[.ShellClassInfo]");
        File.WriteAllBytes(campaign.PathOf("forms/~$PH01-2024.xlsx"), [1, 2, 3]);
        File.WriteAllText(campaign.PathOf("forms/.DS_Store"), "x");

        var (result, diagnostics) = campaign.Validate();

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(result, Is.Not.Null);
    }

    [Test]
    public void Validate_SurveyAsTextWithDecomposedOptions_Accepted()
    {
        using var campaign = new TestCampaign();
        var survey = new StringBuilder("Mã đơn vị,Mã tiêu chí,Phương án,Số phiếu\n");
        foreach (var (code, _) in TestCampaign.Units)
        {
            survey.Append(code).Append(",3.5,Rất hài lòng,30\n").Append(code).Append(",3.5, hài lòng ,10\n");
            survey.Append(code).Append(",5.4,A,20\n").Append(code).Append(",5.4,b,5\n");
            survey.Append(code).Append(",7.5, C ,12\n");
        }
        campaign.WriteText("survey.csv", survey.ToString().Normalize(NormalizationForm.FormD));

        var (result, diagnostics) = campaign.Validate();

        Assert.That(diagnostics.Items.Where(d => d.Severity == Severity.Error), Is.Empty, string.Join("\n", diagnostics.Items.Show()));
        Assert.That(result!.Groups.Single().SurveyInUse, Is.True);
    }

    private static decimal? SelfPoints(ScoredYear result, string leaf)
    {
        var group = result.Groups.Single();
        return group.ResultOf(group.Units.Single(u => u.Code == Unit), CriterionCode.Parse(leaf))!.SelfPoints;
    }
}
