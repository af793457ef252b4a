using IndexScorer.Frameworks;
using IndexScorer.Units;

namespace IndexScorer.Ranking;

/// <summary>What ranking needs of a scored unit: who it is, its full-precision index and a node's points for the tie-breakers.</summary>
internal interface IRankable
{
    /// <summary>The unit.</summary>
    Unit Unit { get; }

    /// <summary>The index at full precision.</summary>
    decimal IndexPercent { get; }

    /// <summary>The points of a node of the unit's tree (a tie-breaker).</summary>
    decimal PointsOf(CriterionCode code);
}
