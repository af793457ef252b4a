using System.Text;
using System.Text.RegularExpressions;
using IndexScorer.App.Diagnostics;
using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.App.Tests.Diagnostics;

/// <summary>Every message code has both texts, and docs/messages.md lists them all as they are printed.</summary>
[TestFixture]
public sealed partial class DiagnosticTextTests
{
    [Test]
    public void Catalog_EveryCode_HasAVietnameseAndAnEnglishTextThatDiffer()
    {
        foreach (var code in DiagnosticText.Codes)
        {
            var (vi, en) = DiagnosticText.Catalog[code];
            Assert.That(vi, Is.Not.Empty, code);
            Assert.That(en, Is.Not.Empty, code);
            // Only a pure pattern of values (no word in it, such as "{0} / {1}") reads the same in both languages.
            if (vi.Any(char.IsLetter)) Assert.That(vi, Is.Not.EqualTo(en), code);
            Assert.That(VietnameseLetter().IsMatch(en), Is.False, $"{code}: the English text has Vietnamese letters: {en}");
        }
    }

    [Test]
    public void Render_Error_StartsWithCodeAndSeverityInTheLanguage()
    {
        var diagnostic = new Diagnostic(Severity.Warning, "CP007", ["Phường A", "Phường Á"], new SourceLocation("forms/PH01.xlsx"));

        Assert.That(DiagnosticText.Render(diagnostic, Language.Vietnamese), Does.StartWith("CP007 cảnh báo: forms/PH01.xlsx: tên đơn vị"));
        Assert.That(DiagnosticText.Render(diagnostic, Language.English), Does.StartWith("CP007 warning: forms/PH01.xlsx: the unit name"));
    }

    [Test]
    public void Render_DecimalValue_InTheLanguagesNotation()
    {
        var diagnostic = new Diagnostic(Severity.Error, "SC011", ["1.1", 2.5m, 2m], null);

        Assert.That(DiagnosticText.Message(diagnostic, Language.Vietnamese), Does.StartWith("điểm 2,5 vượt"));
        Assert.That(DiagnosticText.Message(diagnostic, Language.English), Does.StartWith("2.5 points"));
    }

    [Test]
    public void Docs_MessagesMd_ListsEveryCodeAsPrinted()
    {
        var text = new StringBuilder()
            .AppendLine("# Mã thông báo (message codes)")
            .AppendLine()
            .AppendLine("Generated from the message catalogs by `DiagnosticTextTests` (re-approve with `INDEXSCORER_APPROVE=1 dotnet test IndexScorer.sln`).")
            .AppendLine("Every problem is printed as `CODE lỗi: file › sheet › cell: message` (`CODE error: …` with `--lang en`); warnings say")
            .AppendLine("`cảnh báo` / `warning`. `{0}`, `{1}`, … stand for the values named in each message.")
            .AppendLine()
            .AppendLine("| code | tiếng Việt | English |")
            .AppendLine("|---|---|---|");
        foreach (var code in DiagnosticText.Codes.Order(StringComparer.Ordinal))
        {
            var (vi, en) = DiagnosticText.Catalog[code];
            text.AppendLine($"| {code} | {Cell(vi)} | {Cell(en)} |");
        }
        var path = Path.Combine(Repo.Root, "docs", "messages.md");
        var actual = text.ToString().Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("INDEXSCORER_APPROVE") == "1") File.WriteAllText(path, actual);
        Assert.That(File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : "", Is.EqualTo(actual),
            "docs/messages.md is out of date; re-approve with INDEXSCORER_APPROVE=1 dotnet test IndexScorer.sln and review the diff.");
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    [GeneratedRegex("[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")]
    private static partial Regex VietnameseLetter();
}
