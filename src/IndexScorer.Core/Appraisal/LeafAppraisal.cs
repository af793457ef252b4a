using IndexScorer.Frameworks;
using IndexScorer.Text;

namespace IndexScorer.Appraisal;

/// <summary>
/// What the appraisal council (hội đồng thẩm định) wrote for one leaf of one unit in its own files: round 1, the unit's
/// explanation (giải trình) beside it, round 2. Every value keeps the cell it was read from.
/// </summary>
/// <param name="Code">The leaf's code.</param>
/// <param name="Round1">Appraised points, round 1 (blank when not appraised).</param>
/// <param name="Round1Note">The council's note of round 1.</param>
/// <param name="Explanation">The unit's explanation after round 1.</param>
/// <param name="Round2">Appraised points, round 2 (blank when not appraised again).</param>
/// <param name="Round2Note">The council's note of round 2.</param>
internal sealed record LeafAppraisal(
    CriterionCode Code, LocatedText Round1, LocatedText Round1Note, LocatedText Explanation, LocatedText Round2, LocatedText Round2Note)
{
    /// <summary>True when nothing at all was written for the leaf.</summary>
    public bool IsBlank => Round1.IsBlank && Round1Note.IsBlank && Explanation.IsBlank && Round2.IsBlank && Round2Note.IsBlank;
}
