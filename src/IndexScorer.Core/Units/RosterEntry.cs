using IndexScorer.Diagnostics;

namespace IndexScorer.Units;

/// <summary>A roster line: the unit and where it was read.</summary>
internal sealed record RosterEntry(Unit Unit, SourceLocation Location);
