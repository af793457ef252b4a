using IndexScorer.Frameworks;
using IndexScorer.Ranking;
using IndexScorer.Results;
using IndexScorer.Rules;
using IndexScorer.Text;

namespace IndexScorer.Campaigns;

/// <summary>Turns a group's ranking (the scoring intermediates) into the results model, once, right after ranking.</summary>
internal static class ResultsBuilder
{
    /// <summary>The group's results; <paramref name="answers"/> holds every unit's survey answers (unit key, leaf code, option).</summary>
    public static ScoredGroup Group(
        UnitGroup group, IReadOnlyList<RankedUnit> ranked, bool surveyInUse,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>> answers)
    {
        var nodes = group.Sections.SelectMany(s => s.SelfAndDescendants()).ToArray();
        var criteria = nodes.Select(CriterionSummary.Of).ToArray();
        var units = ranked.Select(r => Unit(group, nodes, criteria, r, answers.GetValueOrDefault(TextKey.Of(r.Score.Unit.Code)))).ToArray();
        return new ScoredGroup(group.Code, group.Name, surveyInUse, criteria, group.Bands, units);
    }

    private static ScoredUnit Unit(
        UnitGroup group, Criterion[] nodes, CriterionSummary[] criteria, RankedUnit ranked, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>? answers)
    {
        var score = ranked.Score;
        var results = new CriterionResult[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i].IsLeaf)
            {
                var leaf = score.Leaves[group.LeafIndexOf(nodes[i].Code)];
                results[i] = new CriterionResult(criteria[i], leaf.SelfPoints, leaf.Appraisal1, leaf.Appraisal2, leaf.SurveyPoints, leaf.FinalPoints,
                    leaf.MaxInUse, leaf.NotApplicable, leaf.Evidence, leaf.Note, leaf.AppraisalNote, leaf.Explanation);
            }
            else
            {
                var total = score.Total(nodes[i].Code);
                results[i] = CriterionResult.OfParent(criteria[i], total.Points, total.MaxInUse);
            }
        }
        return new ScoredUnit(score.Unit.Code, score.Unit.Name, ranked.Rank, ranked.IsTied, ranked.Band?.Label, score.IndexPercent, score.ScoredPoints,
            score.Bonus, score.Penalty, score.MaxInUse, results, answers is null ? null : InRuleOrder(group, answers));
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
