namespace IndexScorer.Rules;

/// <summary>
/// <c>khảo sát: A = 100%; B = 60%; C = 20%; D = 0%</c>: each respondent's answer is worth its share of
/// the maximum; points are the average over respondents. The values come from the survey results, not the form.
/// </summary>
public sealed class SurveyRule(string text, IReadOnlyList<SurveyOption> options) : Rule(text, [], null)
{
    /// <summary>The answer options and their weights, in the order written.</summary>
    public IReadOnlyList<SurveyOption> Options { get; } = options;

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.Survey;

    /// <inheritdoc />
    protected override decimal? EvaluateOwn(IReadOnlyList<InputValue> values, decimal maximum) =>
        throw new InvalidOperationException("A survey rule is evaluated from survey answers: call EvaluateAnswers.");

    /// <summary>Points for respondent counts per option; null when nobody answered.</summary>
    public decimal? EvaluateAnswers(IReadOnlyDictionary<string, decimal> respondentsByOption, decimal maximum)
    {
        var respondents = 0m;
        var weighted = 0m;
        foreach (var option in Options)
        {
            var count = respondentsByOption.GetValueOrDefault(option.Name);
            respondents += count;
            weighted += count * option.Percent;
        }
        return respondents == 0m ? null : maximum * weighted / (100m * respondents);
    }
}
