using IndexScorer.App.Comparison;
using IndexScorer.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Comparison;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests.Comparison;

public class FrameworkDiffSampleTests
{
    private static string Key(CrosswalkLink l) => $"{l.Group} {l.Old?.Value ?? "—"} → {l.New?.Value ?? "—"}";

    [Test]
    public void Diff_SampleFrameworks_ProposesTheShippedCrosswalkAndMarksOnlyWhatAPersonDecided()
    {
        using var temp = new TempFolder();
        var run = new FrameworkDiffRequest(SampleYears.Framework(2023), SampleYears.Framework(2024)) { OutputFile = temp.File("proposed.csv") }.Run();
        var (proposal, written) = (run.Value, run.Written.Single());
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(run.Diagnostics);
        var shipped = CrosswalkFile.Read(SampleYears.CrosswalkPath, "crosswalk-2023-2024.csv", diagnostics);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(File.Exists(written), Is.True);
        Assert.That(proposal!.Links.Select(Key), Is.EquivalentTo(shipped!.Links.Select(Key)), "same rows as the shipped crosswalk");
        // The one doubt: 3.3.4 "Số hóa hồ sơ" resembles 3.3.1 "Tỷ lệ hồ sơ giải quyết đúng hạn" (a split?). A person decided: new.
        Assert.That(proposal.Links.Where(l => l.NeedsDecision).Select(Key), Is.EqualTo(new[] { "PHONG — → 3.3.4" }));
        Assert.That(proposal.Links.Single(l => l.NeedsDecision).Note, Does.StartWith("CẦN QUYẾT ĐỊNH").And.Contain("3.3.1"));
        Assert.That(shipped.Links.Any(l => l.NeedsDecision), Is.False);
    }

    [Test]
    public void Diff_WrittenProposal_ReadsBackWithTheSameRows()
    {
        using var temp = new TempFolder();
        var run = new FrameworkDiffRequest(SampleYears.Framework(2023), SampleYears.Framework(2024)) { OutputFile = temp.File("proposed.xlsx"), Language = Language.English }.Run();
        var proposal = run.Value;

        var back = CrosswalkFile.Read(run.Written.Single(), "proposed.xlsx", new DiagnosticBag());

        Assert.That(back!.Links.Select(l => (Key(l), l.NeedsDecision)), Is.EqualTo(proposal!.Links.Select(l => (Key(l), l.NeedsDecision))));
        Assert.That(back.Links.Select(back.KindOf), Is.EqualTo(proposal.Links.Select(proposal.KindOf)));
    }
}
