using System.Text;
using IndexScorer.Text;

namespace IndexScorer.Core.Tests.Text;

public class NotApplicableMarksTests
{
    [TestCase("Không phát sinh")]
    [TestCase("khong phat sinh")]
    [TestCase("Not applicable")]
    [TestCase("N/A")]
    [TestCase("na")]
    [TestCase("KPS")]
    [TestCase("x")]
    public void IsMark_MarkOfEitherLanguageOrShortForm_IsTrue(string typed)
    {
        Assert.That(NotApplicableMarks.IsMark(typed), Is.True);
    }

    [TestCase("")]
    [TestCase("Không")]
    [TestCase("Có")]
    [TestCase("applicable")]
    public void IsMark_AnythingElse_IsFalse(string typed)
    {
        Assert.That(NotApplicableMarks.IsMark(typed), Is.False);
    }

    [Test]
    public void IsMark_DecomposedVietnamese_IsReadLikeComposed()
    {
        Assert.That(NotApplicableMarks.IsMark("Không phát sinh".Normalize(NormalizationForm.FormD)), Is.True);
    }

    [TestCase(Language.Vietnamese, "Không phát sinh")]
    [TestCase(Language.English, "Not applicable")]
    public void Item_EachLanguage_IsTheMarkItsFormsOffer(Language language, string expected)
    {
        Assert.That(NotApplicableMarks.Item(language), Is.EqualTo(expected));
    }
}
