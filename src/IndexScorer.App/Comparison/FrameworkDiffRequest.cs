using IndexScorer.App.Outputs;
using IndexScorer.App.Runs;
using IndexScorer.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Comparison;
using IndexScorer.IO.Frameworks;
using IndexScorer.IO.Localization;
using IndexScorer.Text;

namespace IndexScorer.App.Comparison;

/// <summary><c>framework diff</c>: proposes a crosswalk between two framework workbooks, marking the rows a person must decide.</summary>
/// <param name="OlderFramework">The older framework workbook.</param>
/// <param name="NewerFramework">The newer framework workbook.</param>
public sealed record FrameworkDiffRequest(string OlderFramework, string NewerFramework)
{
    /// <summary>The file to write, .csv or .xlsx; default crosswalk-{older year}-{newer year}.csv in the current folder.</summary>
    public string? OutputFile { get; init; }

    /// <summary>The language of the proposal's headers and notes and of the messages.</summary>
    public Language Language { get; init; } = Language.Vietnamese;

    /// <summary>Problems with the request itself (a framework file that does not exist, an output that is neither .csv nor .xlsx).</summary>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        foreach (var framework in new[] { OlderFramework, NewerFramework })
        {
            if (!File.Exists(framework)) diagnostics.Error("RQ003", new SourceLocation(framework));
        }
        if (OutputFile is { } output && Path.GetExtension(output).ToLowerInvariant() is not (".csv" or ".xlsx"))
            diagnostics.Error("RQ004", new SourceLocation(output));
        return diagnostics.Items;
    }

    /// <summary>Reads both frameworks and writes the proposal; the proposal, every diagnostic and the file written.</summary>
    public RunResult<Crosswalk> Run()
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(Validate());
        var written = new List<string>();
        var older = diagnostics.HasErrors ? null : FrameworkWorkbookReader.Read(OlderFramework, OlderFramework, diagnostics);
        var newer = diagnostics.HasErrors ? null : FrameworkWorkbookReader.Read(NewerFramework, NewerFramework, diagnostics);
        if (older is null || newer is null || diagnostics.HasErrors) return Done(null);

        var proposal = FrameworkDiff.Propose(older, newer, Language, diagnostics, OlderFramework, NewerFramework);
        var path = Path.GetFullPath(OutputFile ?? $"crosswalk-{older.Year}-{newer.Year}.csv");
        if (!OutputSet.CheckNoClash(path, [path], [OlderFramework, NewerFramework], diagnostics)) return Done(null);
        var comment = Labels.Get("compare.diff.comment", Language, older.Id, newer.Id);
        var asWorkbook = Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
        written.AddRange(OutputSet.WriteAll([(path, p => CrosswalkFile.Write(p, asWorkbook, proposal, Language, comment))], diagnostics));
        return Done(proposal);

        RunResult<Crosswalk> Done(Crosswalk? value) => new(value, diagnostics, written, Language);
    }
}
