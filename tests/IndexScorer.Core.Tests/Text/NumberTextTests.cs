using IndexScorer.Text;

namespace IndexScorer.Core.Tests.Text;

public class NumberTextTests
{
    [TestCase("1,5", 1.5)]
    [TestCase("1.5", 1.5)]
    [TestCase(" 1,5 ", 1.5)]
    [TestCase("98%", 98)]
    [TestCase(" 98 % ", 98)]
    [TestCase("7999", 7999)]
    [TestCase("-2", -2)]
    [TestCase("0,25", 0.25)]
    public void TryParse_PeopleTyped_ReadsTheNumber(string text, decimal expected)
    {
        var parsed = NumberText.TryParse(text, out var value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Is.True);
            Assert.That(value, Is.EqualTo(expected));
        }
    }

    [TestCase("98%", true)]
    [TestCase("98", false)]
    public void TryParse_TrailingPercent_IsReported(string text, bool expected)
    {
        NumberText.TryParse(text, out _, out var hadPercent);

        Assert.That(hadPercent, Is.EqualTo(expected));
    }

    [TestCase("1,234.5")]
    [TestCase("1.234,5")]
    [TestCase("1.234.567")]
    [TestCase("#DIV/0!")]
    [TestCase("abc")]
    [TestCase("%")]
    [TestCase("")]
    [TestCase(null)]
    public void TryParse_NotAPlainDecimal_IsRejected(string? text)
    {
        Assert.That(NumberText.TryParse(text, out _), Is.False);
    }

    [TestCase(1.5, "1,5")]
    [TestCase(4, "4")]
    [TestCase(4.50, "4,5")]
    [TestCase(95.7, "95,7")]
    public void Format_Vietnamese_UsesDecimalCommaWithoutTrailingZeros(decimal value, string expected)
    {
        Assert.That(NumberText.Format(value), Is.EqualTo(expected));
    }

    [Test]
    public void Format_English_UsesDecimalPoint()
    {
        Assert.That(NumberText.Format(1.5m, Language.English), Is.EqualTo("1.5"));
    }

    [Test]
    public void Format_FullPrecision_KeepsEveryDigit()
    {
        Assert.That(NumberText.Format(95.70000000000000000001m, Language.English), Is.EqualTo("95.70000000000000000001"));
    }
}
