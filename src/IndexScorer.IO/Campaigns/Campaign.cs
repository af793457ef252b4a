using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Scoring;
using IndexScorer.Units;

namespace IndexScorer.IO.Campaigns;

/// <summary>A loaded campaign folder: framework, year, roster, survey results and the paths of the forms (read later, one at a time).</summary>
/// <param name="Folder">The campaign folder.</param>
/// <param name="Framework">The framework in use.</param>
/// <param name="FrameworkPath">Where the framework was read from.</param>
/// <param name="Year">The year assessed.</param>
/// <param name="Roster">The units.</param>
/// <param name="Survey">The survey answers (empty when there is no survey file).</param>
/// <param name="FormsFolder">The folder of the filled forms.</param>
/// <param name="FormPaths">Every file of the forms folder, sorted by name.</param>
/// <param name="InputPaths">Every file read, so that outputs never overwrite one.</param>
/// <param name="PreviousPath">Last year's campaign folder or results.json, when campaign.json names one.</param>
/// <param name="SurveyFile">Where the survey results are, as messages name it: the survey file, or campaign.json when there is none.</param>
/// <param name="AppraisalPaths">The council's appraisal workbooks (the appraisal/ folder), sorted by name.</param>
/// <param name="Report">The report's official form (issuing body, decision, signatures …) campaign.json sets.</param>
internal sealed record Campaign(
    string Folder, Framework Framework, string FrameworkPath, int Year, IReadOnlyList<RosterEntry> Roster, IReadOnlyList<SurveyResponse> Survey,
    string FormsFolder, IReadOnlyList<string> FormPaths, IReadOnlyList<string> InputPaths, string? PreviousPath, SourceLocation SurveyFile,
    IReadOnlyList<string> AppraisalPaths, IndexScorer.IO.Reports.OfficialForm Report)
{
    /// <summary>The folder of the council's appraisal workbooks.</summary>
    public string AppraisalFolder => System.IO.Path.Combine(Folder, CampaignFolder.AppraisalFolderName);

    /// <summary>A path as messages show it: relative to the campaign folder.</summary>
    public string Display(string path) => Path.GetRelativePath(Folder, path);
}
