namespace IndexScorer.Diagnostics;

/// <summary>A message not yet rendered: its code and values, e.g. the reason a rule cell could not be read, named inside another message.</summary>
/// <param name="Code">The message code.</param>
/// <param name="Args">Its values.</param>
public sealed record Message(string Code, IReadOnlyList<object> Args);
