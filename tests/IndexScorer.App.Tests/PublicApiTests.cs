using IndexScorer.App.Diagnostics;
using PublicApiGenerator;

namespace IndexScorer.App.Tests;

/// <summary>Makes every change of the public surface visible in review (re-approve with INDEXSCORER_APPROVE=1).</summary>
public sealed class PublicApiTests
{
    [Test]
    public void PublicApi_App_MatchesApproved() =>
        ApprovedText.Check("IndexScorer.App.api.txt", typeof(DiagnosticText).Assembly.GeneratePublicApi());
}
