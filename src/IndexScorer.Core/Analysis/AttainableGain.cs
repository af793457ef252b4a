using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>A criterion where a unit lost points that most of its group achieved in full.</summary>
/// <param name="Criterion">The scored leaf.</param>
/// <param name="Points">The points the unit lost there (its maximum in use minus its points).</param>
/// <param name="ShareInFull">The share (0–1) of the group's units counted there that have every point.</param>
public sealed record AttainableGain(CriterionSummary Criterion, decimal Points, double ShareInFull);
