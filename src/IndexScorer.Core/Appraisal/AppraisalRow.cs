using IndexScorer.Text;

namespace IndexScorer.Appraisal;

/// <summary>One row of a council's appraisal file as written: the unit, the criterion and what the council typed.</summary>
/// <param name="UnitCode">The unit's code.</param>
/// <param name="CriterionCode">The leaf's code.</param>
/// <param name="Round1">Round-1 points.</param>
/// <param name="Round1Note">Round-1 note.</param>
/// <param name="Explanation">The unit's explanation.</param>
/// <param name="Round2">Round-2 points.</param>
/// <param name="Round2Note">Round-2 note.</param>
internal sealed record AppraisalRow(
    LocatedText UnitCode, LocatedText CriterionCode, LocatedText Round1, LocatedText Round1Note, LocatedText Explanation, LocatedText Round2,
    LocatedText Round2Note);
