using IndexScorer.Frameworks;

namespace IndexScorer.Comparison;

/// <summary>One unit's scored and ranked result in one year, with every node's points: what results.json holds per unit.</summary>
public sealed class ScoredUnit
{
    private readonly Dictionary<string, CriterionResult> _byCode;

    /// <summary>Creates the result; <paramref name="criteria"/> holds every node of the unit's tree.</summary>
    public ScoredUnit(
        string code, string name, int rank, bool isTied, string? band, decimal indexPercent, decimal bonus, decimal penalty, decimal maxInUse,
        IReadOnlyList<CriterionResult> criteria)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        Code = code;
        Name = name;
        Rank = rank;
        IsTied = isTied;
        Band = band;
        IndexPercent = indexPercent;
        Bonus = bonus;
        Penalty = penalty;
        MaxInUse = maxInUse;
        Criteria = criteria;
        _byCode = criteria.ToDictionary(c => c.Code.Value);
    }

    /// <summary>The unit's code on the roster.</summary>
    public string Code { get; }

    /// <summary>The unit's name.</summary>
    public string Name { get; }

    /// <summary>The competition rank in its group (1, 2, 2, 4).</summary>
    public int Rank { get; }

    /// <summary>True when another unit shares the rank.</summary>
    public bool IsTied { get; }

    /// <summary>The classification band's label, if the group has bands.</summary>
    public string? Band { get; }

    /// <summary>The index at full precision.</summary>
    public decimal IndexPercent { get; }

    /// <summary>Bonus after the cap.</summary>
    public decimal Bonus { get; }

    /// <summary>Penalty after the cap (positive, subtracted).</summary>
    public decimal Penalty { get; }

    /// <summary>The maximum of the scale in use for this unit.</summary>
    public decimal MaxInUse { get; }

    /// <summary>Every node's result in framework order.</summary>
    public IReadOnlyList<CriterionResult> Criteria { get; }

    /// <summary>The node's result, or null when the unit's tree has no such code.</summary>
    public CriterionResult? Find(CriterionCode code) => _byCode.GetValueOrDefault(code.Value);
}
