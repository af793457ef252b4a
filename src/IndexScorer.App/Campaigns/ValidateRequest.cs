using IndexScorer.App.Diagnostics;
using IndexScorer.App.Outputs;
using IndexScorer.App.Runs;
using IndexScorer.IO.Campaigns;
using IndexScorer.IO.Reports;
using IndexScorer.Campaigns;
using IndexScorer.Results;
using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.App.Campaigns;

/// <summary>
/// <c>validate</c>: checks everything scoring needs (settings, framework, roster, survey, every form) and lists every problem
/// at once; writes nothing, unless asked for feedback: then one small workbook per form with problems, to send back to its unit.
/// </summary>
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

    /// <summary>
    /// Where to write one feedback workbook per form with problems (each problem's sheet and cell, what is wrong and what to
    /// type instead, in <see cref="Language"/>); null writes nothing.
    /// </summary>
    public string? FeedbackFolder { get; init; }

    /// <summary>Problems with the request itself (the folder does not exist, the feedback folder is a file).</summary>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        CampaignRun.CheckFolder(Folder, diagnostics);
        OutputSet.CheckFolder(FeedbackFolder, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>Checks and scores in memory; the result when there is no error.</summary>
    public RunResult<ScoredYear> Run(IProgress<RunProgress>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(Validate());
        if (diagnostics.HasErrors) return new RunResult<ScoredYear>(null, diagnostics, [], Language);
        var (campaign, result) = CampaignRun.Score(Folder, diagnostics, progress, Readers, AllowOutside);
        var written = campaign is not null && FeedbackFolder is not null ? WriteFeedback(campaign, diagnostics) : [];
        return new RunResult<ScoredYear>(result, diagnostics, written, Language);
    }

    /// <summary>One workbook per form file that has a problem, named after the form (PB03-2024-gop-y.xlsx), written as one set.</summary>
    private IReadOnlyList<string> WriteFeedback(Campaign campaign, DiagnosticBag diagnostics)
    {
        var forms = campaign.FormPaths.Select(campaign.Display).ToHashSet();
        var perForm = diagnostics.Items.Where(d => d.Location is { } l && forms.Contains(l.File)).GroupBy(d => d.Location!.File).ToArray();
        var folder = Path.GetFullPath(FeedbackFolder!);
        var suffix = Language == Language.English ? "feedback" : "gop-y";
        var outputs = perForm.Select(form => (
            Path: Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(form.Key)}-{suffix}.xlsx"),
            Write: (Action<string>)(path => FeedbackWorkbookWriter.Write(path, form.Key, form.Select(Line).ToArray(), Language)))).ToArray();
        if (outputs.Length == 0) return [];
        if (!OutputSet.CheckNoClash(folder, [folder, .. outputs.Select(o => o.Path)], [.. campaign.InputPaths, campaign.FormsFolder, campaign.Folder], diagnostics))
            return [];
        return OutputSet.WriteAll(outputs, diagnostics);
    }

    /// <summary>
    /// A problem as a unit reads it: messages say what is wrong first, then after a semicolon what was expected, found and
    /// how to fix it; the two parts go to their own columns.
    /// </summary>
    private FeedbackWorkbookWriter.Line Line(Diagnostic diagnostic)
    {
        var text = DiagnosticText.Message(diagnostic, Language);
        var split = text.IndexOf("; ", StringComparison.Ordinal);
        var (what, fix) = split < 0 ? (text, "") : (text[..split], text[(split + 2)..]);
        return new FeedbackWorkbookWriter.Line(diagnostic.Location!.Sheet ?? "", diagnostic.Location.Cell ?? "", diagnostic.Severity == Severity.Error,
            diagnostic.Code, what, fix);
    }
}
