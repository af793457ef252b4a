using IndexScorer.Rules;

namespace IndexScorer.Core.Tests.Rules;

public class YesNoRuleTests
{
    [TestCase(true, 1.5)]
    [TestCase(false, 0)]
    public void Evaluate_Answer_GivesMaximumOrZero(bool yes, decimal expected)
    {
        var rule = Some.ParsedRule("có/không");

        Assert.That(rule.PointsFor(1.5m, yes), Is.EqualTo(expected));
    }

    [Test]
    public void Inputs_AreOneYesNoAnswerAskingWhetherItWasDone()
    {
        var input = Some.ParsedRule("Có/Không").Inputs.Single();

        Assert.That((input.Prompt, input.Kind, input.Options.Count), Is.EqualTo((InputPrompt.Of(BuiltInPrompt.Done), InputKind.YesNo, 0)));
    }
}
