namespace IndexScorer.Comparison;

/// <summary>
/// The correspondence between two years' criteria, group by group. Only the differences need rows: a code present in
/// both frameworks and named by no row maps to itself. Immutable.
/// </summary>
public sealed class Crosswalk
{
    /// <summary>Creates a crosswalk from its rows, in file order.</summary>
    public Crosswalk(IReadOnlyList<CrosswalkLink> links) => Links = links;

    /// <summary>A crosswalk without rows: every criterion maps to the same code.</summary>
    public static Crosswalk Empty { get; } = new([]);

    /// <summary>The rows in file order.</summary>
    public IReadOnlyList<CrosswalkLink> Links { get; }

    /// <summary>The rows of one group (case-insensitive).</summary>
    public IEnumerable<CrosswalkLink> ForGroup(string group) =>
        Links.Where(l => string.Equals(l.Group, group, StringComparison.OrdinalIgnoreCase));

    /// <summary>The rows that map the older year's group <paramref name="olderGroup"/> into the newer year's <paramref name="newerGroup"/> (case-insensitive).</summary>
    public IEnumerable<CrosswalkLink> ForGroups(string olderGroup, string newerGroup) =>
        ForGroup(newerGroup).Where(l => string.Equals(l.OlderGroup, olderGroup, StringComparison.OrdinalIgnoreCase));

    /// <summary>The kind of a row, read from the rows around it: several rows sharing a new code are a merge, sharing an old code a split.</summary>
    public CrosswalkKind KindOf(CrosswalkLink link)
    {
        if (link.Old is null) return CrosswalkKind.New;
        if (link.New is null) return CrosswalkKind.Removed;
        var group = ForGroup(link.Group).Where(l => l.Old is not null && l.New is not null).ToArray();
        if (group.Count(l => l.New!.Value == link.New.Value) > 1) return CrosswalkKind.ManyToOne;
        if (group.Count(l => l.Old!.Value == link.Old.Value) > 1) return CrosswalkKind.OneToMany;
        return CrosswalkKind.OneToOne;
    }
}
