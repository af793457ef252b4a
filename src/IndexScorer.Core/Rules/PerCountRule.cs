namespace IndexScorer.Rules;

/// <summary><c>cộng [Số sáng kiến] × 0,25</c>: points per counted item, capped at the maximum.</summary>
public sealed class PerCountRule(string text, string countLabel, decimal perItem, RuleInput? violationOverride)
    : Rule(text, [RuleInput.Number(countLabel, InputKind.Count)], violationOverride)
{
    /// <summary>Points per item.</summary>
    public decimal PerItem { get; } = Preconditions.Positive(perItem);

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.PerCount;

    /// <inheritdoc />
    protected override decimal? EvaluateOwn(IReadOnlyList<InputValue> values, decimal maximum) =>
        Math.Min(maximum, (values[0].Number ?? 0m) * PerItem);
}
