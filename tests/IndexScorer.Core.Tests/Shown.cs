using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.Tests;

/// <summary>The domain's message texts: all a core test can raise, in either language.</summary>
internal static partial class Shown
{
    public static ShownDiagnostic Show(this Diagnostic d, Language language) => new(d.Code, d.Location, CoreMessages.Catalog.Message(d.Code, d.Args, language));

    private static partial string Message(Diagnostic d) => CoreMessages.Catalog.Message(d.Code, d.Args, Language.Vietnamese);
}
