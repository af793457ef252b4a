using IndexScorer.Diagnostics;

namespace IndexScorer.Tests;

/// <summary>A diagnostic as the user reads it in Vietnamese, for assertions on its text.</summary>
internal sealed record ShownDiagnostic(string Code, SourceLocation? Location, string Message)
{
    /// <summary>The one-line form without code and severity: <c>file › sheet › cell: message</c>.</summary>
    public override string ToString() => Location is null ? Message : $"{Location}: {Message}";
}

/// <summary>Renders diagnostics in Vietnamese with the message texts the test project can see (<see cref="Message"/>, one per project).</summary>
internal static partial class Shown
{
    public static ShownDiagnostic Show(this Diagnostic d) => new(d.Code, d.Location, Message(d));

    public static IEnumerable<ShownDiagnostic> Show(this IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(Show);

    private static partial string Message(Diagnostic d);
}
