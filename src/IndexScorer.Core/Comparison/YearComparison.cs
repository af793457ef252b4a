using IndexScorer.Results;

namespace IndexScorer.Comparison;

/// <summary>Two scored years compared, group by group.</summary>
/// <param name="Older">The older year.</param>
/// <param name="Newer">The newer year.</param>
/// <param name="Crosswalk">The crosswalk used.</param>
/// <param name="Groups">The groups, the newer year's first.</param>
public sealed record YearComparison(ScoredYear Older, ScoredYear Newer, Crosswalk Crosswalk, IReadOnlyList<GroupComparison> Groups)
{
    /// <summary>The unit lineage used (units merged, split, renamed); null when units were matched by code and name only.</summary>
    public UnitLineage? Lineage { get; init; }

    /// <summary>The share of a unit's weight that must have last-year results for its pro-forma last year not to be flagged.</summary>
    public decimal MinimumCoverage { get; init; } = UnitLineage.DefaultMinimumCoverage;
}
