namespace IndexScorer.Cli.Tests;

/// <summary>compare --units: the command line parses the lineage file into the request and prints what comes back.</summary>
public class CompareCommandTests
{
    private static string Sample2025 => Path.Combine(Repo.Root, "samples", "tinh-minh-hoa-2025");

    [Test]
    public void Compare_AcrossTheMergerWithUnits_ExitsZeroCountingTheUnitsCompared()
    {
        var output = Repo.TempFolder();

        var (code, stdout, stderr) = Cli.Run("compare", Repo.Sample2024, Sample2025, "--units", Path.Combine(Sample2025, "lineage-2024-2025.csv"),
            "--crosswalk", Path.Combine(Sample2025, "crosswalk-2024-2025.csv"), "--out", output, "--rescore");

        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Does.Contain("So sánh 2024 và 2025: 11 đơn vị có chỉ số năm trước"));
        Assert.That(File.Exists(Path.Combine(output, "compare.xlsx")) && File.Exists(Path.Combine(output, "compare.csv")), Is.True);
    }

    [Test]
    public void Compare_LineageSharesNotSummingToOne_ExitsOneNamingTheCellInEnglish()
    {
        var folder = Repo.TempFolder();
        var lineage = Path.Combine(folder, "lineage.csv");
        File.WriteAllText(lineage, File.ReadAllText(Path.Combine(Sample2025, "lineage-2024-2025.csv"))
            .Replace("2024,PH07,Phường Thượng Thanh Hà,XA06,0.4,", "2024,PH07,Phường Thượng Thanh Hà,XA06,0.3,", StringComparison.Ordinal));

        var (code, _, stderr) = Cli.Run("compare", Repo.Sample2024, Sample2025, "--units", lineage, "--out", Path.Combine(folder, "out"), "--lang", "en");

        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("LN005 error: ").And.Contain("lineage.csv › line 15, Tỷ lệ: the shares on the 2 rows of old unit PH07 add up to 0.9, not 1 (100%)"));
        Assert.That(stderr, Does.Contain("1 error(s), 0 warning(s)"));
        Assert.That(Directory.Exists(Path.Combine(folder, "out")), Is.False);
    }
}
