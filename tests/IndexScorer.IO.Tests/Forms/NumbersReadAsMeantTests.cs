using System.Text;
using ClosedXML.Excel;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Comparison;
using IndexScorer.IO.Forms;
using IndexScorer.IO.Workbooks;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests.Forms;

/// <summary>
/// Issue 10: every number a unit, a survey office or an analyst gives is read as the person meant it: a percentage typed
/// the Excel way, thousands in Vietnamese and international notation, an achievement over its target, and never a
/// formula's stored result. Files are written by ClosedXML and, where it matters, saved again by LibreOffice.
/// </summary>
[TestFixture]
public sealed class NumbersReadAsMeantTests
{
    private const string Unit = "PH01";
    private const string Sheet = "Tự đánh giá";

    private static decimal? SelfPoints(ScoredYear result, string leaf)
    {
        var group = result.Groups.Single();
        return group.ResultOf(group.Units.Single(u => u.Code == Unit), IndexScorer.Frameworks.CriterionCode.Parse(leaf))!.SelfPoints;
    }

    /// <summary>The number the engine reads from a leaf's input cell of the unit's form.</summary>
    private static decimal? InputAsRead(TestCampaign campaign, string leaf, int input)
    {
        var diagnostics = new DiagnosticBag();
        var submission = new FormReader(Repo.Framework).Read(campaign.FormPath(Unit), TestCampaign.FormFile(Unit), diagnostics);
        Assert.That(submission, Is.Not.Null, string.Join("\n", diagnostics.Items.Show()));
        var cell = submission!.Entries.Single(e => e.Code.Value == leaf).Inputs[input];
        return NumberText.Read(cell, NumberField.Decimal)?.Value;
    }

    /// <summary>Saves the unit's form again through LibreOffice (which recalculates every formula), in place.</summary>
    private static void SaveThroughLibreOffice(TestCampaign campaign)
    {
        var converted = Path.Combine(campaign.Root, "libreoffice");
        LibreOffice.ConvertToXlsx([campaign.FormPath(Unit)], converted);
        File.Copy(Path.Combine(converted, Path.GetFileName(campaign.FormPath(Unit))), campaign.FormPath(Unit), overwrite: true);
    }

    [Test]
    public void Validate_PercentCellHolding0875WithPercentFormat_ReadAs87Point5()
    {
        using var campaign = new TestCampaign();
        // Typing 87,5% makes Excel store 0.875 and format the cell "0.0%".
        campaign.EditForm(Unit, form => form.InputCell("7.1.1", 0).SetValue(0.875).Style.NumberFormat.Format = "0.0%");

        var (result, diagnostics) = campaign.Validate();

        Assert.That(diagnostics.Items, Is.Empty, string.Join("\n", diagnostics.Items.Show()));
        Assert.That(InputAsRead(campaign, "7.1.1", 0), Is.EqualTo(87.5m));
        // 2 points up to 40 %, then 0.5 per whole 10 % above: 4 whole steps to 87.5 %.
        Assert.That(SelfPoints(result!, "7.1.1"), Is.EqualTo(4m));
    }

    [TestCase("0,875", TestName = "Validate_BareShareTypedAsTextWithDecimalComma_RefusedAsAmbiguous")]
    [TestCase("0.875", TestName = "Validate_BareShareTypedAsTextWithDecimalPoint_RefusedAsAmbiguous")]
    public void Validate_BareShareTypedAsText_RefusedAsAmbiguous(string typed)
    {
        using var campaign = new TestCampaign();
        campaign.EditForm(Unit, form => form.InputCell("7.1.1", 0).SetValue(typed));

        var (result, diagnostics) = campaign.Validate();

        Assert.That(result, Is.Null);
        Assert.That(diagnostics.Items.Show().Select(d => (d.Code, d.Location?.ToString())), Is.EqualTo(new[] { ("FM008", TestCampaign.AtInput(Unit, "7.1.1", 0)) }));
    }

    [Test]
    [Category("LibreOffice")]
    public void Validate_PercentCellSavedByLibreOffice_ReadAs87Point5()
    {
        using var campaign = new TestCampaign();
        campaign.EditForm(Unit, form => form.InputCell("7.1.1", 0).SetValue(0.875).Style.NumberFormat.Format = "0.0%");
        SaveThroughLibreOffice(campaign);

        var (result, diagnostics) = campaign.Validate();

        Assert.That(diagnostics.Items.Where(d => d.Severity == Severity.Error), Is.Empty, string.Join("\n", diagnostics.Items.Show()));
        Assert.That(InputAsRead(campaign, "7.1.1", 0), Is.EqualTo(87.5m));
        Assert.That(SelfPoints(result!, "7.1.1"), Is.EqualTo(4m));
    }

    [Test]
    [Category("LibreOffice")]
    public void Validate_FormulaCellWithResultStoredByLibreOffice_RefusedWithFM007()
    {
        using var campaign = new TestCampaign();
        campaign.EditForm(Unit, form => form.InputCell("3.2.1", 1).FormulaA1 = "5+5");
        SaveThroughLibreOffice(campaign);

        var (result, diagnostics) = campaign.Validate();

        Assert.That(result, Is.Null);
        Assert.That(diagnostics.Items.Show().Select(d => (d.Code, d.ToString())), Is.EqualTo(new[]
        {
            ("FM007", $"{TestCampaign.AtInput(Unit, "3.2.1", 1)}: ô này chứa công thức (kết quả lưu sẵn '10' không được dùng); hãy xóa công thức và gõ thẳng giá trị"),
        }).Using<(string, string)>((a, b) => a.Item1 == b.Item1 && a.Item2.StartsWith(b.Item2, StringComparison.Ordinal)));
    }

    [TestCase("1.900", "2.000", TestName = "Validate_CountsTypedWithVietnameseThousands_ReadAsThousands")]
    [TestCase("1,900", "2,000", TestName = "Validate_CountsTypedWithInternationalThousands_ReadAsThousands")]
    [TestCase("1 900", "2 000", TestName = "Validate_CountsTypedWithThousandsSpaces_ReadAsThousands")]
    public void Validate_CountsTypedWithThousandsSeparators_ReadAsThousands(string onTime, string received)
    {
        using var campaign = new TestCampaign();
        campaign.EditForm(Unit, form =>
        {
            form.InputCell("3.2.1", 0).SetValue(onTime);
            form.InputCell("3.2.1", 1).SetValue(received);
        });

        var (result, diagnostics) = campaign.Validate();

        Assert.That(diagnostics.Items, Is.Empty, string.Join("\n", diagnostics.Items.Show()));
        // 1,900 of 2,000 on time is 95 %: the tier from 95 % to under 100 % gives 3 points.
        Assert.That(SelfPoints(result!, "3.2.1"), Is.EqualTo(3m));
    }

    [Test]
    public void Validate_AmountWithLoneSeparatorBeforeThreeDigits_RefusedWithBothReadings()
    {
        using var campaign = new TestCampaign();
        campaign.EditForm(Unit, form => form.InputCell("6.1", 0).SetValue("4.825"));

        var (result, diagnostics) = campaign.Validate();

        Assert.That(result, Is.Null);
        Assert.That(diagnostics.Items.Show().Single().ToString(), Is.EqualTo(
            $"{TestCampaign.AtInput(Unit, "6.1", 0)}: tiêu chí 6.1: 'Số thu ngân sách thực hiện (triệu đồng)' ghi '4.825', không rõ là 4,825 hay 4825 "
            + "(dấu chấm, dấu phẩy vừa có thể ngăn phần thập phân vừa có thể ngăn hàng nghìn); nếu là 4825 hãy gõ liền không dấu ngăn cách, "
            + "nếu là 4,825 hãy gõ thêm chữ số 0 ở cuối phần thập phân"));
    }

    [TestCase(5200.0, 4800.0, 4, TestName = "Validate_RevenueOverItsEstimate_TopTierNotRefused")]
    [TestCase("4.825,5", 4800.0, 4, TestName = "Validate_RevenueAmountWithDecimalsInVietnameseNotation_TopTier")]
    [TestCase(4500.5, 4800.0, 2, TestName = "Validate_RevenueUnderItsEstimate_MiddleTier")]
    public void Validate_RevenueAgainstItsEstimate_TierOfTheAchievement(object achieved, object target, decimal expected)
    {
        using var campaign = new TestCampaign();
        campaign.EditForm(Unit, form =>
        {
            form.Set(form.InputCell("6.1", 0), achieved);
            form.Set(form.InputCell("6.1", 1), target);
        });

        var (result, diagnostics) = campaign.Validate();

        Assert.That(diagnostics.Items, Is.Empty, string.Join("\n", diagnostics.Items.Show()));
        Assert.That(SelfPoints(result!, "6.1"), Is.EqualTo(expected));
    }

    [Test]
    public void Template_AmountInput_AcceptsNonNegativeDecimals()
    {
        using var form = FormFiller.Blank(Repo.Framework, TestCampaign.Group, Unit, "Phường Phúc Diễn");
        using var stream = new MemoryStream();
        form.Workbook.SaveAs(stream);
        using var written = new XLWorkbook(stream);
        var cell = written.Worksheet(Sheet).Cell(form.InputCell("6.1", 0).Address.ToStringRelative());

        var validation = cell.DataValidation;

        Assert.That((validation.AllowedValues, validation.Operator, validation.MinValue), Is.EqualTo((XLAllowedValues.Decimal, XLOperator.EqualOrGreaterThan, "0")));
    }

    [Test]
    public void Validate_SurveyRespondentsWithThousandsSeparators_SameAsPlain()
    {
        static string Survey(string many, string few) => "Mã đơn vị,Mã tiêu chí,Phương án,Số phiếu\n" + string.Concat(TestCampaign.Units.Select(u =>
            $"{u.Code},3.5,Rất hài lòng,\"{many}\"\n{u.Code},3.5,Hài lòng,{few}\n{u.Code},5.4,A,{few}\n{u.Code},7.5,A,{few}\n"));
        using var plain = new TestCampaign();
        plain.WriteText("survey.csv", Survey("1200", "800"));
        using var grouped = new TestCampaign();
        grouped.WriteText("survey.csv", Survey("1.200", "800"));
        using var international = new TestCampaign();
        international.WriteText("survey.csv", Survey("1,200", "800"));

        var results = new[] { plain, grouped, international }.Select(c => c.Validate()).ToArray();

        Assert.That(results.SelectMany(r => r.Diagnostics.Items).Where(d => d.Severity == Severity.Error), Is.Empty,
            string.Join("\n", results.SelectMany(r => r.Diagnostics.Items).Show()));
        // 1,200 of 2,000 respondents very satisfied: the same survey points however the thousands are written.
        Assert.That(results.Select(r => SurveyPoints(r.Result!, "3.5")), Is.All.EqualTo(SurveyPoints(results[0].Result!, "3.5")));
    }

    private static decimal SurveyPoints(ScoredYear result, string leaf)
    {
        var group = result.Groups.Single();
        return group.ResultOf(group.Units.Single(u => u.Code == Unit), IndexScorer.Frameworks.CriterionCode.Parse(leaf))!.FinalPoints;
    }

    [Test]
    public void ReadLineage_WeightWithLoneSeparatorBeforeThreeDigits_RefusedWithBothReadings()
    {
        using var temp = new TempFolder();
        var path = temp.File("lineage.csv");
        File.WriteAllText(path, "Năm cũ,Mã đơn vị cũ,Mã đơn vị mới,Trọng số\n2024,PH01,XA01,21.400\n2024,PH02,XA01,\"18.900,5\"\n", Encoding.UTF8);
        var diagnostics = new DiagnosticBag();

        var lineage = LineageFile.Read(path, "lineage.csv", diagnostics);

        Assert.That(lineage, Is.Null);
        Assert.That(diagnostics.Items.Show().Select(d => $"{d.Code} {d}"), Is.EqualTo(new[]
        {
            "IO021 lineage.csv › dòng 2, Trọng số: '21.400' không rõ là 21,4 hay 21400 (dấu chấm, dấu phẩy vừa có thể ngăn phần thập phân vừa có thể ngăn hàng nghìn); "
            + "nếu là 21400 hãy gõ liền không dấu ngăn cách, nếu là 21,4 hãy gõ thêm chữ số 0 ở cuối phần thập phân",
        }));
    }

    [Test]
    public void ReadLineage_WeightsInEitherNotation_ReadAsMeant()
    {
        using var temp = new TempFolder();
        var path = temp.File("lineage.csv");
        File.WriteAllText(path, "Năm cũ,Mã đơn vị cũ,Mã đơn vị mới,Trọng số\n2024,PH01,XA01,21.400.000\n2024,PH02,XA01,\"18.900,5\"\n2024,PH03,XA01,\"15,200.25\"\n",
            Encoding.UTF8);
        var diagnostics = new DiagnosticBag();

        var lineage = LineageFile.Read(path, "lineage.csv", diagnostics);

        Assert.That(diagnostics.Items, Is.Empty, string.Join("\n", diagnostics.Items.Show()));
        Assert.That(lineage!.Links.Select(l => l.Weight), Is.EqualTo(new decimal?[] { 21400000m, 18900.5m, 15200.25m }));
    }
}
