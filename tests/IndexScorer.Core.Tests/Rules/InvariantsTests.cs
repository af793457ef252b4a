using IndexScorer.Frameworks;
using IndexScorer.Rules;

namespace IndexScorer.Core.Tests.Rules;

/// <summary>Values that hold invariants refuse to be built without them: a programmer's mistake throws at once.</summary>
[TestFixture]
public sealed class InvariantsTests
{
    [Test]
    public void Band_Empty_Throws() => Assert.That(() => new Band(80m, true, 80m, false), Throws.ArgumentException);

    [Test]
    public void Band_BelowZero_Throws() => Assert.That(() => new Band(-1m, true, 80m, false), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void TiersRule_TableWithAGap_Throws()
    {
        Tier[] tiers = [new(new Band(0m, true, 80m, false), 0m), new(new Band(90m, true, null, false), 2m)];

        Assert.That(() => new TiersRule("bậc [Tỷ lệ]", Measure.Percent("Tỷ lệ"), tiers, null), Throws.ArgumentException);
    }

    [Test]
    public void TiersRule_TableOutOfOrder_Throws()
    {
        Tier[] tiers = [new(new Band(80m, true, null, false), 2m), new(new Band(0m, true, 80m, false), 0m)];

        Assert.That(() => new TiersRule("bậc [Tỷ lệ]", Measure.Percent("Tỷ lệ"), tiers, null), Throws.ArgumentException);
    }

    [Test]
    public void LevelsRule_TwoLevelsOfTheSameName_Throws() =>
        Assert.That(() => new LevelsRule("mức", [new Level("Tốt", 2m), new Level("tốt", 1m)], null), Throws.ArgumentException);

    [TestCase(-0.5)]
    [TestCase(100.5)]
    public void SurveyOption_ShareOutside0To100_Throws(decimal percent) =>
        Assert.That(() => new SurveyOption("A", percent), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void ClassificationBand_BlankLabel_Throws() => Assert.That(() => new ClassificationBand(" ", 50m), Throws.ArgumentException);
}
