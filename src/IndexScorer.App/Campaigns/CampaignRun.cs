using IndexScorer.App.Runs;
using IndexScorer.Campaigns;
using IndexScorer.Results;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Campaigns;
using IndexScorer.Scoring;

namespace IndexScorer.App.Campaigns;

/// <summary>Loads a campaign folder and scores every form in it, the forms streamed a few at a time: what validate and score share.</summary>
internal static class CampaignRun
{
    /// <summary>How many threads read forms unless told otherwise: one per core.</summary>
    public static int DefaultReaders => Environment.ProcessorCount;

    /// <summary>The loaded campaign (null when it cannot be loaded) and its result (null when any error was found).</summary>
    public static (Campaign? Campaign, ScoredYear? Result) Score(
        string folder, DiagnosticBag diagnostics, IProgress<RunProgress>? progress, int readers, bool allowOutside = false)
    {
        var campaign = CampaignFolder.Load(folder, diagnostics, allowOutside);
        if (campaign is null) return (null, null);
        var total = campaign.FormPaths.Count;
        var formsRead = progress is null ? null : RunProgress.Report<int>(done => progress.Report(new RunProgress(RunPhase.ReadingForms, done, total)));
        var result = CampaignScorer.Score(campaign.Framework, campaign.Year, campaign.Roster, CampaignFolder.ReadForms(campaign, diagnostics, readers),
            campaign.Survey, diagnostics, formsRead, campaign.SurveyFile, CampaignFolder.ReadAppraisal(campaign, diagnostics));
        if (diagnostics.HasErrors || result is null) return (campaign, null);
        EvidenceCheck.Warn(campaign.Folder, result, diagnostics);
        return (campaign, result);
    }

    /// <summary>
    /// The campaign as it stands, every unit judged on its own: what the commands that work while forms still arrive share
    /// (appraisal, status, provisional scores). A problem of one unit's form is a warning here (that unit is left out and the
    /// rest go on); a problem of the campaign as a whole stays an error. <paramref name="withAppraisal"/> joins the council's
    /// files (the council's own workbook is made from the forms alone).
    /// </summary>
    public static (Campaign? Campaign, CampaignState? State) Assess(
        string folder, DiagnosticBag diagnostics, int readers, bool withAppraisal, bool keepSubmissions = false, bool allowOutside = false)
    {
        var campaign = CampaignFolder.Load(folder, diagnostics, allowOutside);
        if (campaign is null) return (null, null);
        var forms = new DiagnosticBag();
        var appraisal = withAppraisal ? CampaignFolder.ReadAppraisal(campaign, diagnostics) : null;
        var state = CampaignScorer.Assess(campaign.Framework, campaign.Roster, CampaignFolder.ReadForms(campaign, forms, readers), campaign.Survey,
            diagnostics, null, campaign.SurveyFile, appraisal, keepSubmissions, forms);
        diagnostics.AddRange(forms.Items.Select(d => d with { Severity = Severity.Warning }));
        return (campaign, diagnostics.HasErrors ? null : state);
    }

    /// <summary>True when the folder exists; otherwise an RQ001 error.</summary>
    public static bool CheckFolder(string folder, DiagnosticBag diagnostics)
    {
        if (Directory.Exists(folder)) return true;
        diagnostics.Error("RQ001", new SourceLocation(folder));
        return false;
    }
}
