using IndexScorer.Campaigns;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Comparison;
using IndexScorer.IO.Forms;
using IndexScorer.IO.Reports;
using IndexScorer.IO.Results;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Campaigns;

/// <summary>
/// The jobs the command line offers, each from a campaign folder to files: write blank forms, validate,
/// score. Problems come back as diagnostics; nothing is written when scoring found an error.
/// </summary>
public static class CampaignJobs
{
    /// <summary>The report workbook's file name.</summary>
    public const string ReportFile = "report.xlsx";

    /// <summary>The HTML summary's file name (bar charts and heat map), written beside the report.</summary>
    public const string ReportHtmlFile = "report.html";

    /// <summary>The results CSV's file name.</summary>
    public const string ResultsFile = "results.csv";

    /// <summary>The full breakdown per unit and criterion, for other programs and for compare; beside results.csv.</summary>
    public const string ResultsJsonFile = "results.json";

    /// <summary>Writes a blank form per roster unit into <paramref name="outputFolder"/>; existing files are kept unless <paramref name="overwrite"/>.</summary>
    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> WriteTemplates(
        string campaignFolder, string? outputFolder, Language language, bool overwrite, DiagnosticBag diagnostics)
    {
        var campaign = CampaignFolder.Load(campaignFolder, diagnostics);
        if (campaign is null || diagnostics.HasErrors) return [];
        var folder = Path.GetFullPath(outputFolder ?? Path.Combine(campaign.Folder, "templates"));
        var layouts = campaign.Framework.Groups.ToDictionary(g => g.Code, FormLayout.For);
        var written = new List<string>();
        foreach (var entry in campaign.Roster)
        {
            var group = campaign.Framework.FindGroup(entry.Unit.GroupCode);
            if (group is null)
            {
                diagnostics.Error("CP001", entry.Location, entry.Unit.Code, entry.Unit.GroupCode, string.Join(", ", campaign.Framework.Groups.Select(g => g.Code)));
                continue;
            }
            var path = Path.Combine(folder, FormFileName(entry.Unit.Code, campaign.Year));
            if (File.Exists(path) && !overwrite)
            {
                diagnostics.Warning("TP001", new SourceLocation(Path.GetRelativePath(campaign.Folder, path)));
                continue;
            }
            try
            {
                FormWriter.Write(path, campaign.Framework, group, layouts[group.Code], entry.Unit, language);
                written.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error("IO014", new SourceLocation(path), e.Message);
                return written;
            }
        }
        return written;
    }

    /// <summary>The file name of a unit's form, e.g. <c>PH01-2024.xlsx</c>.</summary>
    public static string FormFileName(string unitCode, int year) =>
        $"{string.Concat(unitCode.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c))}-{year}.xlsx";

    /// <summary>Checks everything scoring needs and scores in memory; returns the result when there is no error.</summary>
    /// <param name="campaignFolder">The campaign folder.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="progress">Receives (forms read, forms in the folder).</param>
    public static ScoredYear? Validate(string campaignFolder, DiagnosticBag diagnostics, IProgress<(int Done, int Total)>? progress = null) =>
        Run(campaignFolder, diagnostics, progress).Result;

    /// <summary>
    /// Scores the campaign and writes report.xlsx, results.csv, results.json and report.html; nothing is written when any
    /// error is found, and each file is written whole or not at all.
    /// </summary>
    /// <param name="campaignFolder">The campaign folder.</param>
    /// <param name="outputFolder">Where to write; default the campaign's output/ folder.</param>
    /// <param name="language">The report's language.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="progress">Receives (forms read, forms in the folder).</param>
    /// <returns>The result and the paths written; no result on error.</returns>
    public static (ScoredYear? Result, IReadOnlyList<string> Written) Score(
        string campaignFolder, string? outputFolder, Language language, DiagnosticBag diagnostics, IProgress<(int Done, int Total)>? progress = null)
    {
        var (campaign, result) = Run(campaignFolder, diagnostics, progress);
        if (campaign is null || result is null) return (null, []);
        var folder = Path.GetFullPath(outputFolder ?? Path.Combine(campaign.Folder, "output"));
        var outputs = new[] { ReportFile, ResultsFile, ResultsJsonFile, ReportHtmlFile }.Select(name => Path.Combine(folder, name)).ToArray();
        var clash = campaign.InputPaths.Any(p => SamePath(p, folder) || outputs.Any(o => SamePath(p, o)))
            || SamePath(folder, campaign.FormsFolder) || SamePath(folder, campaign.Folder);
        if (clash)
        {
            diagnostics.Error("CF009", null, folder);
            return (null, []);
        }
        ScoredYear? previous = null;
        if (campaign.PreviousPath is { } previousPath)
        {
            previous = SamePath(previousPath, campaign.Folder) ? null : CompareJobs.LoadYear(previousPath, diagnostics);
            if (previous is null)
            {
                diagnostics.Error("CF010", new SourceLocation(CampaignFolder.SettingsFile), previousPath);
                return (null, []);
            }
        }
        Action<string>[] writers =
        [
            path => ReportWriter.Write(path, result, language, previous),
            path => ResultsCsvWriter.Write(path, result),
            path => ResultsJsonWriter.Write(path, result),
            path => HtmlReportWriter.Write(path, result, language),
        ];
        var written = new List<string>();
        for (var i = 0; i < outputs.Length; i++)
        {
            try
            {
                writers[i](outputs[i]);
                written.Add(outputs[i]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error("IO014", new SourceLocation(outputs[i]), e.Message);
                return (null, written);
            }
        }
        return (result, written);
    }

    private static (Campaign? Campaign, ScoredYear? Result) Run(
        string campaignFolder, DiagnosticBag diagnostics, IProgress<(int Done, int Total)>? progress)
    {
        var campaign = CampaignFolder.Load(campaignFolder, diagnostics);
        if (campaign is null) return (null, null);
        var total = campaign.FormPaths.Count;
        var formsRead = progress is null ? null : new CountProgress(done => progress.Report((done, total)));
        var result = CampaignScorer.Score(campaign.Framework, campaign.Year, campaign.Roster, CampaignFolder.ReadForms(campaign, diagnostics),
            campaign.Survey, diagnostics, formsRead);
        return diagnostics.HasErrors ? (campaign, null) : (campaign, result);
    }

    private sealed class CountProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
}
