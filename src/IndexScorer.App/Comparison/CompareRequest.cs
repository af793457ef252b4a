using IndexScorer.App.Diagnostics;
using IndexScorer.App.Outputs;
using IndexScorer.App.Runs;
using IndexScorer.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.Results;
using IndexScorer.IO.Comparison;
using IndexScorer.IO.Results;
using IndexScorer.Text;

namespace IndexScorer.App.Comparison;

/// <summary>
/// <c>compare</c>: sets two scored years side by side (each a campaign folder or a results.json) and writes compare.xlsx and
/// compare.csv. Nothing is written when an error is found; no output ever replaces an input.
/// </summary>
/// <param name="Older">The older year: a campaign folder or its results.json.</param>
/// <param name="Newer">The newer year, likewise.</param>
public sealed record CompareRequest(string Older, string Newer)
{
    /// <summary>The crosswalk file (.csv or .xlsx); without one, criteria are matched by code.</summary>
    public string? Crosswalk { get; init; }

    /// <summary>
    /// The unit lineage file (.csv or .xlsx): which older units became which newer ones (merged, split, renamed); each newer
    /// unit is then compared with its pro-forma last year. Without one, units are matched by code, else by name.
    /// </summary>
    public string? Units { get; init; }

    /// <summary>The share of a newer unit's weight that must have last-year results for its pro-forma last year not to be flagged (default 0.8).</summary>
    public decimal MinimumCoverage { get; init; } = UnitLineage.DefaultMinimumCoverage;

    /// <summary>Where to write; default the newer campaign's output/ folder, or the folder of its results.json.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>The language of the workbook and the messages.</summary>
    public Language Language { get; init; } = Language.Vietnamese;

    /// <summary>Score campaign folders again even when their results.json exists.</summary>
    public bool Rescore { get; init; }

    /// <summary>Problems with the request itself (a year that is neither a campaign folder nor a results.json, no crosswalk file, an output folder that is a file).</summary>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        foreach (var year in new[] { Older, Newer })
        {
            if (!ScoredYears.Exists(year)) diagnostics.Error("CW043", new SourceLocation(year));
        }
        if (Crosswalk is { } crosswalk && !File.Exists(crosswalk)) diagnostics.Error("RQ003", new SourceLocation(crosswalk));
        if (Units is { } units && !File.Exists(units)) diagnostics.Error("RQ003", new SourceLocation(units));
        OutputSet.CheckFolder(OutputFolder, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>Compares and writes the outputs; the comparison, every diagnostic and the files written.</summary>
    public RunResult<YearComparison> Run()
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(Validate());
        var written = new List<string>();
        if (diagnostics.HasErrors) return Done(null);
        var inputs = new List<string>();
        var (older, newer) = LoadBoth(diagnostics, inputs);
        var crosswalk = Crosswalk is null ? IndexScorer.Comparison.Crosswalk.Empty : CrosswalkFile.Read(Crosswalk, Crosswalk, diagnostics);
        var lineage = Units is null ? null : LineageFile.Read(Units, Units, diagnostics);
        if (older is null || newer is null || crosswalk is null || (Units is not null && lineage is null) || diagnostics.HasErrors) return Done(null);

        var comparison = YearComparer.Compare(older, newer, crosswalk, diagnostics, Crosswalk is null ? null : new SourceLocation(Crosswalk),
            lineage, MinimumCoverage, Units is null ? null : new SourceLocation(Units));
        if (diagnostics.HasErrors) return Done(null);
        if (Crosswalk is null && diagnostics.Items.Any(d => d.Code == "CW016")) diagnostics.Warning("CW018", null);

        if (Crosswalk is not null) inputs.Add(Crosswalk);
        if (Units is not null) inputs.Add(Units);
        inputs.AddRange([Older, Newer]);
        var folder = Path.GetFullPath(OutputFolder ?? (Directory.Exists(Newer) ? Path.Combine(Newer, OutputFiles.DefaultFolder) : Path.GetDirectoryName(Path.GetFullPath(Newer))!));
        var workbook = Path.Combine(folder, OutputFiles.CompareWorkbook);
        var csv = Path.Combine(folder, OutputFiles.CompareCsv);
        if (!OutputSet.CheckNoClash(folder, [workbook, csv], inputs, diagnostics)) return Done(null);
        var notes = diagnostics.Items.Where(d => d.Severity == Severity.Warning).Select(d => DiagnosticText.Render(d, Language)).ToArray();
        var crosswalkName = Crosswalk is null ? null : Path.GetFileName(Crosswalk);
        var lineageName = Units is null ? null : Path.GetFileName(Units);
        // compare.csv is written on the other core while compare.xlsx is; the bytes are the same either way.
        written.AddRange(OutputSet.WriteAll(
        [
            (workbook, p => CompareWorkbookWriter.Write(p, comparison, Language, crosswalkName, notes, lineageName)),
            (csv, p => CompareCsvWriter.Write(p, comparison)),
        ], diagnostics, twoAtATime: true));
        return Done(comparison);

        RunResult<YearComparison> Done(YearComparison? value) => new(value, diagnostics, written, Language);
    }

    /// <summary>
    /// Both years, with only their places and points. Two results.json are read at once, one per core, each into its own
    /// diagnostics, added in order (older first): the same messages in the same order whatever the timing. A campaign that
    /// must be scored is scored alone, as scoring already uses both cores.
    /// </summary>
    private (ScoredYear? Older, ScoredYear? Newer) LoadBoth(DiagnosticBag diagnostics, List<string> inputs)
    {
        if (!ScoredYears.IsRead(Older, Rescore) || !ScoredYears.IsRead(Newer, Rescore))
            return (ScoredYears.Load(Older, Rescore, diagnostics, inputs, ResultsDetail.Points), ScoredYears.Load(Newer, Rescore, diagnostics, inputs, ResultsDetail.Points));
        var (olderDiagnostics, newerDiagnostics) = (new DiagnosticBag(), new DiagnosticBag());
        var (olderInputs, newerInputs) = (new List<string>(), new List<string>());
        var newerTask = Task.Run(() => ScoredYears.Load(Newer, Rescore, newerDiagnostics, newerInputs, ResultsDetail.Points));
        var older = ScoredYears.Load(Older, Rescore, olderDiagnostics, olderInputs, ResultsDetail.Points);
        var newer = newerTask.GetAwaiter().GetResult();
        diagnostics.AddRange(olderDiagnostics.Items);
        diagnostics.AddRange(newerDiagnostics.Items);
        inputs.AddRange(olderInputs);
        inputs.AddRange(newerInputs);
        return (older, newer);
    }
}
