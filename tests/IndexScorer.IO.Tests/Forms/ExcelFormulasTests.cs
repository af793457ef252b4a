using IndexScorer.IO.Forms;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests.Forms;

public sealed class ExcelFormulasTests
{
    private const string Vietnamese = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";

    [Test]
    public void FoldSteps_FoldEveryLetterAsTheEngineDoes()
    {
        foreach (var (from, to) in ExcelFormulas.FoldStep1.Concat(ExcelFormulas.FoldStep2).Where(p => p.From.Length == 1 && !char.IsControl(p.From[0])))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(from[0]) == System.Globalization.UnicodeCategory.NonSpacingMark)
                Assert.That(TextKey.Folded("a" + from), Is.EqualTo("a" + to), $"U+{(int)from[0]:X4}");
            else
                Assert.That(TextKey.Folded(from), Is.EqualTo(to), from);
        }
    }

    [Test]
    public void FoldSteps_CoverEveryVietnameseLetterWithADiacritic()
    {
        var folded = ExcelFormulas.FoldStep1.Concat(ExcelFormulas.FoldStep2).Select(p => p.From).ToHashSet();
        var missing = Vietnamese.Select(c => c.ToString()).Where(c => TextKey.Folded(c) != c && !folded.Contains(c));

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void FoldSteps_EachStaysWithinExcelsNestingLimit()
    {
        // Excel nests at most 64 functions; the first step adds LOWER, TRIM and four cleaning SUBSTITUTEs.
        Assert.That(ExcelFormulas.FoldStep1.Length + 6, Is.LessThanOrEqualTo(64));
        Assert.That(ExcelFormulas.FoldStep2.Length, Is.LessThanOrEqualTo(64));
    }

    [TestCase(1, "A")]
    [TestCase(26, "Z")]
    [TestCase(27, "AA")]
    [TestCase(53, "BA")]
    public void Col_Number_IsItsLetters(int column, string letters) => Assert.That(ExcelFormulas.Col(column), Is.EqualTo(letters));
}
