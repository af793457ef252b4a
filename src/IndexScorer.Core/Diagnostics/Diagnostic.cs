namespace IndexScorer.Diagnostics;

/// <summary>A problem found in user data: what is wrong, where, what was expected and what was found.</summary>
/// <param name="Severity">Whether it stops the run.</param>
/// <param name="Code">A stable identifier, e.g. <c>FW004</c>, that tests and documentation refer to.</param>
/// <param name="Message">The full sentence in the user's language, naming what is expected and what was found.</param>
/// <param name="Location">The file, sheet and cell, when known.</param>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation? Location)
{
    /// <summary>Renders as <c>file › sheet › cell: message</c>.</summary>
    public override string ToString() => Location is null ? Message : $"{Location}: {Message}";
}
