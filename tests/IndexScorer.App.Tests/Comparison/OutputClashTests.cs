using IndexScorer.App.Comparison;

namespace IndexScorer.App.Tests.Comparison;

/// <summary>compare and framework diff never write over one of their inputs, and say so naming the output.</summary>
[TestFixture]
public sealed class OutputClashTests
{
    private static string Samples => Path.Combine(Repo.Root, "samples");

    private static string Framework(int year) => Path.Combine(Repo.Root, "frameworks", $"hanoi-quan-{year}.xlsx");

    [Test]
    public void FrameworkDiff_OutputIsTheOlderFramework_RefusedWithCF009AndFrameworkUnchanged()
    {
        using var temp = new TempFolder();
        var older = temp.File("old.xlsx");
        File.Copy(Framework(2023), older);
        var before = FileHashes.Of(temp.Path);

        var run = new FrameworkDiffRequest(older, Framework(2024)) { OutputFile = older }.Run();

        Assert.That(run.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "CF009" }));
        Assert.That(run.Written, Is.Empty);
        Assert.That(FileHashes.Of(temp.Path), Is.EqualTo(before));
    }

    [Test]
    public void Compare_OutputFolderHoldsTheCrosswalkUnderAnOutputsName_RefusedWithCF009()
    {
        using var temp = new TempFolder();
        var crosswalk = temp.File("compare.csv");
        File.Copy(Path.Combine(Samples, "quan-minh-hoa-2023", "crosswalk-2023-2024.csv"), crosswalk);
        var before = FileHashes.Of(temp.Path);

        var run = new CompareRequest(Path.Combine(Samples, "quan-minh-hoa-2023"), Path.Combine(Samples, "quan-minh-hoa-2024"))
        {
            Crosswalk = crosswalk,
            OutputFolder = temp.Path,
            Rescore = true,
        }.Run();

        Assert.That(run.Diagnostics.Where(d => d.Severity == IndexScorer.Diagnostics.Severity.Error).Select(d => d.Code), Is.EqualTo(new[] { "CF009" }));
        Assert.That(FileHashes.Of(temp.Path), Is.EqualTo(before));
    }

    [Test]
    public void Compare_OutputFolderIsAFile_RefusedBeforeScoringAnything()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("out"), "x");

        var run = new CompareRequest(Path.Combine(Samples, "quan-minh-hoa-2023"), Path.Combine(Samples, "quan-minh-hoa-2024")) { OutputFolder = temp.File("out") }.Run();

        Assert.That(run.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "RQ002" }));
    }
}
