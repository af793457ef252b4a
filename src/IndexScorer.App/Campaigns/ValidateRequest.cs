using IndexScorer.App.Runs;
using IndexScorer.Campaigns;
using IndexScorer.Results;
using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.App.Campaigns;

/// <summary><c>validate</c>: checks everything scoring needs (settings, framework, roster, survey, every form) and lists every problem at once; writes nothing.</summary>
/// <param name="Folder">The campaign folder (with campaign.json).</param>
public sealed record ValidateRequest(string Folder)
{
    /// <summary>The language messages are rendered in.</summary>
    public Language Language { get; init; } = Language.Vietnamese;

    /// <summary>How many threads read the forms (default one per core); the results and messages are the same for any number.</summary>
    public int Readers { get; init; } = CampaignRun.DefaultReaders;

    /// <summary>
    /// Read the framework, roster, survey and forms that campaign.json names even outside the campaign folder (by default
    /// they are refused there, CF017).
    /// </summary>
    public bool AllowOutside { get; init; }

    /// <summary>Problems with the request itself (the folder does not exist).</summary>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        CampaignRun.CheckFolder(Folder, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>Checks and scores in memory; the result when there is no error.</summary>
    public RunResult<ScoredYear> Run(IProgress<RunProgress>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(Validate());
        var result = diagnostics.HasErrors ? null : CampaignRun.Score(Folder, diagnostics, progress, Readers, AllowOutside).Result;
        return new RunResult<ScoredYear>(result, diagnostics, [], Language);
    }
}
