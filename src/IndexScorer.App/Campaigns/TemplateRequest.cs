using IndexScorer.App.Outputs;
using IndexScorer.App.Runs;
using IndexScorer.Campaigns;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Campaigns;
using IndexScorer.IO.Forms;
using IndexScorer.Text;

namespace IndexScorer.App.Campaigns;

/// <summary><c>template</c>: writes a blank self-assessment form for every unit of the roster.</summary>
/// <param name="Folder">The campaign folder (with campaign.json).</param>
public sealed record TemplateRequest(string Folder)
{
    /// <summary>Where to write the forms; default the campaign's templates/ folder.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>Whether to overwrite forms that exist (default: keep them, with a warning each).</summary>
    public bool Overwrite { get; init; }

    /// <summary>
    /// Read the framework, roster, survey and forms that campaign.json names even outside the campaign folder (by default
    /// they are refused there, CF017).
    /// </summary>
    public bool AllowOutside { get; init; }

    /// <summary>Reissue the form of this unit only (replacing it; the other forms are kept as they are); null writes every unit's.</summary>
    public string? UnitCode { get; init; }

    /// <summary>The language of the forms and the messages.</summary>
    public Language Language { get; init; } = Language.Vietnamese;

    /// <summary>Problems with the request itself (no such campaign folder, an output folder that is a file).</summary>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        CampaignRun.CheckFolder(Folder, diagnostics);
        OutputSet.CheckFolder(OutputFolder, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>Writes the forms; the folder they went to, and every file written.</summary>
    public RunResult<FormsFolder> Run()
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(Validate());
        var written = new List<string>();
        var campaign = diagnostics.HasErrors ? null : CampaignFolder.Load(Folder, diagnostics, AllowOutside);
        if (campaign is null || diagnostics.HasErrors) return new RunResult<FormsFolder>(null, diagnostics, written, Language);

        var folder = Path.GetFullPath(OutputFolder ?? Path.Combine(campaign.Folder, "templates"));
        var layouts = campaign.Framework.Groups.ToDictionary(g => g.Code, FormLayout.For);
        var roster = CampaignScorer.CheckRoster(campaign.Framework, campaign.Roster, diagnostics);
        var units = campaign.Roster.Where(roster.IsAccepted).Where(e => UnitCode is null || TextKey.SameName(e.Unit.Code, UnitCode)).ToArray();
        if (UnitCode is not null && units.Length == 0)
        {
            diagnostics.Error("TP002", new SourceLocation(campaign.Roster.FirstOrDefault()?.Location.File ?? CampaignFolder.SettingsFile), UnitCode);
            return new RunResult<FormsFolder>(null, diagnostics, written, Language);
        }
        foreach (var entry in units)
        {
            var group = campaign.Framework.FindGroup(entry.Unit.GroupCode)!;
            var path = Path.Combine(folder, FormWriter.FileName(entry.Unit.Code, campaign.Year));
            if (File.Exists(path) && !Overwrite && UnitCode is null)
            {
                diagnostics.Warning("TP001", new SourceLocation(campaign.Display(path)));
                continue;
            }
            var form = OutputSet.WriteAll([(path, p => FormWriter.Write(p, campaign.Framework, group, layouts[group.Code], entry.Unit, Language))], diagnostics);
            if (form.Count == 0) break;
            written.AddRange(form);
        }
        return new RunResult<FormsFolder>(new FormsFolder(folder), diagnostics, written, Language);
    }
}
