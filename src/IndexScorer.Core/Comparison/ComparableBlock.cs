using IndexScorer.Frameworks;

namespace IndexScorer.Comparison;

/// <summary>
/// Leaves that measure the same thing in both years (one row of a crosswalk, or a merge or split taken whole): their points
/// are compared as a block. Only scored-field leaves take part (bonus and penalty are left out of the comparable index).
/// </summary>
/// <param name="Older">The leaves in the older framework.</param>
/// <param name="Newer">The leaves in the newer framework.</param>
public sealed record ComparableBlock(IReadOnlyList<CriterionCode> Older, IReadOnlyList<CriterionCode> Newer);
