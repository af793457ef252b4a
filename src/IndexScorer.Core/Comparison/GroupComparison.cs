namespace IndexScorer.Comparison;

/// <summary>One unit group compared across two years.</summary>
/// <param name="Code">The group's code.</param>
/// <param name="Name">The group's name (the newer year's when both).</param>
/// <param name="Units">Units of the newer year in its rank order, then units of the older year only.</param>
/// <param name="Matching">How the criteria were matched (what the comparable index covers); null when the group is in one year only.</param>
public sealed record GroupComparison(string Code, string Name, IReadOnlyList<UnitComparison> Units, CriterionMatching? Matching)
{
    /// <summary>Units with a last-year index (in both years, or pro-forma), biggest rise first, biggest fall last.</summary>
    public IEnumerable<UnitComparison> Movers =>
        Units.Where(u => u.Compared).OrderByDescending(u => u.IndexChange).ThenBy(u => u.Code, StringComparer.Ordinal);
}
