using IndexScorer.Appraisal;
using IndexScorer.Diagnostics;
using IndexScorer.Units;

namespace IndexScorer.Scoring;

/// <summary>
/// One unit's filled form, read back: the unit and an entry per leaf of its group; and, once joined by the campaign, the
/// council's appraisal of its leaves (never read from the form itself).
/// </summary>
internal sealed record UnitSubmission(Unit Unit, IReadOnlyList<LeafEntry> Entries, SourceLocation Origin)
{
    /// <summary>The council's appraisal per leaf code; empty until the campaign joins it.</summary>
    public IReadOnlyDictionary<string, LeafAppraisal> Appraisal { get; init; } = new Dictionary<string, LeafAppraisal>();
}
