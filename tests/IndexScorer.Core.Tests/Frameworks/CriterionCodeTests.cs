using IndexScorer.Frameworks;

namespace IndexScorer.Core.Tests.Frameworks;

public class CriterionCodeTests
{
    [TestCase(" 3.2. ", "3.2")]
    [TestCase("t.1", "T.1")]
    [TestCase("3 . 2 . 1", "3.2.1")]
    public void TryParse_TolerableCode_ReadsCanonically(string text, string expected)
    {
        var parsed = CriterionCode.TryParse(text, out var code);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Is.True);
            Assert.That(code.Value, Is.EqualTo(expected));
        }
    }

    [TestCase("1-2")]
    [TestCase("1.a")]
    [TestCase("1..2")]
    [TestCase("")]
    public void TryParse_Malformed_IsRejected(string text)
    {
        Assert.That(CriterionCode.TryParse(text, out _), Is.False);
    }

    [Test]
    public void CompareTo_NumericSegments_OrderNaturally()
    {
        var codes = new[] { "10", "2.10", "2.2", "2", "T" }.Select(CriterionCode.Parse).Order();

        Assert.That(codes.Select(c => c.Value), Is.EqualTo(new[] { "2", "2.2", "2.10", "10", "T" }));
    }

    [Test]
    public void Parent_OfSubCriterion_IsTheCriterion()
    {
        Assert.That(CriterionCode.Parse("3.2.1").Parent, Is.EqualTo(CriterionCode.Parse("3.2")));
    }

    [Test]
    public void Parent_OfField_IsNull()
    {
        Assert.That(CriterionCode.Parse("3").Parent, Is.Null);
    }
}
