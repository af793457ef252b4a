using PublicApiGenerator;

namespace IndexScorer.Core.Tests;

/// <summary>Makes every change of the public surface visible in review (re-approve with INDEXSCORER_APPROVE=1).</summary>
public sealed class PublicApiTests
{
    [Test]
    public void PublicApi_Core_MatchesApproved() =>
        ApprovedText.Check("IndexScorer.Core.api.txt", typeof(IndexScorer.Frameworks.Framework).Assembly.GeneratePublicApi());
}
