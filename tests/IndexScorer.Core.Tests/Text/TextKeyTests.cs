using System.Text;
using IndexScorer.Text;

namespace IndexScorer.Core.Tests.Text;

public class TextKeyTests
{
    private const string Composed = "Phường Phúc Diễn";
    private static readonly string Decomposed = Composed.Normalize(NormalizationForm.FormD);

    [Test]
    public void Decomposed_IsAnotherStringOfTheSameName()
    {
        Assert.That(Decomposed, Is.Not.EqualTo(Composed));
    }

    [Test]
    public void SameName_ComposedAndDecomposed_AreEqual()
    {
        Assert.That(TextKey.SameName(Composed, Decomposed), Is.True);
    }

    [Test]
    public void Of_ComposedAndDecomposed_GiveTheSameKey()
    {
        Assert.That(TextKey.Of(Decomposed), Is.EqualTo(TextKey.Of(Composed)));
    }

    [Test]
    public void Clean_Decomposed_GivesTheComposedForm()
    {
        Assert.That(TextKey.Clean(Decomposed), Is.EqualTo(Composed));
    }

    [TestCase("  Phường   Phúc Diễn ")]
    [TestCase("PHƯỜNG PHÚC DIỄN")]
    [TestCase("phường\u00A0phúc diễn")]
    public void SameName_CaseAndSpacesDiffer_AreEqual(string other)
    {
        Assert.That(TextKey.SameName(Composed, other), Is.True);
    }

    [Test]
    public void SameName_DifferentDiacritics_AreNotEqual()
    {
        Assert.That(TextKey.SameName("Phường Phúc Diễn", "Phường Phúc Diên"), Is.False);
    }

    [Test]
    public void Folded_RemovesDiacriticsAndDStroke()
    {
        Assert.That(TextKey.Folded("Đường Đại Mỗ"), Is.EqualTo("duong dai mo"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Clean_Blank_IsEmpty(string? text)
    {
        Assert.That(TextKey.Clean(text), Is.Empty);
    }

    [TestCase("PB01", "PB01")]
    [TestCase("PB 01", "PB 01")]
    [TestCase("PB  01", "PB 01")]
    [TestCase(" PB01\t", "PB01")]
    [TestCase("PB\t01", "PB 01")]
    [TestCase("PB\r\n01", "PB 01")]
    [TestCase("PB\u00A001", "PB 01")]
    public void Clean_AsciiCodes_SpacedOnceAsTheNamesAre(string text, string expected)
    {
        Assert.That(TextKey.Clean(text), Is.EqualTo(expected));
    }

    [TestCase("Phuong Hong Ha", "phuong hong ha")]
    [TestCase("Phường  Hồng Hà", "phuong hong ha")]
    [TestCase("Đông Anh", "dong anh")]
    public void Folded_AsciiAndVietnamese_SameKey(string text, string expected)
    {
        Assert.That(TextKey.Folded(text), Is.EqualTo(expected));
    }
}
