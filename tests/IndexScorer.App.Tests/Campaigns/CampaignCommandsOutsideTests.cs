using IndexScorer.App.Appraisal;
using IndexScorer.App.Campaigns;
using IndexScorer.Diagnostics;

namespace IndexScorer.App.Tests.Campaigns;

/// <summary>status, appraisal and explain read only inside the campaign folder unless --allow-outside, as validate and score do; status tells times in Vietnam time.</summary>
[TestFixture]
public sealed class CampaignCommandsOutsideTests
{
    private static TestCampaign FrameworkElsewhere()
    {
        var campaign = new TestCampaign();
        campaign.WriteText("campaign.json", $$"""{ "year": 2024, "framework": "{{Repo.FrameworkPath}}" }""");
        return campaign;
    }

    private static string[] Errors(IEnumerable<Diagnostic> diagnostics) => diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code).ToArray();

    [Test]
    public void Status_FrameworkElsewhereOnTheMachine_RefusedUnlessAllowed()
    {
        using var campaign = FrameworkElsewhere();

        Assert.That(Errors(new StatusRequest(campaign.Folder).Run().Diagnostics), Is.EqualTo(new[] { "CF017" }));
        Assert.That(Errors(new StatusRequest(campaign.Folder) { AllowOutside = true }.Run().Diagnostics), Is.Empty);
    }

    [Test]
    public void AppraisalAndExplain_FrameworkElsewhereOnTheMachine_RefusedUnlessAllowed()
    {
        using var campaign = FrameworkElsewhere();

        Assert.That(Errors(new AppraisalRequest(campaign.Folder).Run().Diagnostics), Is.EqualTo(new[] { "CF017" }));
        Assert.That(Errors(new ExplainRequest(campaign.Folder).Run().Diagnostics), Is.EqualTo(new[] { "CF017" }));
        Assert.That(Errors(new AppraisalRequest(campaign.Folder) { AllowOutside = true }.Run().Diagnostics), Is.Empty);
        Assert.That(Errors(new ExplainRequest(campaign.Folder) { AllowOutside = true }.Run().Diagnostics), Is.Empty);
    }

    [Test]
    public void Status_FormReceived_LastModifiedInVietnamTime()
    {
        using var campaign = new TestCampaign();
        var changed = new DateTime(2025, 1, 6, 2, 30, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(campaign.FormPath("PH01"), changed);

        var run = new StatusRequest(campaign.Folder).Run();

        Assert.That(run.Value!.Units.Single(u => u.Code == "PH01").LastModified, Is.EqualTo(new DateTime(2025, 1, 6, 9, 30, 0)));
    }
}
