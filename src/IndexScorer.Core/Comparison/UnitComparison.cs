using IndexScorer.Results;

namespace IndexScorer.Comparison;

/// <summary>One unit across two years: index, rank, band, fields and the comparable-subset index. Either side may be absent.</summary>
/// <param name="Group">The group's code.</param>
/// <param name="Older">The unit's result in the older year, or null.</param>
/// <param name="Newer">The unit's result in the newer year, or null.</param>
/// <param name="MatchedBy">How the two years' entries were matched.</param>
/// <param name="Fields">Per field, the attainment in both years.</param>
/// <param name="ComparableOlder">The older index recomputed over the criteria present in both years only.</param>
/// <param name="ComparableNewer">The newer index recomputed likewise.</param>
public sealed record UnitComparison(
    string Group, ScoredUnit? Older, ScoredUnit? Newer, UnitMatch MatchedBy, IReadOnlyList<FieldChange> Fields,
    decimal? ComparableOlder, decimal? ComparableNewer)
{
    /// <summary>The unit's code (the newer year's when both).</summary>
    public string Code => (Newer ?? Older)!.Code;

    /// <summary>The unit's name (the newer year's when both).</summary>
    public string Name => (Newer ?? Older)!.Name;

    /// <summary>
    /// With a unit lineage: the newer unit's last year as formed from its predecessors (a unit matched by code or name has
    /// itself as its one predecessor); null without a lineage, or for a unit of one year only.
    /// </summary>
    public ProFormaYear? ProForma { get; init; }

    /// <summary>True when the unit is in both years.</summary>
    public bool InBoth => Older is not null && Newer is not null;

    /// <summary>The last year's index the change is measured from: the pro-forma one with a lineage, else the older year's.</summary>
    public decimal? LastYearIndex => ProForma is not null ? ProForma.IndexPercent : Older?.IndexPercent;

    /// <summary>The last year's rank: recomputed among the units with a last-year index with a lineage, else the older year's.</summary>
    public int? LastYearRank => ProForma is not null ? ProForma.Rank : Older?.Rank;

    /// <summary>The newer year's rank the places gained are counted to (among the same units as <see cref="LastYearRank"/>).</summary>
    public int? NewerRankCompared => ProForma is not null ? ProForma.NewerRank : InBoth ? Newer!.Rank : null;

    /// <summary>True when the unit has a last-year index to compare with (in both years, or formed from predecessors with results).</summary>
    public bool Compared => Newer is not null && LastYearIndex is not null;

    /// <summary>The headline change of the index in percentage points (newer − last year), full precision.</summary>
    public decimal? IndexChange => Compared ? Newer!.IndexPercent - LastYearIndex!.Value : null;

    /// <summary>Places gained (last year's rank − newer rank): positive when the unit rose.</summary>
    public int? RankChange => LastYearRank is { } before && NewerRankCompared is { } after ? before - after : null;

    /// <summary>True when both years have a band and the labels differ.</summary>
    public bool BandChanged => InBoth && Older!.Band is not null && Newer!.Band is not null && !Text.TextKey.SameName(Older.Band, Newer.Band);

    /// <summary>The change of the comparable-subset index in percentage points.</summary>
    public decimal? ComparableChange => ComparableOlder is { } a && ComparableNewer is { } b ? b - a : null;

    /// <summary>
    /// True when the headline change and the comparable-subset change point opposite ways: the headline move is then
    /// an artefact of the framework change and should not be read as progress or decline.
    /// </summary>
    public bool SignDisagrees => IndexChange is { } h && ComparableChange is { } c && Math.Sign(h) * Math.Sign(c) < 0;
}
