using IndexScorer.Frameworks;
using IndexScorer.Text;

namespace IndexScorer.Scoring;

/// <summary>Everything a form holds for one leaf: the unit's inputs and the council's appraisal.</summary>
/// <param name="Code">The leaf's code.</param>
/// <param name="Inputs">One value per input of the leaf's rule, in rule order.</param>
/// <param name="NotApplicable">The "không phát sinh" mark.</param>
/// <param name="Evidence">The evidence reference (tài liệu kiểm chứng).</param>
/// <param name="Note">The unit's note.</param>
/// <param name="Appraisal1">Appraised points, round 1.</param>
/// <param name="AppraisalNote">The appraiser's note.</param>
/// <param name="Explanation">The unit's explanation (giải trình) after round 1.</param>
/// <param name="Appraisal2">Appraised points, round 2.</param>
internal sealed record LeafEntry(
    CriterionCode Code, IReadOnlyList<LocatedText> Inputs, LocatedText NotApplicable, LocatedText Evidence, LocatedText Note,
    LocatedText Appraisal1, LocatedText AppraisalNote, LocatedText Explanation, LocatedText Appraisal2);
