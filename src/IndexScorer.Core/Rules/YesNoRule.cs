namespace IndexScorer.Rules;

/// <summary><c>có/không</c>: done → maximum, not done → 0.</summary>
public sealed class YesNoRule(string text, RuleInput? violationOverride)
    : Rule(text, [new RuleInput(InputPrompt.Of(BuiltInPrompt.Done), InputKind.YesNo, [])], violationOverride)
{
    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.YesNo;

    /// <inheritdoc />
    protected override decimal? EvaluateOwn(IReadOnlyList<InputValue> values, decimal maximum) =>
        values[0].Yes == true ? maximum : 0m;
}
