using IndexScorer.Diagnostics;

namespace IndexScorer.Comparison;

/// <summary>
/// One row of a unit lineage: the older year's unit <paramref name="OldCode"/> became (wholly, or for its
/// <see cref="Share"/>) the newer year's unit <paramref name="NewCode"/>. Several rows sharing a new code are a merger,
/// several sharing an old code a split, one row with two codes a rename; a blank new code: the unit (or that part of it)
/// has no successor among the units compared.
/// </summary>
/// <param name="OldCode">The older year's unit code; not blank.</param>
/// <param name="NewCode">The newer year's unit code; null when this part of the old unit has no successor.</param>
public sealed record LineageLink(string OldCode, string? NewCode)
{
    private readonly decimal? _share;
    private readonly decimal? _weight;

    /// <summary>The older year's unit code; not blank.</summary>
    public string OldCode { get; init; } = Preconditions.NotBlank(OldCode);

    /// <summary>The year the old code belongs to, when the row says it; it must be the older year compared.</summary>
    public int? OldYear { get; init; }

    /// <summary>The old unit's name as the row gives it (for a unit without results, the only name known).</summary>
    public string OldName { get; init; } = "";

    /// <summary>
    /// The part of the old unit that went to <see cref="NewCode"/>, above 0 and at most 1. Null: equal shares among the
    /// old unit's rows (1 for a unit on one row). An old unit's shares must add up to 1.
    /// </summary>
    public decimal? Share
    {
        get => _share;
        init
        {
            Preconditions.Require(value is null or > 0m and <= 1m, "A share is above 0 and at most 1");
            _share = value;
        }
    }

    /// <summary>The old unit's size (population, area, dossiers …), positive; null when none is given (equal weights).</summary>
    public decimal? Weight
    {
        get => _weight;
        init => _weight = value is { } weight ? Preconditions.Positive(weight) : null;
    }

    /// <summary>What <see cref="Weight"/> measures, as the file says it (e.g. "dân số"); empty when not said.</summary>
    public string Basis { get; init; } = "";

    /// <summary>True when the file says the old unit was not scored in the older year (a unit outside the results compared).</summary>
    public bool WithoutResults { get; init; }

    /// <summary>A free note.</summary>
    public string Note { get; init; } = "";

    /// <summary>Where the row and its cells were read, when it came from a file.</summary>
    public LineageCells? Cells { get; init; }
}

/// <summary>Where a lineage row and each of its cells stand, so that a refusal names the cell.</summary>
/// <param name="Row">The row (or line).</param>
/// <param name="OldYear">The old year's cell.</param>
/// <param name="OldCode">The old code's cell.</param>
/// <param name="NewCode">The new code's cell.</param>
/// <param name="Share">The share's cell.</param>
/// <param name="Weight">The weight's cell.</param>
public sealed record LineageCells(
    SourceLocation Row, SourceLocation OldYear, SourceLocation OldCode, SourceLocation NewCode, SourceLocation Share, SourceLocation Weight);
