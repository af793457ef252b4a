namespace IndexScorer.Cli.Tests;

/// <summary>A campaign folder dropped onto the program: checked, then scored; the window waits only for a person.</summary>
public sealed class DroppedFolderTests
{
    private static readonly string[] Commands = ["score", "validate"];

    [Test]
    public void Is_OneExistingFolder_True()
    {
        Assert.That(DroppedFolder.Is([Repo.Sample2024], Commands), Is.True);
    }

    [Test]
    public void Is_AFolderAndAnOption_False()
    {
        Assert.That(DroppedFolder.Is([Repo.Sample2024, "--lang"], Commands), Is.False);
    }

    [Test]
    public void Is_MissingFolder_False()
    {
        Assert.That(DroppedFolder.Is([Path.Combine(Repo.TempFolder(), "none")], Commands), Is.False);
    }

    [Test]
    public void Is_CommandName_FalseEvenWhenAFolderHasThatName()
    {
        var folder = Path.Combine(Repo.TempFolder(), "score");
        Directory.CreateDirectory(folder);

        Assert.That(DroppedFolder.Is(["score"], Commands), Is.False);
        Assert.That(DroppedFolder.Is([folder], Commands), Is.True);
    }

    [TestCase(true, false, false, null, true)]
    [TestCase(true, false, false, "", true)]
    [TestCase(false, false, false, null, false)]
    [TestCase(true, true, false, null, false)]
    [TestCase(true, false, true, null, false)]
    [TestCase(true, false, false, "true", false)]
    public void ShouldWait_HowItWasStarted_OnlyForAPersonAtAConsole(bool dropped, bool inputRedirected, bool outputRedirected, string? ci, bool expected)
    {
        Assert.That(DroppedFolder.ShouldWait(dropped, inputRedirected, outputRedirected, ci), Is.EqualTo(expected));
    }

    [Test]
    public void Run_DroppedValidCampaign_ValidatesScoresAndSaysWhereTheResultsAre()
    {
        var campaign = CopyOfBothSampleYears();

        var run = Cli.Run(campaign);

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.Ok), run.Error);
        var output = Path.Combine(campaign, "output");
        Assert.That(run.Output, Does.Contain("Kiểm tra thư mục đợt đánh giá").And.Contain("Hợp lệ:").And.Contain("Đã chấm")
            .And.Contain("Xong. Kết quả (report.xlsx, results.xlsx, results.csv) ở thư mục: " + output));
        Assert.That(File.Exists(Path.Combine(output, "results.csv")), Is.True);
    }

    [Test]
    public void Run_DroppedFolderWithErrors_StopsAfterValidateWritingNothing()
    {
        var campaign = Repo.TempFolder();
        File.WriteAllText(Path.Combine(campaign, "campaign.json"), "{ not json");

        var run = Cli.Run(campaign);

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.DataErrors));
        Assert.That(run.Output, Does.Not.Contain("Đã chấm"));
        Assert.That(Directory.Exists(Path.Combine(campaign, "output")), Is.False);
    }

    /// <summary>The 2024 sample beside the 2023 year its campaign.json names as the previous one, in a temp folder.</summary>
    private static string CopyOfBothSampleYears()
    {
        var target = Repo.TempFolder();
        foreach (var year in new[] { "quan-minh-hoa-2023", "quan-minh-hoa-2024" })
        {
            var source = Path.Combine(Repo.Root, "samples", year);
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(source, file);
                if (relative.StartsWith("output", StringComparison.Ordinal)) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, year, relative))!);
                File.Copy(file, Path.Combine(target, year, relative));
            }
        }
        // The campaigns read their framework from a frameworks/ folder above them (never from outside).
        Directory.CreateDirectory(Path.Combine(target, "frameworks"));
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "frameworks"), "*.xlsx")) File.Copy(file, Path.Combine(target, "frameworks", Path.GetFileName(file)));
        return Path.Combine(target, "quan-minh-hoa-2024");
    }
}
