namespace IndexScorer.Rules;

/// <summary><c>nhập điểm</c>: the unit types its points, 0 to the maximum.</summary>
public sealed class ManualRule(string text, RuleInput? violationOverride)
    : Rule(text, [new RuleInput(InputPrompt.Of(BuiltInPrompt.SelfPoints), InputKind.Points, [])], violationOverride)
{
    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.Manual;

    /// <inheritdoc />
    protected override decimal? EvaluateOwn(IReadOnlyList<InputValue> values, decimal maximum) => values[0].Number ?? 0m;
}
