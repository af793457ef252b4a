using IndexScorer.App.Comparison;
using IndexScorer.Analysis;
using IndexScorer.App.Outputs;
using IndexScorer.App.Runs;
using IndexScorer.Campaigns;
using IndexScorer.Results;
using IndexScorer.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Campaigns;
using IndexScorer.IO.Results;
using IndexScorer.IO.Reports;
using IndexScorer.Text;

namespace IndexScorer.App.Campaigns;

/// <summary>
/// <c>score</c>: scores and ranks the campaign and writes report.xlsx, results.csv, results.json and report.html. Nothing is
/// written when any error is found; no output ever replaces an input.
/// </summary>
/// <param name="Folder">The campaign folder (with campaign.json).</param>
public sealed record ScoreRequest(string Folder)
{
    /// <summary>Where to write; default the campaign's output/ folder.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>The language of the report and the messages.</summary>
    public Language Language { get; init; } = Language.Vietnamese;

    /// <summary>How many threads read the forms (default one per core); the results and messages are the same for any number.</summary>
    public int Readers { get; init; } = CampaignRun.DefaultReaders;

    /// <summary>
    /// Read the framework, roster, survey and forms that campaign.json names even outside the campaign folder (by default
    /// they are refused there, CF017).
    /// </summary>
    public bool AllowOutside { get; init; }

    /// <summary>
    /// Provisional results (tạm tính): score every unit whose form is valid, leave out the others with a warning each (ST001
    /// missing, ST002 broken), and mark every output "TẠM TÍNH" / "PROVISIONAL". Without it a run is all or nothing.
    /// </summary>
    public bool Provisional { get; init; }

    /// <summary>Score last year's campaign again even when its results.json exists (by default that file is read).</summary>
    public bool RescorePrevious { get; init; }

    /// <summary>Simulate each rank's uncertainty (default settings, as <c>analyze</c>) and add the 90 % rank interval to the report's summary.</summary>
    public bool WithUncertainty { get; init; }

    /// <summary>Problems with the request itself (no such campaign folder, an output folder that is a file).</summary>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        CampaignRun.CheckFolder(Folder, diagnostics);
        OutputSet.CheckFolder(OutputFolder, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>Scores and writes the outputs; the result, every diagnostic and the files written.</summary>
    public RunResult<ScoredYear> Run(IProgress<RunProgress>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(Validate());
        var written = new List<string>();
        if (diagnostics.HasErrors) return Done(null);
        var (campaign, result) = Provisional ? ScoreProvisionally(diagnostics) : CampaignRun.Score(Folder, diagnostics, progress, Readers, AllowOutside);
        if (campaign is null || result is null) return Done(null);

        var folder = Path.GetFullPath(OutputFolder ?? Path.Combine(campaign.Folder, OutputFiles.DefaultFolder));
        var inputs = new List<string>(campaign.InputPaths) { campaign.FormsFolder, campaign.Folder };
        var previous = LoadPrevious(campaign, diagnostics, inputs);
        var intervals = WithUncertainty
            ? result.Groups.ToDictionary(g => g.Code, g => RankUncertainty.Of(g, new SimulationSettings(), diagnostics))
            : null;
        if (diagnostics.HasErrors) return Done(null);

        (string Name, Action<string> Write)[] outputs =
        [
            (OutputFiles.Report, path => ReportWriter.Write(path, result, Language, previous, intervals, campaign.Report)),
            (OutputFiles.ResultsWorkbook, path => ResultsWorkbookWriter.Write(path, result, Language)),
            (OutputFiles.ResultsCsv, path => ResultsCsvWriter.Write(path, result)),
            (OutputFiles.ResultsJson, path => ResultsJsonWriter.Write(path, result)),
            (OutputFiles.ReportHtml, path => HtmlReportWriter.Write(path, result, Language, campaign.Report)),
        ];
        var paths = outputs.Select(o => (Path: Path.Combine(folder, o.Name), o.Write)).ToArray();
        if (!OutputSet.CheckNoClash(folder, [folder, .. paths.Select(p => p.Path)], inputs, diagnostics)) return Done(null);
        // Our own streaming writers, CSV, JSON and HTML share nothing: written two at a time.
        written.AddRange(OutputSet.WriteAll(paths, diagnostics, progress, twoAtATime: true));
        return Done(result);

        RunResult<ScoredYear> Done(ScoredYear? value) => new(value, diagnostics, written, Language);
    }

    /// <summary>The units whose forms are valid, ranked among themselves and marked provisional; every other unit named with why.</summary>
    private (Campaign? Campaign, ScoredYear? Result) ScoreProvisionally(DiagnosticBag diagnostics)
    {
        var (campaign, state) = CampaignRun.Assess(Folder, diagnostics, Readers, withAppraisal: true, allowOutside: AllowOutside);
        if (campaign is null || state is null) return (campaign, null);
        var leftOut = new List<LeftOutUnit>();
        foreach (var unit in state.Units.Where(u => !u.IsValid))
        {
            leftOut.Add(new LeftOutUnit(unit.Unit.Code, unit.Unit.Name, unit.Unit.GroupCode, unit.Received, unit.Problems));
            if (unit.Received) diagnostics.Warning("ST002", unit.Forms[0], unit.Unit.Code, unit.Unit.Name, unit.Problems);
            else diagnostics.Warning("ST001", unit.Entry.Location, unit.Unit.Code, unit.Unit.Name);
        }
        var valid = state.Units.Where(u => u.IsValid).ToArray();
        if (valid.Length == 0)
        {
            diagnostics.Error("ST003", new SourceLocation(CampaignFolder.SettingsFile));
            return (campaign, null);
        }
        var result = CampaignScorer.Rank(campaign.Framework, campaign.Year, state, valid) with { Provisional = true, LeftOut = leftOut };
        EvidenceCheck.Warn(campaign.Folder, result, diagnostics);
        return (campaign, result);
    }

    /// <summary>Last year's results when campaign.json names them ("previous"); null when it does not, or with an error when they cannot be read.</summary>
    private ScoredYear? LoadPrevious(Campaign campaign, DiagnosticBag diagnostics, List<string> inputs)
    {
        if (campaign.PreviousPath is not { } path || Path.GetFullPath(path) == campaign.Folder) return null;
        var previous = ScoredYears.Load(path, RescorePrevious, diagnostics, inputs, ResultsDetail.Points);
        if (previous is null) diagnostics.Error("CF010", new SourceLocation(CampaignFolder.SettingsFile), path);
        return previous;
    }
}
