namespace IndexScorer.Rules;

/// <summary>
/// <c>bậc [A] / [B]: 100% = 2; từ 80% đến dưới 100% = 1; dưới 80% = 0</c>. The parser guarantees that
/// the tiers cover 0–100% without gap or overlap.
/// </summary>
public sealed class TiersRule(string text, Measure measure, IReadOnlyList<Tier> tiers, RuleInput? violationOverride)
    : Rule(text, measure.Inputs, violationOverride)
{
    /// <summary>The percentage the tiers apply to.</summary>
    public override Measure Measure { get; } = measure;

    /// <summary>The tiers, ordered from the lowest range up.</summary>
    public IReadOnlyList<Tier> Tiers { get; } = tiers;

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.Tiers;

    /// <inheritdoc />
    public override decimal? HighestPoints => Tiers.Max(t => t.Points);

    /// <inheritdoc />
    protected override decimal? EvaluateOwn(IReadOnlyList<InputValue> values, decimal maximum)
    {
        if (Measure.PercentOf(values) is not { } percent) return null;
        // Above 100 % (more settled than received is rejected earlier) the top tier applies.
        return (Tiers.FirstOrDefault(t => t.Band.Contains(percent)) ?? Tiers[^1]).Points;
    }
}
