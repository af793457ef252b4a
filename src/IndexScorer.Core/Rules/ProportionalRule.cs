namespace IndexScorer.Rules;

/// <summary><c>tỷ lệ [A] / [B]</c>: points = achieved share × maximum, at most the maximum (an achievement over its target).</summary>
public sealed class ProportionalRule(string text, Measure measure, RuleInput? violationOverride)
    : Rule(text, measure.Inputs, violationOverride)
{
    /// <summary>The percentage the points follow.</summary>
    public override Measure Measure { get; } = measure;

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.Proportional;

    /// <inheritdoc />
    protected override decimal? EvaluateOwn(IReadOnlyList<InputValue> values, decimal maximum) =>
        Measure.PercentOf(values) is { } percent ? Math.Min(maximum, maximum * percent / 100m) : null;
}
