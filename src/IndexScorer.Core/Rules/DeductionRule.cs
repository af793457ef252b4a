namespace IndexScorer.Rules;

/// <summary><c>trừ [Số vi phạm] × 0,5</c>: maximum minus a deduction per case, floored at 0.</summary>
public sealed class DeductionRule(string text, string countLabel, decimal perCase, RuleInput? violationOverride)
    : Rule(text, [RuleInput.Number(countLabel, InputKind.Count)], violationOverride)
{
    /// <summary>Points deducted per case.</summary>
    public decimal PerCase { get; } = Preconditions.Positive(perCase);

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.Deduction;

    /// <inheritdoc />
    protected override decimal? EvaluateOwn(IReadOnlyList<InputValue> values, decimal maximum) =>
        Math.Max(0m, maximum - (values[0].Number ?? 0m) * PerCase);
}
