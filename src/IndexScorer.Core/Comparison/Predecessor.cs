using IndexScorer.Results;

namespace IndexScorer.Comparison;

/// <summary>One older unit (or part of one) that a newer unit was formed from, with its weight in the pro-forma last year.</summary>
/// <param name="Code">The old unit's code.</param>
/// <param name="Name">The old unit's name (its results' name, else the lineage file's).</param>
/// <param name="Group">The old unit's group in the older year; null when it has no results.</param>
/// <param name="Result">The old unit's result in the older year (its own index and rank); null when it was not scored.</param>
/// <param name="Share">The part of the old unit that went into the new unit (0 to 1).</param>
/// <param name="Weight">The old unit's size as given; null when equal weights were used.</param>
/// <param name="Basis">What the weight measures, as the lineage says; empty when not said.</param>
/// <param name="PieceWeight">The weight of this part in the new unit: (weight, or 1) × share.</param>
/// <param name="WeightShare">This part's share of the new unit's total weight (0 to 1).</param>
public sealed record Predecessor(
    string Code, string Name, string? Group, ScoredUnit? Result, decimal Share, decimal? Weight, string Basis, decimal PieceWeight, decimal WeightShare);
