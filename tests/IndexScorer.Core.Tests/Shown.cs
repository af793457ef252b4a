using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.Core.Tests;

/// <summary>A diagnostic as the user reads it (in Vietnamese unless told), for assertions on its text.</summary>
internal sealed record ShownDiagnostic(string Code, SourceLocation? Location, string Message)
{
    /// <summary>The old one-line form without code and severity: <c>file › sheet › cell: message</c>.</summary>
    public override string ToString() => Location is null ? Message : $"{Location}: {Message}";
}

/// <summary>Renders diagnostics with the domain's message texts.</summary>
internal static class Shown
{
    public static ShownDiagnostic Show(this Diagnostic d, Language language = Language.Vietnamese) =>
        new(d.Code, d.Location, CoreMessages.Catalog.Message(d.Code, d.Args, language));
}
