namespace IndexScorer.Comparison;

/// <summary>How a crosswalk row maps the older framework's criteria to the newer one's.</summary>
public enum CrosswalkKind
{
    /// <summary>One old criterion is one new criterion (same code with another maximum or wording, or renumbered).</summary>
    OneToOne,

    /// <summary>Several old criteria were merged into one new criterion.</summary>
    ManyToOne,

    /// <summary>One old criterion was split into several new ones.</summary>
    OneToMany,

    /// <summary>The old criterion has no counterpart in the newer framework.</summary>
    Removed,

    /// <summary>The new criterion has no counterpart in the older framework.</summary>
    New,
}
