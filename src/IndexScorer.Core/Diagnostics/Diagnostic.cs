namespace IndexScorer.Diagnostics;

/// <summary>
/// A problem found in user data, as data: a stable code, the values its message needs and where it was found. It is
/// rendered to text once, at the edge, in the language of the request that found it.
/// </summary>
/// <param name="Severity">Whether it stops the run.</param>
/// <param name="Code">A stable identifier, e.g. <c>FW004</c>, that the documentation and tests refer to.</param>
/// <param name="Args">The values of the message, in its order (numbers stay numbers until rendered).</param>
/// <param name="Location">The file, sheet and cell (or line), when known.</param>
public sealed record Diagnostic(Severity Severity, string Code, IReadOnlyList<object> Args, SourceLocation? Location);
