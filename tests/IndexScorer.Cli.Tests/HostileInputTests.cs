using System.Diagnostics;
using System.Security.Cryptography;

namespace IndexScorer.Cli.Tests;

/// <summary>
/// The hostile inputs of the reliability issue, end to end through the command line: each ends in a message naming its file
/// (exit 1, no output, inputs unchanged) or is scored (exit 0), never in a hang or an internal error.
/// </summary>
public sealed class HostileInputTests
{
    /// <summary>A run that has not ended by then is hung (reading a device or a pipe would never end).</summary>
    private static readonly TimeSpan Hung = TimeSpan.FromMinutes(2);

    [Test]
    public void Score_FormsThatAreAPipeAndALinkToDevZero_ExitOneNamingBothNoOutputInputsUnchanged()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("needs mkfifo and /dev/zero");
        var campaign = Repo.CopyOfSample();
        var forms = Path.Combine(campaign, "forms");
        File.Delete(Path.Combine(forms, "PH01-2024.xlsx"));
        File.CreateSymbolicLink(Path.Combine(forms, "PH01-2024.xlsx"), "/dev/zero");
        File.Delete(Path.Combine(forms, "PH02-2024.xlsx"));
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(forms, "PH02-2024.xlsx"))) mkfifo.WaitForExit();
        var before = Hashes(campaign, except: ["PH01-2024.xlsx", "PH02-2024.xlsx"]);
        var output = Path.Combine(Repo.TempFolder(), "out");

        var run = RunWithin(Hung, "score", campaign, "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.DataErrors), run.Error);
        Assert.That(run.Error, Does.Contain("CF016 lỗi: forms/PH01-2024.xlsx").And.Contain("IO016 lỗi: forms/PH02-2024.xlsx"));
        Assert.That(run.Error, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(Directory.Exists(output), Is.False, "no output after a failed run");
        Assert.That(Hashes(campaign, except: ["PH01-2024.xlsx", "PH02-2024.xlsx"]), Is.EqualTo(before));
        Assert.That(new FileInfo(Path.Combine(forms, "PH01-2024.xlsx")).LinkTarget, Is.EqualTo("/dev/zero"));
    }

    [Test]
    public void Score_UnitNameWithEmojiAtTheSheetNameLimit_ScoresAndWritesTheReport()
    {
        var campaign = Repo.CopyOfSample();
        var roster = Path.Combine(campaign, "roster.csv");
        // "PH01 " and 25 characters put the emoji's two halves at the 31st and 32nd character of the unit's sheet name.
        const string name = "Phường Hòa An Phúc Diễn 1😀 Mới";
        Assert.That(("PH01 " + name)[30], Is.EqualTo("😀"[0]));
        File.WriteAllText(roster, File.ReadAllText(roster).Replace("PH01,Phường Hòa An,", $"PH01,{name},", StringComparison.Ordinal));
        var settings = Path.Combine(campaign, "campaign.json");
        File.WriteAllLines(settings, File.ReadAllLines(settings).Where(l => !l.Contains("\"previous\"", StringComparison.Ordinal)));
        var output = Path.Combine(Repo.TempFolder(), "out");

        var run = RunWithin(Hung, "score", campaign, "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.Ok), run.Error + run.Output);
        Assert.That(run.Output, Does.Contain("CP007"), "the form's name differs from the roster's: a warning, not an error");
        Assert.That(File.Exists(Path.Combine(output, "report.xlsx")), Is.True);
    }

    private static (int ExitCode, string Output, string Error) RunWithin(TimeSpan limit, params string[] args)
    {
        var run = Task.Run(() => Cli.Run(args));
        Assert.That(run.Wait(limit), Is.True, $"the run did not end within {limit.TotalSeconds} s");
        return run.Result;
    }

    /// <summary>Every file's hash but the hostile ones (a pipe would never end reading).</summary>
    private static Dictionary<string, string> Hashes(string folder, string[] except) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(p => !except.Contains(Path.GetFileName(p)))
            .ToDictionary(p => Path.GetRelativePath(folder, p), p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))));
}
