using IndexScorer.App.Diagnostics;
using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.Tests;

/// <summary>Every layer's message texts.</summary>
internal static partial class Shown
{
    private static partial string Message(Diagnostic d) => DiagnosticText.Message(d, Language.Vietnamese);
}
