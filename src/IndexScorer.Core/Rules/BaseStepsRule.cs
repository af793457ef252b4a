namespace IndexScorer.Rules;

/// <summary>
/// <c>cơ bản [X]: 3 đến 30%; +0,5 mỗi 5%; tối đa 8</c>: the base up to the threshold, then a step
/// for each whole increment above it, capped.
/// </summary>
public sealed class BaseStepsRule(
    string text, Measure measure, decimal basePoints, decimal threshold, decimal step, decimal increment, decimal? cap,
    RuleInput? violationOverride)
    : Rule(text, measure.Inputs, violationOverride)
{
    /// <summary>The percentage the steps follow.</summary>
    public override Measure Measure { get; } = measure;

    /// <summary>Points given up to the threshold.</summary>
    public decimal BasePoints { get; } = Preconditions.NotNegative(basePoints);

    /// <summary>The percentage up to which the base applies.</summary>
    public decimal Threshold { get; } = Preconditions.NotNegative(threshold);

    /// <summary>Points added per whole increment above the threshold.</summary>
    public decimal Step { get; } = step;

    /// <summary>The increment in percentage points.</summary>
    public decimal Increment { get; } = Preconditions.Positive(increment);

    /// <summary>The cap; the criterion's maximum when not written.</summary>
    public decimal? Cap { get; } = cap;

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.BaseSteps;

    /// <inheritdoc />
    public override decimal? HighestPoints => Cap;

    /// <inheritdoc />
    protected override decimal? EvaluateOwn(IReadOnlyList<InputValue> values, decimal maximum)
    {
        if (Measure.PercentOf(values) is not { } percent) return null;
        var steps = percent <= Threshold ? 0m : Math.Floor((percent - Threshold) / Increment);
        return Math.Min(Math.Min(Cap ?? maximum, maximum), BasePoints + Step * steps);
    }
}
