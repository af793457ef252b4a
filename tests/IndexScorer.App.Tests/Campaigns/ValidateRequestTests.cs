using IndexScorer.App.Campaigns;
using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.App.Tests.Campaigns;

/// <summary>What validate reports, and how: one message per root cause, rendered with its code in the request's language.</summary>
[TestFixture]
public sealed class ValidateRequestTests
{
    [Test]
    public void Run_FrameworkElsewhereOnTheMachine_RefusedUnlessAllowed()
    {
        using var campaign = new TestCampaign();
        campaign.WriteText("campaign.json", $$"""{ "year": 2024, "framework": "{{Repo.FrameworkPath}}" }""");

        var refused = new ValidateRequest(campaign.Folder).Run();
        var allowed = new ValidateRequest(campaign.Folder) { AllowOutside = true }.Run();

        Assert.That(refused.Diagnostics.Select(d => (d.Code, d.Severity)), Is.EqualTo(new[] { ("CF017", Severity.Error) }));
        Assert.That(refused.Render(refused.Diagnostics[0]), Does.Contain("--allow-outside"));
        Assert.That(allowed.Diagnostics.Where(d => d.Severity == Severity.Error), Is.Empty, string.Join("\n", allowed.Diagnostics.Show()));
        Assert.That(allowed.Value, Is.Not.Null);
    }

    [Test]
    public void Run_RosterRowWithUnknownGroup_ExactlyOneErrorForThatUnit()
    {
        using var campaign = new TestCampaign();
        campaign.WriteText("roster.csv", "Mã đơn vị,Tên đơn vị,Nhóm\nPH01,Phường Phúc Diễn,PHUONG\nPH02,Phường Minh Khai,XA\n");
        campaign.WriteText("survey.csv", "Mã đơn vị,Mã tiêu chí,Phương án,Số phiếu\nPH02,7.1,A,10\n");

        var run = new ValidateRequest(campaign.Folder).Run();

        Assert.That(run.Diagnostics.Select(d => (d.Code, d.Severity)), Is.EqualTo(new[] { ("CP001", Severity.Error) }),
            "the unit's form and survey rows must not be reported again as an unknown unit's");
        Assert.That(run.Render(run.Diagnostics[0]), Is.EqualTo(
            "CP001 lỗi: roster.csv › dòng 3, Mã đơn vị: đơn vị PH02 thuộc nhóm 'XA' nhưng khung không có nhóm này; các nhóm có: PHONG, PHUONG"));
    }

    [Test]
    public void Run_English_RendersCodeSeverityLocationAndMessageInEnglish()
    {
        using var campaign = new TestCampaign();
        campaign.EditForm("PH01", form => form.InputCell("3.2.1", 0).SetValue(-3));

        var run = new ValidateRequest(campaign.Folder) { Language = Language.English }.Run();

        Assert.That(run.Diagnostics.Select(run.Render).Single(), Does.StartWith($"SC015 error: {TestCampaign.AtInput("PH01", "3.2.1", 0)}: criterion 3.2.1: '")
            .And.EndWith("' cannot be negative; found -3"));
    }

    [Test]
    public void Run_NoSuchFolder_RefusedBeforeReadingAnything()
    {
        var run = new ValidateRequest(Path.Combine(Path.GetTempPath(), "khong-co-dot-danh-gia")).Run();

        Assert.That(run.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "RQ001" }));
        Assert.That(run.Value, Is.Null);
    }

    [Test]
    public void Run_FormThatLinksOutsideTheCampaign_RefusedNamingTheLink()
    {
        using var campaign = new TestCampaign();
        using var elsewhere = new TempFolder();
        var outside = elsewhere.File("PH02-2024.xlsx");
        File.Move(campaign.FormPath("PH02"), outside);
        File.CreateSymbolicLink(campaign.FormPath("PH02"), outside);

        var run = new ValidateRequest(campaign.Folder).Run();

        Assert.That(run.Diagnostics.Select(d => (d.Code, d.Location?.File)), Is.EqualTo(new[]
        {
            ("CF016", TestCampaign.FormFile("PH02")), ("CP005", "roster.csv"),
        }));
    }
}
