using IndexScorer.App.Campaigns;
using IndexScorer.App.Comparison;
using IndexScorer.App.Outputs;
using IndexScorer.App.Runs;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Campaigns;
using IndexScorer.IO.EvidenceFolders;
using IndexScorer.IO.ResultSheets;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.App.ResultSheets;

/// <summary>
/// <c>sheets</c>: one result sheet to sign (phiếu kết quả) per unit of a scored year, each its own workbook to print and
/// e-mail. Reads a campaign folder (its output/results.json, or scores it when there is none) or a results.json. Evidence
/// that names a file found in the unit's evidence folder, or a link, is a hyperlink (relative, so the folder can be moved).
/// </summary>
/// <param name="Path">A campaign folder or a results.json.</param>
public sealed record ResultSheetsRequest(string Path)
{
    /// <summary>The folder, inside the campaign's output/ folder (or beside results.json), where the sheets go unless told otherwise.</summary>
    public const string DefaultFolder = "phieu-ket-qua";

    /// <summary>Where to write the sheets.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>The language of the sheets and of the messages.</summary>
    public Language Language { get; init; } = Language.Vietnamese;

    /// <summary>Problems with the request itself (no such folder or file, an output folder that is a file).</summary>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        if (!ScoredYears.Exists(Path)) diagnostics.Error("CW043", new SourceLocation(Path));
        OutputSet.CheckFolder(OutputFolder, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>Writes the sheets; what was written and every diagnostic.</summary>
    public RunResult<ResultSheetFiles> Run()
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(Validate());
        var written = new List<string>();
        if (diagnostics.HasErrors) return Done(null);
        var inputs = new List<string>();
        var year = ScoredYears.Load(Path, rescore: false, diagnostics, inputs);
        if (year is null || diagnostics.HasErrors) return Done(null);

        var campaignFolder = CampaignFolderOf(Path);
        var folder = System.IO.Path.GetFullPath(OutputFolder ?? (Directory.Exists(Path)
            ? System.IO.Path.Combine(Path, OutputFiles.DefaultFolder, DefaultFolder)
            : System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!, DefaultFolder)));
        var outputs = year.Groups.SelectMany(group => group.Units.Select(unit => (
            Path: System.IO.Path.Combine(folder, ResultSheetWriter.FileName(unit.Code, year.Year, Language)),
            Write: (Action<string>)(p => ResultSheetWriter.Write(p, year, group, unit, leaf => LinkOf(campaignFolder, folder, unit.Code, leaf), Language)))))
            .ToArray();
        if (!OutputSet.CheckNoClash(folder, [folder, .. outputs.Select(o => o.Path)], inputs, diagnostics)) return Done(null);
        written.AddRange(OutputSet.WriteAll(outputs, diagnostics));
        return Done(new ResultSheetFiles(written, outputs.Length, year.Provisional));

        RunResult<ResultSheetFiles> Done(ResultSheetFiles? value) => new(value, diagnostics, written, Language);
    }

    /// <summary>The campaign folder: the folder given, or the one whose output/ holds the results.json given; null when neither.</summary>
    private static string? CampaignFolderOf(string path)
    {
        if (Directory.Exists(path)) return System.IO.Path.GetFullPath(path);
        var above = System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)));
        return above is not null && File.Exists(System.IO.Path.Combine(above, CampaignFolder.SettingsFile)) ? above : null;
    }

    /// <summary>The first link of a leaf's evidence, or the first file named that exists, relative to the sheet's folder.</summary>
    private static string? LinkOf(string? campaignFolder, string sheetFolder, string unitCode, CriterionResult leaf)
    {
        foreach (var reference in EvidenceFiles.Named(leaf.Evidence))
        {
            if (reference.IsLink) return reference.Text;
            if (campaignFolder is null || EvidenceFiles.PathOf(campaignFolder, unitCode, reference.Text) is not { } file || !File.Exists(file)) continue;
            return System.IO.Path.GetRelativePath(sheetFolder, file).Replace('\\', '/');
        }
        return null;
    }
}
