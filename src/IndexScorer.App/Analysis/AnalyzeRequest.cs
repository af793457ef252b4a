using IndexScorer.Analysis;
using IndexScorer.App.Comparison;
using IndexScorer.App.Outputs;
using IndexScorer.App.Runs;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Analysis;
using IndexScorer.Text;

namespace IndexScorer.App.Analysis;

/// <summary>
/// <c>analyze</c>: the analyst's desk for a scored year (a campaign folder or its results.json alone): spread, coherence,
/// rank intervals by a seeded simulation, sensitivity, what would lift each unit, self–appraisal agreement and near ties.
/// Writes analysis.xlsx, analysis.html and analysis.json, all or none; the same request gives the same bytes (the workbook:
/// the same contents).
/// </summary>
/// <param name="Year">The scored year: a campaign folder (its output/results.json when it exists) or a results.json.</param>
public sealed record AnalyzeRequest(string Year)
{
    /// <summary>The most samples a run may ask for.</summary>
    public const int MaxSamples = 100_000;

    /// <summary>How many Monte Carlo samples.</summary>
    public int Samples { get; init; } = SimulationSettings.DefaultSamples;

    /// <summary>The seed of the simulation.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Redraw the survey from the respondents per option (on by default).</summary>
    public bool ResampleSurvey { get; init; } = true;

    /// <summary>The appraisal's uncertainty, ± points per appraised criterion; 0 for none.</summary>
    public decimal AppraisalPoints { get; init; }

    /// <summary>Noise on the fields' weights, ± %; 0 for none.</summary>
    public decimal WeightPercent { get; init; }

    /// <summary>Where to write; default the campaign's output/ folder, or the folder of the results.json.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>The language of the outputs and the messages.</summary>
    public Language Language { get; init; } = Language.Vietnamese;

    /// <summary>Problems with the request itself: no such year, figures out of range, an output folder that is a file.</summary>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        if (!ScoredYears.Exists(Year)) diagnostics.Error("CW043", new SourceLocation(Year));
        if (Samples is < 1 or > MaxSamples) diagnostics.Error("AN010", null, Samples, MaxSamples);
        if (AppraisalPoints < 0m) diagnostics.Error("AN011", null, AppraisalPoints);
        if (WeightPercent is < 0m or >= 100m) diagnostics.Error("AN012", null, WeightPercent);
        OutputSet.CheckFolder(OutputFolder, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>Analyses and writes the outputs; the analysis, every diagnostic and the files written.</summary>
    public RunResult<YearAnalysis> Run()
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(Validate());
        var written = new List<string>();
        if (diagnostics.HasErrors) return Done(null);
        var inputs = new List<string>();
        var year = ScoredYears.Load(Year, false, diagnostics, inputs);
        if (year is null || diagnostics.HasErrors) return Done(null);

        var settings = new SimulationSettings(Samples, Seed, ResampleSurvey, AppraisalPoints, WeightPercent);
        var analysis = YearAnalysis.Of(year, settings, diagnostics);
        inputs.Add(Year);
        var folder = Path.GetFullPath(OutputFolder ?? (Directory.Exists(Year) ? Path.Combine(Year, OutputFiles.DefaultFolder) : Path.GetDirectoryName(Path.GetFullPath(Year))!));
        var workbook = Path.Combine(folder, OutputFiles.AnalysisWorkbook);
        var html = Path.Combine(folder, OutputFiles.AnalysisHtml);
        var json = Path.Combine(folder, OutputFiles.AnalysisJson);
        if (!OutputSet.CheckNoClash(folder, [workbook, html, json], inputs, diagnostics)) return Done(null);
        written.AddRange(OutputSet.WriteAll(
        [
            (workbook, p => AnalysisWorkbookWriter.Write(p, analysis, Language)),
            (html, p => AnalysisHtmlWriter.Write(p, analysis, Language)),
            (json, p => AnalysisJsonWriter.Write(p, analysis)),
        ], diagnostics));
        return Done(analysis);

        RunResult<YearAnalysis> Done(YearAnalysis? value) => new(value, diagnostics, written, Language);
    }
}
