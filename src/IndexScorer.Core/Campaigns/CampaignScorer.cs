using IndexScorer.Appraisal;
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
    /// <paramref name="surveyFile"/> is where messages about missing survey results point; <paramref name="appraisal"/>, when
    /// given, is the council's files' rows and the only source of appraised points.
    /// </summary>
    public static ScoredYear? Score(
        Framework framework, int year, IReadOnlyList<RosterEntry> roster, IEnumerable<UnitSubmission> submissions,
        IReadOnlyList<SurveyResponse> survey, DiagnosticBag diagnostics, IProgress<int>? progress = null, SourceLocation? surveyFile = null,
        IEnumerable<AppraisalRow>? appraisal = null) =>
        Score(framework, year, roster, submissions.Select(ReceivedForm.Of), survey, diagnostics, progress, surveyFile, appraisal);

    /// <summary>As above, from the files of the forms folder as read (a form that could not be read has had its messages).</summary>
    public static ScoredYear? Score(
        Framework framework, int year, IReadOnlyList<RosterEntry> roster, IEnumerable<ReceivedForm> forms,
        IReadOnlyList<SurveyResponse> survey, DiagnosticBag diagnostics, IProgress<int>? progress, SourceLocation? surveyFile,
        IEnumerable<AppraisalRow>? appraisal)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var state = Assess(framework, roster, forms, survey, diagnostics, progress, surveyFile, appraisal);
        foreach (var unit in state.Units.Where(u => !u.Readable)) diagnostics.Error("CP005", unit.Entry.Location, unit.Unit.Code, unit.Unit.Name);
        return diagnostics.ErrorCount > errorsBefore ? null : Rank(framework, year, state, state.Units);
    }

    /// <summary>
    /// Ranks the given units (each of them valid) into the year's results: all of them for a final run, the valid ones for a
    /// provisional one.
    /// </summary>
    public static ScoredYear Rank(Framework framework, int year, CampaignState state, IEnumerable<UnitStatus> units)
    {
        var scores = units.Select(u => u.Score ?? throw new ArgumentException($"Unit {u.Unit.Code} has no score.", nameof(units))).ToArray();
        var groups = framework.Groups
            .Select(g => (Group: g, Ranked: GroupRanking.Rank(g, scores.Where(s => s.Group == g))))
            .Where(r => r.Ranked.Count > 0)
            .Select(r => ResultsBuilder.Group(r.Group, r.Ranked, state.SurveyInUse[r.Group.Code], state.Answers))
            .ToArray();
        return new ScoredYear(year, FrameworkIdentity.Of(framework), groups);
    }

    /// <summary>
    /// Judges every unit on its own: checks the roster, the survey and the council's files, reads and scores each form as it
    /// arrives, and says per roster unit what it sent and whether it scores. A unit without a form is no error here (whoever
    /// needs every unit says so). <paramref name="keepSubmissions"/> keeps what each valid form holds (the council's workbook
    /// shows it); otherwise only the scores are kept. Problems of one unit's form go to <paramref name="formDiagnostics"/>
    /// (default <paramref name="diagnostics"/>), those of the campaign as a whole to <paramref name="diagnostics"/>.
    /// </summary>
    public static CampaignState Assess(
        Framework framework, IReadOnlyList<RosterEntry> roster, IEnumerable<ReceivedForm> forms, IReadOnlyList<SurveyResponse> survey,
        DiagnosticBag diagnostics, IProgress<int>? progress, SourceLocation? surveyFile, IEnumerable<AppraisalRow>? appraisal,
        bool keepSubmissions = false, DiagnosticBag? formDiagnostics = null)
    {
        var fd = formDiagnostics ?? diagnostics;
        var setupBefore = diagnostics.ErrorCount;
        var units = CheckRoster(framework, roster, diagnostics);
        var answers = CollectSurvey(framework, units, survey, diagnostics);
        var surveyInUse = framework.Groups.ToDictionary(g => g.Code, g => SurveyInUse(g, units, answers, surveyFile, diagnostics));
        var council = appraisal is null ? null : CouncilAppraisal.Merge(framework, units, appraisal, diagnostics);
        var campaignErrors = diagnostics.ErrorCount - setupBefore;

        var received = units.Accepted.Keys.ToDictionary(k => k, _ => new List<SourceLocation>());
        var problems = units.Accepted.Keys.ToDictionary(k => k, _ => 0);
        var scores = new Dictionary<string, UnitOutcome>();
        var kept = new Dictionary<string, UnitSubmission>();
        var readable = new HashSet<string>();
        var stray = new List<SourceLocation>();
        var count = 0;
        foreach (var form in forms)
        {
            progress?.Report(++count);
            var code = form.UnitCode is null ? null : TextKey.Of(form.UnitCode);
            if (code is null || !units.Accepted.TryGetValue(code, out var entry))
            {
                // A unit whose roster row was refused has had its one message; its form is not a second problem.
                if (code is not null && form.Submission is not null && !units.Knows(code)) fd.Error("CP003", form.Origin, form.UnitCode!);
                stray.Add(form.Origin);
                continue;
            }
            var before = fd.ErrorCount;
            var first = received[code].FirstOrDefault();
            received[code].Add(form.Origin);
            if (first is not null)
            {
                fd.Error("CP004", form.Origin, form.UnitCode!, first.File);
                problems[code] += 1;
                continue;
            }
            problems[code] += form.Errors;
            if (form.Submission is not { } submission) continue;
            readable.Add(code);
            if (!TextKey.SameName(submission.Unit.GroupCode, entry.Unit.GroupCode))
            {
                fd.Error("CP006", submission.Origin, submission.Unit.Code, submission.Unit.GroupCode, entry.Unit.GroupCode);
                problems[code] += fd.ErrorCount - before;
                continue;
            }
            if (!TextKey.SameName(submission.Unit.Name, entry.Unit.Name))
                fd.Warning("CP007", submission.Origin, submission.Unit.Name, entry.Unit.Name);
            var group = framework.FindGroup(entry.Unit.GroupCode)!;
            var unitAnswers = surveyInUse[group.Code] ? answers.GetValueOrDefault(code) ?? Empty : null;
            // The council's files are the only source of appraisal once they are given (null: the submission's own, for tests of the domain).
            var joined = council is null ? submission with { Unit = entry.Unit } : submission with { Unit = entry.Unit, Appraisal = council.For(entry.Unit.Code) };
            var scored = UnitScorer.Score(group, joined, unitAnswers, fd, surveyFile);
            problems[code] += fd.ErrorCount - before;
            if (scored is not null) scores[code] = UnitOutcome.Of(scored);
            if (keepSubmissions && scored is not null) kept[code] = joined;
        }
        var statuses = roster.Where(units.IsAccepted).Select(e =>
        {
            var key = TextKey.Of(e.Unit.Code);
            return new UnitStatus(e, received[key], scores.GetValueOrDefault(key), problems[key], kept.GetValueOrDefault(key), readable.Contains(key));
        }).ToArray();
        return new CampaignState(statuses, stray, campaignErrors, surveyInUse, answers, council ?? CouncilAppraisal.None);
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

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>> CollectSurvey(
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
            // A whole number: 2.000, 2,000 and 2 000 are two thousand respondents.
            if (NumberText.Read(response.Respondents, NumberField.Whole) is not { HadPercent: false, Value: var respondents }
                || respondents < 0 || respondents > MaxRespondents
                || respondents != decimal.Truncate(respondents))
            {
                diagnostics.Error("CP013", response.Respondents.Location, response.Respondents.Text, MaxRespondents);
                continue;
            }
            var perLeaf = byUnit.TryGetValue(unitKey, out var u) ? u : byUnit[unitKey] = [];
            var perOption = perLeaf.TryGetValue(leaf.Code.Value, out var o) ? o : perLeaf[leaf.Code.Value] = [];
            perOption[option.Name] = perOption.GetValueOrDefault(option.Name) + respondents;
        }
        return byUnit.ToDictionary<KeyValuePair<string, Dictionary<string, Dictionary<string, decimal>>>, string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>>(
            u => u.Key,
            u => (IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>)u.Value.ToDictionary(
                l => l.Key, l => (IReadOnlyDictionary<string, decimal>)l.Value));
    }

    private static bool SurveyInUse(
        UnitGroup group, RosterCheck units,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>> answers, SourceLocation? surveyFile, DiagnosticBag diagnostics)
    {
        if (group.SurveyMaximum == 0m) return false;
        var anyAnswers = units.Accepted.Any(u => TextKey.SameName(u.Value.Unit.GroupCode, group.Code) && answers.ContainsKey(u.Key));
        if (!anyAnswers && group.SurveyPolicy == SurveyPolicy.Required && units.Accepted.Values.Any(u => TextKey.SameName(u.Unit.GroupCode, group.Code)))
            diagnostics.Error("CP014", surveyFile, group.Code, group.Name);
        return anyAnswers;
    }
}
