using IndexScorer.Frameworks;
using IndexScorer.Ranking;
using IndexScorer.Results;
using IndexScorer.Rules;
using IndexScorer.Text;

namespace IndexScorer.Campaigns;

/// <summary>Turns a group's ranking into the results model, once, right after ranking.</summary>
internal static class ResultsBuilder
{
    /// <summary>The group's results; <paramref name="answers"/> holds every unit's survey answers (unit key, leaf code, option).</summary>
    public static ScoredGroup Group(
        UnitGroup group, IReadOnlyList<RankedUnit<UnitOutcome>> ranked, bool surveyInUse,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>> answers)
    {
        var units = ranked.Select(r => Unit(group, r, answers.GetValueOrDefault(TextKey.Of(r.Score.Unit.Code)))).ToArray();
        return new ScoredGroup(group.Code, group.Name, surveyInUse, GroupNodes.Of(group).Summaries, group.Bands, units);
    }

    private static ScoredUnit Unit(
        UnitGroup group, RankedUnit<UnitOutcome> ranked, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>? answers)
    {
        var score = ranked.Score;
        return new ScoredUnit(score.Unit.Code, score.Unit.Name, ranked.Rank, ranked.IsTied, ranked.Band?.Label, score.IndexPercent, score.ScoredPoints,
            score.Bonus, score.Penalty, score.MaxInUse, score.Criteria, answers is null ? null : InRuleOrder(group, answers))
        {
            WeightedFields = score.WeightedFields,
        };
    }

    /// <summary>The answers per survey leaf with the options in the rule's order (the survey file's order is arbitrary).</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, decimal>> InRuleOrder(
        UnitGroup group, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> answers)
    {
        var ordered = new Dictionary<string, IReadOnlyDictionary<string, decimal>>();
        foreach (var leaf in group.Leaves)
        {
            if (leaf.Rule is not SurveyRule rule || !answers.TryGetValue(leaf.Code.Value, out var byOption)) continue;
            ordered[leaf.Code.Value] = rule.Options.Where(o => byOption.ContainsKey(o.Name)).ToDictionary(o => o.Name, o => byOption[o.Name]);
        }
        return ordered;
    }
}
