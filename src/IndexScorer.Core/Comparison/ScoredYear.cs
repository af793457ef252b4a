using IndexScorer.Campaigns;
using IndexScorer.Frameworks;

namespace IndexScorer.Comparison;

/// <summary>
/// A scored year as a comparison (and results.json) sees it: the framework's identity, every group's tree and
/// every unit's points per node. Built from a fresh <see cref="CampaignResult"/> or read back from results.json.
/// </summary>
/// <param name="Year">The year assessed.</param>
/// <param name="FrameworkId">The framework's identifier.</param>
/// <param name="FrameworkName">The framework's title.</param>
/// <param name="FrameworkVersion">The framework's version.</param>
/// <param name="Groups">The groups in framework order.</param>
public sealed record ScoredYear(int Year, string FrameworkId, string FrameworkName, string FrameworkVersion, IReadOnlyList<ScoredGroup> Groups)
{
    /// <summary>The group with that code (case-insensitive), or null.</summary>
    public ScoredGroup? FindGroup(string code) =>
        Groups.FirstOrDefault(g => string.Equals(g.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The snapshot of a scored campaign.</summary>
    public static ScoredYear From(CampaignResult result)
    {
        var groups = result.Groups.Select(g => new ScoredGroup(
            g.Group.Code, g.Group.Name, g.SurveyInUse, CriterionSummary.Of(g.Group),
            g.Units.Select(u => UnitOf(g.Group, u)).ToArray())).ToArray();
        return new ScoredYear(result.Year, result.Framework.Id, result.Framework.Name, result.Framework.Version, groups);
    }

    private static ScoredUnit UnitOf(UnitGroup group, Ranking.RankedUnit ranked)
    {
        var score = ranked.Score;
        var leaves = score.Leaves.ToDictionary(l => l.Criterion.Code.Value);
        var criteria = group.Sections.SelectMany(s => s.SelfAndDescendants()).Select(node =>
        {
            if (leaves.TryGetValue(node.Code.Value, out var leaf))
                return new CriterionResult(node.Code, node.Title, node.MaxPoints, leaf.SelfPoints, leaf.Appraised, leaf.FinalPoints, leaf.MaxInUse, leaf.NotApplicable);
            var total = score.Total(node.Code);
            return new CriterionResult(node.Code, node.Title, node.MaxPoints, null, null, total.Points, total.MaxInUse, false);
        }).ToArray();
        return new ScoredUnit(score.Unit.Code, score.Unit.Name, ranked.Rank, ranked.IsTied, ranked.Band?.Label, score.IndexPercent,
            score.Bonus, score.Penalty, score.MaxInUse, criteria);
    }
}
