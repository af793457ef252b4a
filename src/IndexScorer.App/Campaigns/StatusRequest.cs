using IndexScorer.App.Outputs;
using IndexScorer.App.Runs;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Reports;
using IndexScorer.Progress;
using IndexScorer.Text;

namespace IndexScorer.App.Campaigns;

/// <summary>
/// <c>status</c>: where the campaign stands at this moment: per roster unit whether its form was received (file, last change),
/// whether it is valid or how many problems it has, how far the council's rounds are, whether it has survey results; totals
/// per group. Writes status.xlsx. A unit's broken or missing form is what it reports, never a reason to stop.
/// </summary>
/// <param name="Folder">The campaign folder (with campaign.json).</param>
public sealed record StatusRequest(string Folder)
{
    /// <summary>Where to write status.xlsx; default the campaign's output/ folder.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>The language of status.xlsx and of the messages.</summary>
    public Language Language { get; init; } = Language.Vietnamese;

    /// <summary>Read the framework, roster, survey and forms wherever campaign.json says (a campaign set up by the user), not only inside the folder.</summary>
    public bool AllowOutside { get; init; }

    /// <summary>Vietnam's time (UTC+7 all year, no daylight saving): the times status shows are the office's own.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>How many threads read the forms.</summary>
    public int Readers { get; init; } = CampaignRun.DefaultReaders;

    /// <summary>Problems with the request itself (no such campaign folder, an output folder that is a file).</summary>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        CampaignRun.CheckFolder(Folder, diagnostics);
        OutputSet.CheckFolder(OutputFolder, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>Reads everything, writes status.xlsx; the progress, every diagnostic (a unit's problems as warnings) and the file written.</summary>
    public RunResult<CampaignProgress> Run()
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(Validate());
        var written = new List<string>();
        if (diagnostics.HasErrors) return Done(null);
        var (campaign, state) = CampaignRun.Assess(Folder, diagnostics, Readers, withAppraisal: true, allowOutside: AllowOutside);
        if (campaign is null || state is null) return Done(null);

        var progress = CampaignProgress.Of(campaign.Framework, state, form =>
        {
            var path = Path.Combine(campaign.Folder, form.File);
            return File.Exists(path) ? File.GetLastWriteTimeUtc(path) + VietnamOffset : null;
        });
        var folder = Path.GetFullPath(OutputFolder ?? Path.Combine(campaign.Folder, OutputFiles.DefaultFolder));
        var path = Path.Combine(folder, OutputFiles.Status);
        if (!OutputSet.CheckNoClash(folder, [folder, path], [.. campaign.InputPaths, campaign.FormsFolder, campaign.Folder], diagnostics)) return Done(null);
        written.AddRange(OutputSet.WriteAll([(path, p => StatusWorkbookWriter.Write(p, progress, campaign.Year, Language))], diagnostics));
        return Done(progress);

        RunResult<CampaignProgress> Done(CampaignProgress? value) => new(value, diagnostics, written, Language);
    }

    /// <summary>"Hợp lệ", "3 lỗi" or "Chưa nộp", as status.xlsx and the command line say it.</summary>
    public static string StateOf(UnitProgress unit, Language language) => StatusWorkbookWriter.State(unit, language);
}
