namespace IndexScorer.Units;

/// <summary>A unit on the roster: an office, a ward, a department, …</summary>
/// <param name="Code">The roster code, unique in the campaign.</param>
/// <param name="Name">The name as the roster spells it (NFC).</param>
/// <param name="GroupCode">The unit group it is scored and ranked in.</param>
public sealed record Unit(string Code, string Name, string GroupCode);
