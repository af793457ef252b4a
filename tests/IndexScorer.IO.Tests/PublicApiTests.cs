using PublicApiGenerator;

namespace IndexScorer.IO.Tests;

/// <summary>Makes every change of the public surface visible in review (re-approve with INDEXSCORER_APPROVE=1).</summary>
public sealed class PublicApiTests
{
    [Test]
    public void PublicApi_IO_MatchesApproved() =>
        ApprovedText.Check("IndexScorer.IO.api.txt", typeof(IoMessages).Assembly.GeneratePublicApi());
}
