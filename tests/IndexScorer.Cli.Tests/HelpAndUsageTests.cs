using System.Text.RegularExpressions;
using IndexScorer.Text;

namespace IndexScorer.Cli.Tests;

/// <summary>Help and usage errors in Vietnamese by default and in English with --lang en, with an example per command.</summary>
public sealed partial class HelpAndUsageTests
{
    /// <summary>Every command the root's help lists, with its subcommands ("framework diff").</summary>
    private static IEnumerable<string> Commands()
    {
        var queue = new Queue<string>([""]);
        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            yield return path;
            var help = Cli.Run([.. Words(path), "--help", "--lang", "en"]).Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            var start = help.IndexOf("Commands:");
            if (start < 0) continue;
            foreach (var line in help.Skip(start + 1).TakeWhile(l => l.Length > 0)) queue.Enqueue((path + " " + line.Trim().Split(' ')[0]).Trim());
        }
    }

    [TestCaseSource(nameof(Commands))]
    public void Help_EnglishForEachCommand_HasAnExampleAndNoVietnameseLetter(string command)
    {
        var run = Cli.Run([.. Words(command), "--help", "--lang", "en"]);

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.Ok), run.Error);
        Assert.That(run.Output, Does.Contain("Usage:").And.Contain("Example:\n  indexscorer " + command).Or.Contain("Example:\r\n  indexscorer " + command));
        Assert.That(VietnameseLetter().Match(run.Output).Value, Is.Empty, run.Output);
    }

    [TestCaseSource(nameof(Commands))]
    public void Help_VietnameseByDefault_HasAnExample(string command)
    {
        var run = Cli.Run([.. Words(command), "--help"]);

        Assert.That(run.Output, Does.Contain("Cách dùng:").And.Contain("Ví dụ:"));
    }

    [Test]
    public void Run_MisspeltOption_SaysSoAndSuggestsTheNearestInVietnamese()
    {
        var run = Cli.Run("score", "x", "--ot", "y");

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.UsageErrors));
        Assert.That(run.Error, Is.EqualTo("Lệnh 'score' không có tùy chọn '--ot'. Có phải ý bạn là '--out'?" + Environment.NewLine
            + "Xem hướng dẫn: indexscorer score --help" + Environment.NewLine));
    }

    [Test]
    public void Run_MisspeltOptionInEnglish_SaysSoInEnglishOnly()
    {
        var run = Cli.Run("score", "x", "--provisonal", "--lang", "en");

        Assert.That(run.Error, Does.StartWith("The command 'score' has no option '--provisonal'. Did you mean '--provisional'?"));
        Assert.That(VietnameseLetter().Match(run.Error).Value, Is.Empty);
    }

    [Test]
    public void Run_MisspeltCommand_SuggestsTheCommandOnce()
    {
        var run = Cli.Run("scroe", "quan-minh-hoa-2024");

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.UsageErrors));
        Assert.That(run.Error, Is.EqualTo("Không có lệnh 'scroe'. Có phải ý bạn là 'score'?" + Environment.NewLine
            + "Xem hướng dẫn: indexscorer --help" + Environment.NewLine));
    }

    [Test]
    public void Run_MissingFolder_NamesTheArgumentAndShowsTheExample()
    {
        var run = Cli.Run("score", "--lang", "en");

        Assert.That(run.Error, Does.StartWith("The command 'score' needs the argument <campaign-folder>. For example: indexscorer score quan-minh-hoa-2024"));
    }

    [Test]
    public void Run_ValueNotAmongTheChoices_ListsTheChoices()
    {
        Assert.That(Cli.Run("score", "x", "--lang", "fr").Error, Does.StartWith("Giá trị 'fr' của tùy chọn --lang không hợp lệ; cần một trong: en, vi."));
    }

    [Test]
    public void Run_NotANumber_SaysANumberIsExpected()
    {
        Assert.That(Cli.Run("analyze", "x", "--samples", "abc", "--lang", "en").Error,
            Does.StartWith("The value 'abc' of the option --samples is not valid; expected a whole number, e.g. 1000."));
    }

    [Test]
    public void Run_OptionWithoutValue_SaysItNeedsOne()
    {
        Assert.That(Cli.Run("score", "x", "--out").Error, Does.StartWith("Tùy chọn --out cần một giá trị ngay sau nó."));
    }

    [Test]
    public void Run_NoCommandInEnglish_ListsTheCommands()
    {
        var run = Cli.Run("--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.UsageErrors));
        Assert.That(run.Error, Does.StartWith("No command given: write one of score, validate"));
    }

    [TestCase(new[] { "score", "x", "--lang", "en" }, Language.English)]
    [TestCase(new[] { "--lang=en", "score" }, Language.English)]
    [TestCase(new[] { "--lang:en" }, Language.English)]
    [TestCase(new[] { "score", "x" }, Language.Vietnamese)]
    [TestCase(new[] { "score", "--lang" }, Language.Vietnamese)]
    [TestCase(new[] { "score", "en", "--lang", "vi" }, Language.Vietnamese)]
    public void LanguageAskedIn_Arguments_TheLanguage(string[] args, Language expected)
    {
        Assert.That(CommandLine.LanguageAskedIn(args), Is.EqualTo(expected));
    }

    [TestCase("--ot", "--out")]
    [TestCase("--provis", "--provisional")]
    [TestCase("--fedback", "--feedback")]
    [TestCase("--zzzz", null)]
    public void Nearest_Typed_TheNearestKnownName(string typed, string? expected)
    {
        Assert.That(UsageProblems.Nearest(typed, ["--out", "--provisional", "--feedback", "--lang", "--force"]), Is.EqualTo(expected));
    }

    private static string[] Words(string command) => command.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex("[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")]
    private static partial Regex VietnameseLetter();
}
