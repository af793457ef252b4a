namespace IndexScorer.Cli.Tests;

public sealed class ValidateAndTemplateCommandTests
{
    [Test]
    public void Validate_Sample_ExitsZero()
    {
        var run = Cli.Run("validate", Repo.Sample2024);

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.Ok), run.Error);
        Assert.That(run.Output, Does.Contain("25 đơn vị"));
    }

    [Test]
    public void Validate_InEnglish_SpeaksEnglish()
    {
        var run = Cli.Run("validate", Repo.Sample2024, "--lang", "en");

        Assert.That(run.Output, Does.Contain("Valid: 25 unit(s)"));
    }

    [Test]
    public void Template_Sample_WritesOneFormPerRosterUnit()
    {
        var folder = Repo.TempFolder();

        var run = Cli.Run("template", Repo.Sample2024, "--out", folder);

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.Ok), run.Error);
        Assert.That(Directory.GetFiles(folder, "*.xlsx"), Has.Length.EqualTo(25));
    }

    [Test]
    public void Template_ExistingForms_AreKeptWithoutForce()
    {
        var folder = Repo.TempFolder();
        Cli.Run("template", Repo.Sample2024, "--out", folder);
        var path = Directory.GetFiles(folder, "*.xlsx")[0];
        File.WriteAllText(path, "filled by the unit");

        var run = Cli.Run("template", Repo.Sample2024, "--out", folder);

        Assert.That(File.ReadAllText(path), Is.EqualTo("filled by the unit"));
        Assert.That(run.Output, Does.Contain("--force"));
    }

    [Test]
    public void Template_ThenScoreBlankForms_ReportsEveryMissingInputWithItsCell()
    {
        var campaign = Repo.CopyOfSample(withForms: false);
        Cli.Run("template", campaign, "--out", Path.Combine(campaign, "forms"));

        var run = Cli.Run("score", campaign, "--out", Path.Combine(campaign, "out"));

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.DataErrors));
        Assert.That(run.Error, Does.Match(@"forms/PB01-2024\.xlsx › Tự đánh giá › E\d+: tiêu chí 1\.1\.1: chưa nhập"));
        Assert.That(Directory.Exists(Path.Combine(campaign, "out")), Is.False, "nothing is written when there are errors");
    }
}
