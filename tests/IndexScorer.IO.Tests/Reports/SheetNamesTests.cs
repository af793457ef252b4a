using IndexScorer.IO.Reports;

namespace IndexScorer.IO.Tests.Reports;

public class SheetNamesTests
{
    [Test]
    public void Take_LongName_IsCutTo31Characters()
    {
        var name = new SheetNames().Take("PH01 Ủy ban nhân dân phường Phúc Diễn Mới thuộc quận");

        Assert.That(name, Is.EqualTo("PH01 Ủy ban nhân dân phường Phú"));
    }

    [TestCase("A/B", "A-B")]
    [TestCase("[x]:y*z?", "-x--y-z-")]
    [TestCase("a\\b", "a-b")]
    [TestCase("'quoted'", "quoted")]
    [TestCase("", "-")]
    public void Take_ForbiddenCharacters_AreReplaced(string wanted, string expected)
    {
        Assert.That(new SheetNames().Take(wanted), Is.EqualTo(expected));
    }

    [Test]
    public void Take_SameNameTwice_AddsANumberWithinTheLimit()
    {
        var names = new SheetNames();
        var wanted = new string('x', 40);

        var first = names.Take(wanted);
        var second = names.Take(wanted);

        Assert.That(second, Is.Not.EqualTo(first).And.Length.LessThanOrEqualTo(31).And.EndsWith(" (2)"));
    }

    [Test]
    public void Take_NamesDifferingOnlyInCase_AreMadeUnique()
    {
        var names = new SheetNames();

        Assert.That(new[] { names.Take("Phong"), names.Take("PHONG") }, Is.EqualTo(new[] { "Phong", "PHONG (2)" }));
    }

    [Test]
    public void Take_History_IsReservedByExcel()
    {
        Assert.That(new SheetNames().Take("history"), Is.EqualTo("history (2)"));
    }

    [TestCase("PH05 Phường Nam Phú đẹp nhất! 🌸🌸")]
    [TestCase("PH05 Phường Nam Phú đẹp n 🌸🌸🌸")]
    public void Take_EmojiAtTheLengthLimit_IsNeverCutInHalf(string wanted)
    {
        var names = new SheetNames();

        var first = names.Take(wanted);
        var second = names.Take(wanted);

        foreach (var name in new[] { first, second })
        {
            Assert.That(name, Has.Length.LessThanOrEqualTo(SheetNames.MaxLength));
            Assert.That(name.Where((c, i) => char.IsSurrogate(c) && !char.IsSurrogatePair(name, char.IsHighSurrogate(c) ? i : i - 1)), Is.Empty, name);
        }
    }
}
