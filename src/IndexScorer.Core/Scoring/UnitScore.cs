using IndexScorer.Frameworks;
using IndexScorer.Ranking;
using IndexScorer.Units;

namespace IndexScorer.Scoring;

/// <summary>A unit's scored result: every leaf, every node total, the bonus and penalty, and the index. Immutable.</summary>
internal sealed class UnitScore : IRankable
{
    private readonly IReadOnlyDictionary<string, NodeTotal> _nodes;

    internal UnitScore(
        Unit unit, UnitGroup group, IReadOnlyList<LeafScore> leaves, IReadOnlyDictionary<string, NodeTotal> nodes,
        decimal bonus, decimal penalty, decimal indexPercent)
    {
        Unit = unit;
        Group = group;
        Leaves = leaves;
        _nodes = nodes;
        Bonus = bonus;
        Penalty = penalty;
        IndexPercent = indexPercent;
        ScoredPoints = group.Fields.Sum(f => nodes[f.Code.Value].Points);
        MaxInUse = group.Fields.Sum(f => nodes[f.Code.Value].MaxInUse);
    }

    /// <summary>The unit.</summary>
    public Unit Unit { get; }

    /// <summary>The group it was scored in.</summary>
    public UnitGroup Group { get; }

    /// <summary>Every leaf's score layers, in the order of <see cref="UnitGroup.Leaves"/>.</summary>
    public IReadOnlyList<LeafScore> Leaves { get; }

    /// <summary>Points of the scored fields (appraised and survey), before bonus and penalty.</summary>
    public decimal ScoredPoints { get; }

    /// <summary>Bonus points after the section's cap.</summary>
    public decimal Bonus { get; }

    /// <summary>Penalty points after the section's cap (a positive number, subtracted).</summary>
    public decimal Penalty { get; }

    /// <summary>Points achieved: scored points + bonus − penalty, at full precision.</summary>
    public decimal TotalPoints => ScoredPoints + Bonus - Penalty;

    /// <summary>The maximum of the scale in use for this unit (excluded criteria and an unused survey left out).</summary>
    public decimal MaxInUse { get; }

    /// <summary>The index, 0–100 (more with bonus), at full precision; rank on this, display it rounded.</summary>
    public decimal IndexPercent { get; }

    /// <summary>
    /// With weights in the group's tree, what each field adds to the points the index is built from (in the order of
    /// <see cref="UnitGroup.Fields"/>); null without weights, where those points are <see cref="ScoredPoints"/>.
    /// </summary>
    public IReadOnlyList<decimal>? WeightedFields { get; init; }

    /// <summary>A node's total (field, criterion, section), by code.</summary>
    public NodeTotal Total(CriterionCode code) => _nodes[code.Value];

    /// <inheritdoc/>
    public decimal PointsOf(CriterionCode code) => Total(code).Points;
}
