using IndexScorer.App.Campaigns;
using IndexScorer.App.Outputs;
using IndexScorer.App.Runs;
using IndexScorer.Campaigns;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.IO.Appraisal;
using IndexScorer.IO.Campaigns;
using IndexScorer.IO.Explanations;
using IndexScorer.IO.Localization;
using IndexScorer.Rules;
using IndexScorer.Scoring;
using IndexScorer.Text;

namespace IndexScorer.App.Appraisal;

/// <summary>
/// <c>appraisal</c>: writes the council's appraisal workbook(s) into the campaign's appraisal/ folder from the valid forms
/// received so far. Running it again after more forms arrive adds the new units and keeps every value the council typed
/// (also of a unit whose form has since become unusable). With <see cref="ByBody"/>, one workbook per appraising body, each
/// with only the criteria that body appraises.
/// </summary>
/// <param name="Folder">The campaign folder (with campaign.json).</param>
public sealed record AppraisalRequest(string Folder)
{
    /// <summary>The council's workbook when it is one for every field.</summary>
    public const string CouncilFile = "appraisal.xlsx";

    /// <summary>One workbook per appraising body named in the framework (criteria without one go to <see cref="CouncilFile"/>).</summary>
    public bool ByBody { get; init; }

    /// <summary>The language of the workbook's headings and of the messages.</summary>
    public Language Language { get; init; } = Language.Vietnamese;

    /// <summary>Read the framework, roster, survey and forms wherever campaign.json says (a campaign set up by the user), not only inside the folder.</summary>
    public bool AllowOutside { get; init; }

    /// <summary>How many threads read the forms.</summary>
    public int Readers { get; init; } = CampaignRun.DefaultReaders;

    /// <summary>Problems with the request itself (no such campaign folder).</summary>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        CampaignRun.CheckFolder(Folder, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>Writes the workbooks; what was written, and every diagnostic (a unit's broken form is a warning: it is left out).</summary>
    public RunResult<AppraisalWorkbooks> Run()
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(Validate());
        var written = new List<string>();
        if (diagnostics.HasErrors) return Done(null);
        var (campaign, state) = CampaignRun.Assess(Folder, diagnostics, Readers, withAppraisal: false, keepSubmissions: true, allowOutside: AllowOutside);
        if (campaign is null || state is null) return Done(null);

        // What the council typed so far, in every file of the folder, so that no value is lost whichever way the work is split.
        var typed = new Dictionary<(string Unit, string Criterion), AppraisalLine>();
        foreach (var path in campaign.AppraisalPaths)
        {
            var contents = AppraisalWorkbookReader.Read(path, campaign.Display(path), campaign.Framework, diagnostics);
            foreach (var line in contents?.Lines ?? [])
            {
                var key = (TextKey.Of(line.UnitCode), line.CriterionCode);
                if (line.HasCouncilValues || !typed.ContainsKey(key)) typed[key] = line;
            }
        }
        CarryExplanations(campaign, typed, diagnostics);
        if (diagnostics.HasErrors) return Done(null);

        var framework = campaign.Framework;
        var valid = state.Units.Where(u => u.IsValid && u.Submission is not null).ToArray();
        var before = typed.Keys.Select(k => k.Unit).ToHashSet();
        var files = new Dictionary<string, List<(UnitGroup Group, IReadOnlyList<AppraisalLine> Lines)>>();
        var unitsWritten = new HashSet<string>();
        foreach (var group in framework.Groups)
        {
            var leaves = group.Leaves.Where(l => l.Source == PointSource.SelfAssessment).ToArray();
            var perBody = new Dictionary<string, List<AppraisalLine>>();
            foreach (var status in state.Units.Where(u => TextKey.SameName(u.Unit.GroupCode, group.Code)))
            {
                var key = TextKey.Of(status.Unit.Code);
                var fresh = valid.Contains(status) ? Lines(group, status) : null;
                foreach (var leaf in leaves)
                {
                    var line = fresh?.GetValueOrDefault(leaf.Code.Value);
                    var old = typed.GetValueOrDefault((key, leaf.Code.Value));
                    // A unit whose form is not usable now keeps the rows the council already worked on, as they were.
                    var kept = line is null ? old is { HasCouncilValues: true } ? old : null : old is null ? line : line.WithCouncilValues(old);
                    if (kept is null) continue;
                    var body = ByBody ? leaf.AppraisingBody : "";
                    (perBody.TryGetValue(body, out var list) ? list : perBody[body] = []).Add(kept);
                    unitsWritten.Add(key);
                }
            }
            foreach (var (body, lines) in perBody)
                (files.TryGetValue(body, out var list) ? list : files[body] = []).Add((group, lines));
        }
        if (files.Count == 0) files[""] = [];

        var outputs = files.Select(f => (
            Path: Path.Combine(campaign.AppraisalFolder, f.Key.Length == 0 ? CouncilFile : FileOf(f.Key)),
            Write: (Action<string>)(path => AppraisalWorkbookWriter.Write(path, framework, f.Key.Length == 0 ? null : f.Key, f.Value, Language))))
            .OrderBy(o => o.Path, StringComparer.Ordinal).ToArray();
        written.AddRange(OutputSet.WriteAll(outputs, diagnostics));
        var newUnits = unitsWritten.Count(u => !before.Contains(u));
        return Done(new AppraisalWorkbooks(written, unitsWritten.Count, newUnits));

        RunResult<AppraisalWorkbooks> Done(AppraisalWorkbooks? value) => new(value, diagnostics, written, Language);
    }

    /// <summary>
    /// Puts the explanations units sent back (explanations/ folder, each file checked against its seal) beside round 1. A cell
    /// the council's workbook already holds is never overwritten: a different explanation is reported (EX012) and left out.
    /// </summary>
    private void CarryExplanations(Campaign campaign, Dictionary<(string Unit, string Criterion), AppraisalLine> typed, DiagnosticBag diagnostics)
    {
        foreach (var returned in ReturnedExplanations.Read(campaign, diagnostics))
        {
            var key = (TextKey.Of(returned.UnitCode), returned.CriterionCode);
            var text = string.IsNullOrWhiteSpace(returned.NewEvidence) ? returned.Explanation
                : string.Join("\n", new[] { returned.Explanation, Labels.Get("explain.newEvidence", Language, returned.NewEvidence) }.Where(t => t.Length > 0));
            if (!typed.TryGetValue(key, out var line))
            {
                diagnostics.Warning("EX011", returned.Where, returned.UnitCode, returned.CriterionCode);
                continue;
            }
            if (string.IsNullOrWhiteSpace(line.Explanation)) typed[key] = line with { Explanation = text };
            else if (TextKey.Clean(line.Explanation) != TextKey.Clean(text))
                diagnostics.Warning("EX012", returned.Where, returned.UnitCode, returned.CriterionCode, line.Explanation, text);
        }
    }

    /// <summary>The workbook of an appraising body: appraisal-so-noi-vu.xlsx for "Sở Nội vụ".</summary>
    public static string FileOf(string body)
    {
        var folded = TextKey.Folded(body);
        var slug = string.Join("-", new string(folded.Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return $"appraisal-{(slug.Length == 0 ? "body" : slug)}.xlsx";
    }

    /// <summary>A valid unit's rows as its form gives them, the council's columns still blank.</summary>
    private Dictionary<string, AppraisalLine> Lines(UnitGroup group, UnitStatus status)
    {
        var entries = status.Submission!.Entries.ToDictionary(e => e.Code.Value);
        var lines = new Dictionary<string, AppraisalLine>();
        foreach (var leaf in status.Score!.Criteria.Where(c => c.Criterion is { IsLeaf: true, Source: PointSource.SelfAssessment }))
        {
            var node = group.Find(leaf.Criterion.Code)!;
            var entry = entries[node.Code.Value];
            var inputs = leaf.NotApplicable && !entry.NotApplicable.IsBlank
                ? NotApplicableMarks.Item(Language)
                : string.Join("\n", node.Rule!.Inputs.Select((input, i) => $"{input.Prompt.Text(Language)}: {TextKey.Clean(entry.Inputs[i].Text)}"));
            lines[node.Code.Value] = new AppraisalLine(status.Unit.Code, status.Unit.Name, node.Code.Value, node.Title, node.MaxPoints, inputs,
                leaf.FinalPoints, leaf.Evidence, leaf.Note, "", "", "", "", "");
        }
        return lines;
    }
}
