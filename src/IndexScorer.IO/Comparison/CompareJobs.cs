using IndexScorer.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Campaigns;
using IndexScorer.IO.Frameworks;
using IndexScorer.IO.Results;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Comparison;

/// <summary>
/// The year-over-year jobs the command line offers: compare two scored years (each a campaign folder or a results.json)
/// into compare.xlsx and compare.csv, and propose a crosswalk between two framework workbooks. Problems come back as
/// diagnostics; nothing is written when an error is found.
/// </summary>
public static class CompareJobs
{
    /// <summary>The comparison workbook's file name.</summary>
    public const string WorkbookFile = "compare.xlsx";

    /// <summary>The comparison CSV's file name.</summary>
    public const string CsvFile = "compare.csv";

    /// <summary>A scored year from a campaign folder (scored now) or a results.json; null with diagnostics.</summary>
    public static ScoredYear? LoadYear(string path, DiagnosticBag diagnostics)
    {
        if (Directory.Exists(path)) return CampaignJobs.Validate(path, diagnostics);
        if (File.Exists(path) && Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
            return ResultsJsonReader.Read(path, path, diagnostics);
        diagnostics.Error("CW043", new SourceLocation(path), path);
        return null;
    }

    /// <summary>
    /// Compares <paramref name="olderPath"/> with <paramref name="newerPath"/> and writes compare.xlsx and compare.csv into
    /// <paramref name="outputFolder"/> (default: the newer campaign's output/ folder, or the folder of its results.json).
    /// </summary>
    /// <returns>The comparison and the paths written; no paths on error.</returns>
    public static (YearComparison? Comparison, IReadOnlyList<string> Written) Compare(
        string olderPath, string newerPath, string? crosswalkPath, string? outputFolder, Language language, DiagnosticBag diagnostics)
    {
        var older = LoadYear(olderPath, diagnostics);
        var newer = LoadYear(newerPath, diagnostics);
        var crosswalk = crosswalkPath is null ? Crosswalk.Empty : CrosswalkFile.Read(crosswalkPath, crosswalkPath, diagnostics);
        if (older is null || newer is null || crosswalk is null || diagnostics.HasErrors) return (null, []);

        var errorsBefore = diagnostics.ErrorCount;
        var comparison = YearComparer.Compare(older, newer, crosswalk, diagnostics, crosswalkPath is null ? null : new SourceLocation(crosswalkPath));
        if (diagnostics.ErrorCount > errorsBefore) return (null, []);

        var folder = Path.GetFullPath(outputFolder ?? (Directory.Exists(newerPath) ? Path.Combine(newerPath, "output") : Path.GetDirectoryName(Path.GetFullPath(newerPath))!));
        var workbook = Path.Combine(folder, WorkbookFile);
        var csv = Path.Combine(folder, CsvFile);
        var notes = diagnostics.Items.Where(d => d.Severity == Severity.Warning).ToArray();
        CompareWorkbookWriter.Write(workbook, comparison, language, crosswalkPath is null ? null : Path.GetFileName(crosswalkPath), notes);
        CompareCsvWriter.Write(csv, comparison);
        return (comparison, [workbook, csv]);
    }

    /// <summary>
    /// Reads two framework workbooks and writes the proposed crosswalk to <paramref name="outputFile"/> (.csv or .xlsx;
    /// default crosswalk-{older year}-{newer year}.csv in the current folder).
    /// </summary>
    /// <returns>The proposal and the path written; null on error.</returns>
    public static (Crosswalk? Proposal, string? Written) Diff(string olderFramework, string newerFramework, string? outputFile, Language language, DiagnosticBag diagnostics)
    {
        var older = FrameworkWorkbookReader.Read(olderFramework, olderFramework, diagnostics);
        var newer = FrameworkWorkbookReader.Read(newerFramework, newerFramework, diagnostics);
        if (older is null || newer is null || diagnostics.HasErrors) return (null, null);
        var proposal = FrameworkDiff.Propose(older, newer, diagnostics, olderFramework, newerFramework);
        var path = Path.GetFullPath(outputFile ?? $"crosswalk-{older.Year}-{newer.Year}.csv");
        CrosswalkFile.Write(path, proposal, language, Localization.Labels.Get("compare.diff.comment", language, older.Id, newer.Id));
        return (proposal, path);
    }
}
