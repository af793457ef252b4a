using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Ranking;
using IndexScorer.Results;
using IndexScorer.Rules;
using IndexScorer.Scoring;
using IndexScorer.Text;
using IndexScorer.Units;

namespace IndexScorer.Campaigns;

/// <summary>
/// Scores a whole campaign: checks the roster against the framework and the forms against the roster,
/// applies the survey, scores each form as it arrives (forms are streamed, never all held at once) and
/// ranks every group.
/// </summary>
internal static class CampaignScorer
{
    /// <summary>
    /// Scores every submission and ranks every group into the year's results; returns null when any error was found (all of
    /// them are in <paramref name="diagnostics"/>). <paramref name="progress"/> receives the number of forms scored so far;
    /// <paramref name="surveyFile"/> is where messages about missing survey results point.
    /// </summary>
    public static ScoredYear? Score(
        Framework framework, int year, IReadOnlyList<RosterEntry> roster, IEnumerable<UnitSubmission> submissions,
        IReadOnlyList<SurveyResponse> survey, DiagnosticBag diagnostics, IProgress<int>? progress = null, SourceLocation? surveyFile = null)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var units = CheckRoster(framework, roster, diagnostics);
        var answers = CollectSurvey(framework, units, survey, diagnostics);
        var surveyInUse = framework.Groups.ToDictionary(g => g.Code, g => SurveyInUse(g, units, answers, surveyFile, diagnostics));

        var scores = new Dictionary<string, UnitOutcome>();
        var seen = new Dictionary<string, SourceLocation>();
        var count = 0;
        foreach (var submission in submissions)
        {
            progress?.Report(++count);
            var code = TextKey.Of(submission.Unit.Code);
            if (!units.Accepted.TryGetValue(code, out var entry))
            {
                // A unit whose roster row was refused has had its one message; its form is not a second problem.
                if (!units.Knows(code)) diagnostics.Error("CP003", submission.Origin, submission.Unit.Code);
                continue;
            }
            if (seen.TryGetValue(code, out var first))
            {
                diagnostics.Error("CP004", submission.Origin, submission.Unit.Code, first.File);
                continue;
            }
            seen[code] = submission.Origin;
            if (!TextKey.SameName(submission.Unit.GroupCode, entry.Unit.GroupCode))
            {
                diagnostics.Error("CP006", submission.Origin, submission.Unit.Code, submission.Unit.GroupCode, entry.Unit.GroupCode);
                continue;
            }
            if (!TextKey.SameName(submission.Unit.Name, entry.Unit.Name))
                diagnostics.Warning("CP007", submission.Origin, submission.Unit.Name, entry.Unit.Name);
            var group = framework.FindGroup(entry.Unit.GroupCode)!;
            var unitAnswers = surveyInUse[group.Code] ? answers.GetValueOrDefault(code) ?? Empty : null;
            var scored = UnitScorer.Score(group, submission with { Unit = entry.Unit }, unitAnswers, diagnostics, surveyFile);
            if (scored is not null) scores[code] = UnitOutcome.Of(scored);
        }
        foreach (var (code, entry) in units.Accepted)
        {
            if (!seen.ContainsKey(code)) diagnostics.Error("CP005", entry.Location, entry.Unit.Code, entry.Unit.Name);
        }

        if (diagnostics.ErrorCount > errorsBefore) return null;
        var groups = framework.Groups
            .Select(g => (Group: g, Ranked: GroupRanking.Rank(g, scores.Values.Where(s => s.Group == g))))
            .Where(r => r.Ranked.Count > 0)
            .Select(r => ResultsBuilder.Group(r.Group, r.Ranked, surveyInUse[r.Group.Code], answers))
            .ToArray();
        return new ScoredYear(year, FrameworkIdentity.Of(framework), groups);
    }

    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> Empty =
        new Dictionary<string, IReadOnlyDictionary<string, decimal>>();

    /// <summary>The most respondents one survey line may count: far above a real survey, far below where sums overflow.</summary>
    internal const decimal MaxRespondents = 10_000_000m;

    /// <summary>Checks every roster row against the framework (CP001 unknown group, CP002 repeated code).</summary>
    internal static RosterCheck CheckRoster(Framework framework, IReadOnlyList<RosterEntry> roster, DiagnosticBag diagnostics)
    {
        var accepted = new Dictionary<string, RosterEntry>();
        var refused = new HashSet<string>();
        foreach (var entry in roster)
        {
            var code = TextKey.Of(entry.Unit.Code);
            if (accepted.TryGetValue(code, out var first))
                diagnostics.Error("CP002", entry.Location, entry.Unit.Code, first.Location);
            else if (framework.FindGroup(entry.Unit.GroupCode) is null)
            {
                diagnostics.Error("CP001", entry.Location, entry.Unit.Code, entry.Unit.GroupCode, string.Join(", ", framework.Groups.Select(g => g.Code)));
                refused.Add(code);
            }
            else
                accepted[code] = entry;
        }
        refused.ExceptWith(accepted.Keys);
        return new RosterCheck(accepted, refused);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>> CollectSurvey(
        Framework framework, RosterCheck units, IReadOnlyList<SurveyResponse> survey, DiagnosticBag diagnostics)
    {
        var byUnit = new Dictionary<string, Dictionary<string, Dictionary<string, decimal>>>();
        foreach (var response in survey)
        {
            var unitKey = TextKey.Of(response.UnitCode.Text);
            if (!units.Accepted.TryGetValue(unitKey, out var entry))
            {
                if (!units.Knows(unitKey)) diagnostics.Error("CP010", response.UnitCode.Location, TextKey.Clean(response.UnitCode.Text));
                continue;
            }
            var group = framework.FindGroup(entry.Unit.GroupCode)!;
            var leaf = CriterionCode.TryParse(response.CriterionCode.Text, out var code) ? group.Find(code) : null;
            if (leaf is not { IsLeaf: true, Source: PointSource.Survey, Rule: SurveyRule rule })
            {
                diagnostics.Error("CP011", response.CriterionCode.Location, TextKey.Clean(response.CriterionCode.Text), group.Code);
                continue;
            }
            var option = rule.Options.FirstOrDefault(o => TextKey.SameName(o.Name, response.Option.Text));
            if (option is null)
            {
                diagnostics.Error("CP012", response.Option.Location, TextKey.Clean(response.Option.Text), leaf.Code.Value, string.Join(", ", rule.Options.Select(o => o.Name)));
                continue;
            }
            if (!NumberText.TryParse(response.Respondents.Text, out var respondents) || respondents < 0 || respondents > MaxRespondents
                || respondents != decimal.Truncate(respondents))
            {
                diagnostics.Error("CP013", response.Respondents.Location, response.Respondents.Text, MaxRespondents);
                continue;
            }
            var perLeaf = byUnit.TryGetValue(unitKey, out var u) ? u : byUnit[unitKey] = [];
            var perOption = perLeaf.TryGetValue(leaf.Code.Value, out var o) ? o : perLeaf[leaf.Code.Value] = [];
            perOption[option.Name] = perOption.GetValueOrDefault(option.Name) + respondents;
        }
        return byUnit.ToDictionary(
            u => u.Key,
            u => (IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>)u.Value.ToDictionary(
                l => l.Key, l => (IReadOnlyDictionary<string, decimal>)l.Value));
    }

    private static bool SurveyInUse(
        UnitGroup group, RosterCheck units,
        Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>> answers, SourceLocation? surveyFile, DiagnosticBag diagnostics)
    {
        if (group.SurveyMaximum == 0m) return false;
        var anyAnswers = units.Accepted.Any(u => TextKey.SameName(u.Value.Unit.GroupCode, group.Code) && answers.ContainsKey(u.Key));
        if (!anyAnswers && group.SurveyPolicy == SurveyPolicy.Required && units.Accepted.Values.Any(u => TextKey.SameName(u.Unit.GroupCode, group.Code)))
            diagnostics.Error("CP014", surveyFile, group.Code, group.Name);
        return anyAnswers;
    }
}
