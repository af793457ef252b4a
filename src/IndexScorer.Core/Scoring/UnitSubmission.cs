using IndexScorer.Diagnostics;
using IndexScorer.Units;

namespace IndexScorer.Scoring;

/// <summary>One unit's filled form, read back: the unit and an entry per leaf of its group.</summary>
internal sealed record UnitSubmission(Unit Unit, IReadOnlyList<LeafEntry> Entries, SourceLocation Origin);
