using IndexScorer.App.Campaigns;
using IndexScorer.IO.Forms;

namespace IndexScorer.App.Tests.Campaigns;

/// <summary>Small things a campaign needs: forms sorted into subfolders are read; one unit's form can be reissued.</summary>
[TestFixture]
public sealed class CampaignFolderTests
{
    [Test]
    public void Validate_FormInASubfolderOfForms_IsRead()
    {
        using var campaign = new TestCampaign();
        Directory.CreateDirectory(campaign.PathOf(Path.Combine("forms", "tuan-2")));
        File.Move(campaign.FormPath("PH02"), campaign.PathOf(Path.Combine("forms", "tuan-2", "PH02-2024.xlsx")));

        var (result, diagnostics) = campaign.Validate();

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(result!.Groups.Single().Units.Select(u => u.Code), Is.EquivalentTo(new[] { "PH01", "PH02" }));
    }

    [Test]
    public void Validate_FormInAHiddenSubfolder_IsNotRead()
    {
        using var campaign = new TestCampaign();
        Directory.CreateDirectory(campaign.PathOf(Path.Combine("forms", ".cu")));
        File.Copy(campaign.FormPath("PH02"), campaign.PathOf(Path.Combine("forms", ".cu", "PH02-2024.xlsx")));

        var (_, diagnostics) = campaign.Validate();

        Assert.That(diagnostics.Items, Is.Empty, "a second PH02 form would be CP004");
    }

    [Test]
    public void Template_OneUnit_ReissuesThatFormAndKeepsTheOthers()
    {
        using var campaign = new TestCampaign();
        var templates = campaign.PathOf("templates");
        new TemplateRequest(campaign.Folder).Run();
        var other = Path.Combine(templates, FormWriter.FileName("PH02", 2024));
        var reissued = Path.Combine(templates, FormWriter.FileName("PH01", 2024));
        File.WriteAllText(other, "kept");
        File.WriteAllText(reissued, "to be replaced");

        var run = new TemplateRequest(campaign.Folder) { UnitCode = "ph01" }.Run();

        Assert.That(run.Written, Is.EqualTo(new[] { reissued }));
        Assert.That(File.ReadAllText(other), Is.EqualTo("kept"));
        Assert.That(new FileInfo(reissued).Length, Is.GreaterThan(1000));
    }

    [Test]
    public void Template_UnitNotOnTheRoster_TP002()
    {
        using var campaign = new TestCampaign();

        var run = new TemplateRequest(campaign.Folder) { UnitCode = "PH99" }.Run();

        Assert.That(run.Succeeded, Is.False);
        Assert.That(run.Render(run.Diagnostics.Single()), Is.EqualTo(
            "TP002 lỗi: roster.csv: đơn vị PH99 không có trong danh sách đơn vị nên không tạo lại được biểu mẫu; hãy dùng đúng mã đơn vị trong danh sách"));
    }
}
