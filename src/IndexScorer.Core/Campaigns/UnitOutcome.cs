using IndexScorer.Frameworks;
using IndexScorer.Ranking;
using IndexScorer.Results;
using IndexScorer.Scoring;
using IndexScorer.Units;

namespace IndexScorer.Campaigns;

/// <summary>
/// A unit's score as a campaign keeps it until every form is in: the results per node, already in the results model, and the
/// totals ranking needs. The scoring intermediates (leaf layers, node totals by code) are dropped as soon as the unit is
/// scored, so a national run holds one compact record per unit.
/// </summary>
internal sealed class UnitOutcome : IRankable
{
    private readonly GroupNodes _nodes;

    private UnitOutcome(Unit unit, UnitGroup group, GroupNodes nodes, CriterionResult[] criteria,
        decimal scoredPoints, decimal bonus, decimal penalty, decimal maxInUse, decimal indexPercent)
    {
        Unit = unit;
        Group = group;
        _nodes = nodes;
        Criteria = criteria;
        ScoredPoints = scoredPoints;
        Bonus = bonus;
        Penalty = penalty;
        MaxInUse = maxInUse;
        IndexPercent = indexPercent;
    }

    public Unit Unit { get; }

    public UnitGroup Group { get; }

    /// <summary>Every node's result, in the group's tree order (<see cref="GroupNodes.Nodes"/>).</summary>
    public CriterionResult[] Criteria { get; }

    public decimal ScoredPoints { get; }

    public decimal Bonus { get; }

    public decimal Penalty { get; }

    public decimal MaxInUse { get; }

    public decimal IndexPercent { get; }

    /// <summary>Each field's weighted contribution (<see cref="UnitScore.WeightedFields"/>); null without weights.</summary>
    public IReadOnlyList<decimal>? WeightedFields { get; private init; }

    public decimal PointsOf(CriterionCode code) => Criteria[_nodes.IndexOf(code)].FinalPoints;

    /// <summary>The compact record of a unit just scored.</summary>
    public static UnitOutcome Of(UnitScore score)
    {
        var nodes = GroupNodes.Of(score.Group);
        var results = new CriterionResult[nodes.Nodes.Length];
        for (var i = 0; i < results.Length; i++)
        {
            var node = nodes.Nodes[i];
            if (node.IsLeaf)
            {
                var leaf = score.Leaves[score.Group.LeafIndexOf(node.Code)];
                results[i] = new CriterionResult(nodes.Summaries[i], leaf.SelfPoints, leaf.Appraisal1, leaf.Appraisal2, leaf.SurveyPoints, leaf.FinalPoints,
                    leaf.MaxInUse, leaf.NotApplicable, leaf.Evidence, leaf.Note, leaf.AppraisalNote, leaf.Explanation)
                { Sources = leaf.Sources };
            }
            else
            {
                var total = score.Total(node.Code);
                results[i] = CriterionResult.OfParent(nodes.Summaries[i], total.Points, total.MaxInUse);
            }
        }
        return new UnitOutcome(score.Unit, score.Group, nodes, results, score.ScoredPoints, score.Bonus, score.Penalty, score.MaxInUse, score.IndexPercent)
        {
            WeightedFields = score.WeightedFields,
        };
    }
}
