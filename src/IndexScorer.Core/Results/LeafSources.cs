using IndexScorer.Diagnostics;

namespace IndexScorer.Results;

/// <summary>
/// Where each value of a leaf came from (provenance): the cells of the unit's inputs and of its self score, and the cells of
/// the council's round 1, the unit's explanation and round 2. A value that was not given has no place.
/// </summary>
/// <param name="Inputs">The unit's input cells, in rule order.</param>
/// <param name="Self">The cell of the self score on the unit's form (the engine recomputes it from the inputs).</param>
/// <param name="Round1">The council's round-1 cell.</param>
/// <param name="Explanation">The cell of the unit's explanation.</param>
/// <param name="Round2">The council's round-2 cell.</param>
public sealed record LeafSources(
    IReadOnlyList<SourceLocation> Inputs, SourceLocation? Self, SourceLocation? Round1, SourceLocation? Explanation, SourceLocation? Round2)
{
    /// <summary>No place known (parents, survey leaves, results read from an earlier file).</summary>
    public static LeafSources None { get; } = new([], null, null, null, null);

    /// <summary>True when no place is known.</summary>
    public bool IsNone => Inputs.Count == 0 && Self is null && Round1 is null && Explanation is null && Round2 is null;

    /// <summary>Equal when every place is equal, the inputs compared in order (a list read back is another list with the same places).</summary>
    public bool Equals(LeafSources? other) =>
        other is not null && Inputs.SequenceEqual(other.Inputs) && Self == other.Self && Round1 == other.Round1 && Explanation == other.Explanation
        && Round2 == other.Round2;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Inputs.Count, Self, Round1, Explanation, Round2);
}
