using IndexScorer.App.Campaigns;
using IndexScorer.App.Outputs;
using IndexScorer.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Results;
using IndexScorer.Results;

namespace IndexScorer.App.Comparison;

/// <summary>
/// Where a scored year comes from, for compare and for the report's last-year columns: a results.json named directly, or a
/// campaign folder's output/results.json when it exists; the campaign is scored again only when asked or when it has no results.
/// </summary>
internal static class ScoredYears
{
    /// <summary>The scored year, or null with diagnostics; <paramref name="inputs"/> receives every file it was read from.</summary>
    /// <param name="path">A campaign folder or a results.json.</param>
    /// <param name="rescore">Score a campaign folder again even when its results.json exists.</param>
    /// <param name="diagnostics">Receives every problem.</param>
    /// <param name="inputs">Receives every file read.</param>
    /// <param name="detail">How much of a results.json to keep: <see cref="ResultsDetail.Points"/> when only places and points are used (compare, last year's columns).</param>
    public static ScoredYear? Load(string path, bool rescore, DiagnosticBag diagnostics, List<string> inputs, ResultsDetail detail = ResultsDetail.All)
    {
        if (Directory.Exists(path))
        {
            var results = Path.Combine(path, OutputFiles.DefaultFolder, OutputFiles.ResultsJson);
            if (!rescore && File.Exists(results))
            {
                var reading = new DiagnosticBag();
                var year = Read(results, reading, inputs, detail);
                // Results written by an earlier version of the program are scored again rather than refused.
                if (year is not null || reading.Items.Any(d => d.Code != "CW042"))
                {
                    diagnostics.AddRange(reading.Items);
                    return year;
                }
                diagnostics.Warning("CW047", new SourceLocation(results));
            }
            var (campaign, result) = CampaignRun.Score(path, diagnostics, null, CampaignRun.DefaultReaders);
            if (campaign is not null) inputs.AddRange(campaign.InputPaths);
            return result;
        }
        if (IsResultsFile(path)) return Read(path, diagnostics, inputs, detail);
        diagnostics.Error("CW043", new SourceLocation(path));
        return null;
    }

    /// <summary>True when <paramref name="path"/> is a campaign folder or a .json file.</summary>
    public static bool Exists(string path) => Directory.Exists(path) || IsResultsFile(path);

    private static bool IsResultsFile(string path) => File.Exists(path) && Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <see cref="Load"/> reads <paramref name="path"/> from a results.json rather than scoring a campaign.</summary>
    public static bool IsRead(string path, bool rescore) =>
        Directory.Exists(path) ? !rescore && File.Exists(Path.Combine(path, OutputFiles.DefaultFolder, OutputFiles.ResultsJson)) : IsResultsFile(path);

    private static ScoredYear? Read(string path, DiagnosticBag diagnostics, List<string> inputs, ResultsDetail detail)
    {
        inputs.Add(path);
        return ResultsJsonReader.Read(path, path, diagnostics, detail);
    }
}
