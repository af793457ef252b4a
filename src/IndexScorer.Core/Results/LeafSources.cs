using IndexScorer.Diagnostics;

namespace IndexScorer.Results;

/// <summary>
/// Where each value of a leaf came from (provenance): the cells of the unit's inputs and of its self score, and the cells of
/// the council's round 1, the unit's explanation and round 2. A value that was not given has no place.
/// </summary>
/// <remarks>
/// A national run keeps this for every leaf of every unit, so the unit's cells are kept compactly: when the inputs and the self
/// score lie on one sheet (always, for a form), the file and sheet are kept once and each cell as its address; the places
/// are made again when asked for.
/// </remarks>
public sealed class LeafSources : IEquatable<LeafSources>
{
    // The compact form: one file and sheet, the input cells then the self cell (null when there is none).
    private readonly string? _file;
    private readonly string? _sheet;
    private readonly string?[]? _cells;

    // The general form, for places that do not share one sheet.
    private readonly IReadOnlyList<SourceLocation>? _inputs;
    private readonly SourceLocation? _self;

    /// <summary>The places of a leaf's values.</summary>
    /// <param name="inputs">The unit's input cells, in rule order.</param>
    /// <param name="self">The cell of the self score on the unit's form.</param>
    /// <param name="round1">The council's round-1 cell.</param>
    /// <param name="explanation">The cell of the unit's explanation.</param>
    /// <param name="round2">The council's round-2 cell.</param>
    public LeafSources(IReadOnlyList<SourceLocation> inputs, SourceLocation? self, SourceLocation? round1, SourceLocation? explanation, SourceLocation? round2)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        (Round1, Explanation, Round2) = (round1, explanation, round2);
        var first = inputs.Count > 0 ? inputs[0] : self;
        if (first is { Line: null } && inputs.All(i => OnSheetOf(i, first)) && (self is null || self.Cell is not null && OnSheetOf(self, first)))
        {
            (_file, _sheet) = (first.File, first.Sheet);
            _cells = new string?[inputs.Count + 1];
            for (var i = 0; i < inputs.Count; i++) _cells[i] = inputs[i].Cell;
            _cells[^1] = self?.Cell;
        }
        else
        {
            (_inputs, _self) = (inputs.ToArray(), self);
        }
    }

    /// <summary>No place known (parents, survey leaves, results read from an earlier file).</summary>
    public static LeafSources None { get; } = new([], null, null, null, null);

    /// <summary>The unit's input cells, in rule order.</summary>
    public IReadOnlyList<SourceLocation> Inputs
    {
        get
        {
            if (_cells is null) return _inputs!;
            var inputs = new SourceLocation[_cells.Length - 1];
            for (var i = 0; i < inputs.Length; i++) inputs[i] = new SourceLocation(_file!, _sheet, _cells[i]);
            return inputs;
        }
    }

    /// <summary>The cell of the self score on the unit's form (the engine recomputes it from the inputs).</summary>
    public SourceLocation? Self => _cells is null ? _self : _cells[^1] is { } cell ? new SourceLocation(_file!, _sheet, cell) : null;

    /// <summary>The council's round-1 cell.</summary>
    public SourceLocation? Round1 { get; }

    /// <summary>The cell of the unit's explanation.</summary>
    public SourceLocation? Explanation { get; }

    /// <summary>The council's round-2 cell.</summary>
    public SourceLocation? Round2 { get; }

    /// <summary>True when no place is known.</summary>
    public bool IsNone => (_cells is null ? _inputs!.Count == 0 && _self is null : _cells.Length == 1 && _cells[0] is null)
        && Round1 is null && Explanation is null && Round2 is null;

    /// <summary>Equal when every place is equal, the inputs compared in order.</summary>
    public bool Equals(LeafSources? other) =>
        other is not null && Inputs.SequenceEqual(other.Inputs) && Self == other.Self && Round1 == other.Round1 && Explanation == other.Explanation
        && Round2 == other.Round2;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LeafSources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Inputs.Count, Self, Round1, Explanation, Round2);

    private static bool OnSheetOf(SourceLocation place, SourceLocation first) =>
        place.Line is null && place.File == first.File && place.Sheet == first.Sheet;
}
