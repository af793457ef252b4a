namespace IndexScorer.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    [Test]
    public void Analyze_Sample_ExitsZeroWritesTheThreeFilesAndSummarises()
    {
        var output = Repo.TempFolder();

        var run = Cli.Run("analyze", Repo.Sample2024, "--samples", "200", "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.Ok), run.Error);
        Assert.That(new[] { "analysis.xlsx", "analysis.html", "analysis.json" }.Select(f => File.Exists(Path.Combine(output, f))), Is.All.True);
        Assert.That(run.Output, Does.StartWith("Đã phân tích 25 đơn vị trong 2 nhóm (200 mẫu)"));
    }

    [Test]
    public void Analyze_English_PageAndSummaryInEnglish()
    {
        var output = Repo.TempFolder();

        var run = Cli.Run("analyze", Repo.Sample2024, "--samples", "100", "--lang", "en", "--out", output);

        Assert.That(run.Output, Does.StartWith("Analysed 25 unit(s) in 2 group(s) (100 samples)"));
        Assert.That(File.ReadAllText(Path.Combine(output, "analysis.html")), Does.Contain("How sure each rank is"));
    }

    [Test]
    public void Analyze_SamplesZero_ExitsOneWithAN010()
    {
        var run = Cli.Run("analyze", Repo.Sample2024, "--samples", "0", "--out", Repo.TempFolder());

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.DataErrors));
        Assert.That(run.Error, Does.Contain("AN010 lỗi: số mẫu --samples là 0; cần từ 1 đến 100000"));
    }
}
