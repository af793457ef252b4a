using IndexScorer.Rules;

namespace IndexScorer.Core.Tests.Rules;

public class SurveyRuleTests
{
    private static SurveyRule Abcd() => (SurveyRule)Some.ParsedRule("khảo sát: A = 100%; B = 60%; C = 20%; D = 0%");

    private static Dictionary<string, decimal> Answers(int a, int b, int c, int d) =>
        new() { ["A"] = a, ["B"] = b, ["C"] = c, ["D"] = d };

    [TestCase(10, 0, 0, 0, 10)]
    [TestCase(0, 0, 0, 10, 0)]
    [TestCase(0, 10, 0, 0, 6)]
    [TestCase(10, 5, 5, 0, 7)]
    [TestCase(1, 1, 1, 1, 4.5)]
    public void EvaluateAnswers_Counts_AverageOptionWeightTimesMaximum(int a, int b, int c, int d, decimal expected)
    {
        Assert.That(Abcd().EvaluateAnswers(Answers(a, b, c, d), 10m), Is.EqualTo(expected));
    }

    [Test]
    public void EvaluateAnswers_ThreeRespondents_KeepsFullPrecision()
    {
        Assert.That(Abcd().EvaluateAnswers(Answers(1, 1, 0, 1), 1m), Is.EqualTo(1m * 160m / 300m));
    }

    [Test]
    public void EvaluateAnswers_NoRespondents_IsNotApplicable()
    {
        Assert.That(Abcd().EvaluateAnswers(Answers(0, 0, 0, 0), 10m), Is.Null);
    }

    [Test]
    public void EvaluateAnswers_OptionsMissingFromTheAnswers_CountAsZeroRespondents()
    {
        Assert.That(Abcd().EvaluateAnswers(new Dictionary<string, decimal> { ["B"] = 4 }, 10m), Is.EqualTo(6m));
    }

    [Test]
    public void Inputs_AreEmpty_BecauseAnswersComeFromTheSurveyFile()
    {
        Assert.That(Abcd().Inputs, Is.Empty);
    }

    [Test]
    public void Evaluate_FormValues_Throws()
    {
        Assert.That(() => Abcd().Evaluate([], 10m), Throws.InvalidOperationException);
    }
}
