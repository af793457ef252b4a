using IndexScorer.Diagnostics;

namespace IndexScorer.Units;

/// <summary>A roster line: the unit and where it was read.</summary>
public sealed record RosterEntry(Unit Unit, SourceLocation Location);
