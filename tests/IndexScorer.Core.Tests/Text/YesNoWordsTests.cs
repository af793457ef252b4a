using System.Text;
using IndexScorer.Text;

namespace IndexScorer.Core.Tests.Text;

public class YesNoWordsTests
{
    [TestCase("Có")]
    [TestCase("co")]
    [TestCase(" CÓ ")]
    [TestCase("Yes")]
    [TestCase("x")]
    [TestCase("1")]
    [TestCase("Đã")]
    [TestCase("true")]
    [TestCase("Đạt")]
    public void Read_YesWordOfEitherLanguage_IsTrue(string typed)
    {
        Assert.That(YesNoWords.Read(typed), Is.True);
    }

    [TestCase("Không")]
    [TestCase("khong")]
    [TestCase("No")]
    [TestCase("0")]
    [TestCase("Chưa")]
    [TestCase("FALSE")]
    [TestCase("không  đạt")]
    public void Read_NoWordOfEitherLanguage_IsFalse(string typed)
    {
        Assert.That(YesNoWords.Read(typed), Is.False);
    }

    [TestCase("")]
    [TestCase("chắc có")]
    [TestCase("maybe")]
    public void Read_AnythingElse_IsNull(string typed)
    {
        Assert.That(YesNoWords.Read(typed), Is.Null);
    }

    [Test]
    public void Read_DecomposedVietnamese_IsReadLikeComposed()
    {
        Assert.That(YesNoWords.Read("Không".Normalize(NormalizationForm.FormD)), Is.False);
    }

    [TestCase(true, Language.Vietnamese, "Có")]
    [TestCase(false, Language.Vietnamese, "Không")]
    [TestCase(true, Language.English, "Yes")]
    [TestCase(false, Language.English, "No")]
    public void Item_EachLanguage_IsTheWordItsFormsOffer(bool yes, Language language, string expected)
    {
        Assert.That(YesNoWords.Item(yes, language), Is.EqualTo(expected));
    }

    [Test]
    public void Read_EveryItemOfEveryLanguage_MeansWhatItSays()
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            Assert.That(YesNoWords.Read(YesNoWords.Item(true, language)), Is.True, language.ToString());
            Assert.That(YesNoWords.Read(YesNoWords.Item(false, language)), Is.False, language.ToString());
        }
    }
}
