using IndexScorer.Results;

namespace IndexScorer.Comparison;

/// <summary>Two scored years compared, group by group.</summary>
/// <param name="Older">The older year.</param>
/// <param name="Newer">The newer year.</param>
/// <param name="Crosswalk">The crosswalk used.</param>
/// <param name="Groups">The groups, the newer year's first.</param>
public sealed record YearComparison(ScoredYear Older, ScoredYear Newer, Crosswalk Crosswalk, IReadOnlyList<GroupComparison> Groups);
