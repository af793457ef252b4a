using IndexScorer.Rules;
using IndexScorer.Text;

namespace IndexScorer.Core.Tests.Rules;

public class InputPromptTests
{
    [TestCase("mức: Tốt = 2; Kém = 0", Language.Vietnamese, "Mức đạt được")]
    [TestCase("mức: Tốt = 2; Kém = 0", Language.English, "Level achieved")]
    [TestCase("có/không", Language.Vietnamese, "Đã thực hiện?")]
    [TestCase("có/không", Language.English, "Done?")]
    [TestCase("nhập điểm", Language.Vietnamese, "Điểm tự chấm")]
    [TestCase("nhập điểm", Language.English, "Points claimed")]
    public void Text_BuiltInPrompt_IsInTheFormsLanguage(string rule, Language language, string expected)
    {
        Assert.That(Some.ParsedRule(rule).Inputs[0].Prompt.Text(language), Is.EqualTo(expected));
    }

    [TestCase(Language.Vietnamese)]
    [TestCase(Language.English)]
    public void Text_BracketedLabel_IsFrameworkTextShownAsWritten(Language language)
    {
        var rule = Some.ParsedRule("tỷ lệ [Số hồ sơ đúng hạn] / [Số hồ sơ tiếp nhận]");

        Assert.That(rule.Inputs.Select(i => i.Prompt.Text(language)), Is.EqualTo(new[] { "Số hồ sơ đúng hạn", "Số hồ sơ tiếp nhận" }));
    }
}
