using IndexScorer.Rules;

namespace IndexScorer.Core.Tests.Rules;

public class YesNoRuleTests
{
    [TestCase(YesNoRule.Yes, 1.5)]
    [TestCase(YesNoRule.No, 0)]
    public void Evaluate_Choice_GivesMaximumOrZero(string choice, decimal expected)
    {
        var rule = Some.ParsedRule("có/không");

        Assert.That(rule.PointsFor(1.5m, choice), Is.EqualTo(expected));
    }

    [Test]
    public void Inputs_AreOneYesNoChoice()
    {
        var rule = Some.ParsedRule("Có/Không");

        Assert.That(rule.Inputs.Single(), Has.Property(nameof(RuleInput.Kind)).EqualTo(InputKind.YesNo)
            .And.Property(nameof(RuleInput.Options)).EqualTo(new[] { "Có", "Không" }));
    }
}
