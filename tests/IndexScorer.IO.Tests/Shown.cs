using IndexScorer.App.Diagnostics;
using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests;

/// <summary>A diagnostic as the user reads it in Vietnamese, for assertions on its text.</summary>
internal sealed record ShownDiagnostic(string Code, SourceLocation? Location, string Message)
{
    /// <summary>The one-line form without code and severity: <c>file › sheet › cell: message</c>.</summary>
    public override string ToString() => Location is null ? Message : $"{Location}: {Message}";
}

/// <summary>Renders diagnostics with every layer's message texts.</summary>
internal static class Shown
{
    public static ShownDiagnostic Show(this Diagnostic d) => new(d.Code, d.Location, DiagnosticText.Message(d, Language.Vietnamese));

    public static IEnumerable<ShownDiagnostic> Show(this IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(Show);
}
