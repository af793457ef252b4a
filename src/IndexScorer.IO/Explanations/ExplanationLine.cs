namespace IndexScorer.IO.Explanations;

/// <summary>A criterion where round 1 lowered the unit's points, as the explanation file shows it to the unit.</summary>
/// <param name="CriterionCode">The leaf's code.</param>
/// <param name="Title">The leaf's title.</param>
/// <param name="Max">The leaf's maximum.</param>
/// <param name="Self">The unit's self score.</param>
/// <param name="Round1">The council's round-1 points.</param>
/// <param name="Round1Note">The council's round-1 note.</param>
internal sealed record ExplanationLine(string CriterionCode, string Title, decimal Max, decimal Self, decimal Round1, string Round1Note);
