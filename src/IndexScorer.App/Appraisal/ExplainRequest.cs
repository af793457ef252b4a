using IndexScorer.App.Campaigns;
using IndexScorer.App.Outputs;
using IndexScorer.App.Runs;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Appraisal;
using IndexScorer.IO.Campaigns;
using IndexScorer.IO.Explanations;
using IndexScorer.Text;

namespace IndexScorer.App.Appraisal;

/// <summary>
/// <c>explain</c>: after round 1, writes each unit whose points the council lowered a file to explain itself (giải trình):
/// every lowered criterion with its maximum, self score, round-1 points and note, and two cells for the unit (explanation,
/// new evidence). Files are sealed with the office's key (<c>.indexscorer/office.key</c>, made on first use, never put in a
/// file). The units send them back into the campaign's explanations/ folder; <see cref="AppraisalRequest"/> then carries
/// the explanations into the council's workbook for round 2, refusing a file whose protected cells were changed.
/// </summary>
/// <param name="Folder">The campaign folder (with campaign.json).</param>
public sealed record ExplainRequest(string Folder)
{
    /// <summary>The folder, inside the campaign's output/ folder, where the files to send are written unless told otherwise.</summary>
    public const string DefaultFolder = "giai-trinh";

    /// <summary>Where to write the files; default output/giai-trinh/ of the campaign.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>The language of the files' headings and of the messages.</summary>
    public Language Language { get; init; } = Language.Vietnamese;

    /// <summary>Read the framework and roster wherever campaign.json says (a campaign set up by the user), not only inside the folder.</summary>
    public bool AllowOutside { get; init; }

    /// <summary>Problems with the request itself (no such campaign folder, an output folder that is a file).</summary>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        CampaignRun.CheckFolder(Folder, diagnostics);
        OutputSet.CheckFolder(OutputFolder, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>Writes one file per unit with a lowered criterion; what was written and every diagnostic.</summary>
    public RunResult<ExplanationFiles> Run()
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(Validate());
        var written = new List<string>();
        if (diagnostics.HasErrors) return Done(null);
        var campaign = CampaignFolder.Load(Folder, diagnostics, AllowOutside);
        if (campaign is null || diagnostics.HasErrors) return Done(null);

        var lowered = new Dictionary<string, List<ExplanationLine>>();
        foreach (var path in campaign.AppraisalPaths)
        {
            var contents = AppraisalWorkbookReader.Read(path, campaign.Display(path), campaign.Framework, diagnostics);
            foreach (var line in contents?.Lines ?? [])
            {
                if (line.Self is not { } self || !NumberText.TryParse(line.Round1, out var round1) || round1 >= self) continue;
                var key = TextKey.Of(line.UnitCode);
                (lowered.TryGetValue(key, out var list) ? list : lowered[key] = [])
                    .Add(new ExplanationLine(line.CriterionCode, line.Title, line.Max, self, round1, line.Round1Note.Trim()));
            }
        }
        if (diagnostics.HasErrors) return Done(null);
        if (lowered.Count == 0)
        {
            diagnostics.Warning("EX013", new SourceLocation(CampaignFolder.AppraisalFolderName));
            return Done(new ExplanationFiles([], 0, 0));
        }
        var officeKey = OfficeKey.LoadOrCreate(campaign.Folder, diagnostics);
        if (officeKey is null) return Done(null);

        var folder = Path.GetFullPath(OutputFolder ?? Path.Combine(campaign.Folder, OutputFiles.DefaultFolder, DefaultFolder));
        var outputs = new List<(string Path, Action<string> Write)>();
        var criteria = 0;
        foreach (var entry in campaign.Roster)
        {
            var unit = entry.Unit;
            if (!lowered.TryGetValue(TextKey.Of(unit.Code), out var lines)) continue;
            var group = campaign.Framework.FindGroup(unit.GroupCode)?.Name ?? unit.GroupCode;
            var path = Path.Combine(folder, ExplanationFileWriter.FileName(unit.Code, campaign.Year, Language));
            criteria += lines.Count;
            outputs.Add((path, p => ExplanationFileWriter.Write(p, campaign.Framework, unit.Code, unit.Name, group, lines, officeKey, Language)));
        }
        if (!OutputSet.CheckNoClash(folder, [folder, .. outputs.Select(o => o.Path)], [.. campaign.InputPaths, campaign.FormsFolder, campaign.Folder], diagnostics))
            return Done(null);
        written.AddRange(OutputSet.WriteAll(outputs, diagnostics));
        return Done(new ExplanationFiles(written, outputs.Count, criteria));

        RunResult<ExplanationFiles> Done(ExplanationFiles? value) => new(value, diagnostics, written, Language);
    }
}
