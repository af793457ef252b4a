namespace IndexScorer.Results;

/// <summary>A roster unit left out of provisional results, and why: no form received, or a form with problems.</summary>
/// <param name="Code">Unit code.</param>
/// <param name="Name">Unit name.</param>
/// <param name="Group">Group code.</param>
/// <param name="Received">True when a form was received (then <paramref name="Problems"/> says how many errors it has).</param>
/// <param name="Problems">How many errors its form gave.</param>
public sealed record LeftOutUnit(string Code, string Name, string Group, bool Received, int Problems);
