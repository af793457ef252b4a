namespace IndexScorer.Comparison;

/// <summary>
/// Which units of an older year became which units of a newer one (mergers, splits, renames), row by row, as a lineage
/// file gives it. Immutable; checked against the two years when compared.
/// </summary>
public sealed class UnitLineage
{
    /// <summary>Creates the lineage from its rows, in file order.</summary>
    public UnitLineage(IReadOnlyList<LineageLink> links) => Links = links;

    /// <summary>The rows in file order.</summary>
    public IReadOnlyList<LineageLink> Links { get; }

    /// <summary>The share of the pro-forma weight below which a unit's last year is flagged as thinly covered: 80 %.</summary>
    public const decimal DefaultMinimumCoverage = 0.8m;
}
