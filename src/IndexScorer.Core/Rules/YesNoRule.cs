namespace IndexScorer.Rules;

/// <summary><c>có/không</c>: done → maximum, not done → 0.</summary>
public sealed class YesNoRule(string text, RuleInput? violationOverride)
    : Rule(text, [new RuleInput(Label, InputKind.YesNo, [Yes, No])], violationOverride)
{
    /// <summary>The option meaning done.</summary>
    public const string Yes = "Có";

    /// <summary>The option meaning not done.</summary>
    public const string No = "Không";

    private const string Label = "Đã thực hiện?";

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.YesNo;

    /// <inheritdoc />
    protected override decimal? EvaluateOwn(IReadOnlyList<InputValue> values, decimal maximum) =>
        values[0].Choice == Yes ? maximum : 0m;
}
