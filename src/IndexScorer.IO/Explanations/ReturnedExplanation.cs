using IndexScorer.Diagnostics;

namespace IndexScorer.IO.Explanations;

/// <summary>What a unit typed on one criterion row of a returned explanation file, with the place of its explanation cell.</summary>
/// <param name="UnitCode">The unit the file was sent to (from its seal).</param>
/// <param name="CriterionCode">The criterion (a protected cell, checked against the seal).</param>
/// <param name="Explanation">The explanation typed.</param>
/// <param name="NewEvidence">The new evidence typed.</param>
/// <param name="Where">The explanation cell.</param>
internal sealed record ReturnedExplanation(string UnitCode, string CriterionCode, string Explanation, string NewEvidence, SourceLocation Where)
{
    /// <summary>True when the unit typed anything on this row.</summary>
    public bool IsTyped => !string.IsNullOrWhiteSpace(Explanation) || !string.IsNullOrWhiteSpace(NewEvidence);
}
