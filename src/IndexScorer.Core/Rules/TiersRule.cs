namespace IndexScorer.Rules;

/// <summary>
/// <c>bậc [A] / [B]: 100% = 2; từ 80% đến dưới 100% = 1; dưới 80% = 0</c>: the tier the percentage falls in.
/// </summary>
public sealed class TiersRule : Rule
{
    /// <summary>Creates the rule; the tiers must be ordered from the lowest range up and cover 0 % and up exactly once.</summary>
    public TiersRule(string text, Measure measure, IReadOnlyList<Tier> tiers, RuleInput? violationOverride)
        : base(text, measure.Inputs, violationOverride)
    {
        Preconditions.Require(tiers.Count >= 2 && tiers.SequenceEqual(TierTable.Ordered(tiers)) && TierTable.Problem(tiers) is null,
            "Tiers must be ordered and cover 0% and up without gap or overlap");
        Measure = measure;
        Tiers = tiers;
    }

    /// <summary>The percentage the tiers apply to.</summary>
    public override Measure Measure { get; }

    /// <summary>The tiers, ordered from the lowest range up.</summary>
    public IReadOnlyList<Tier> Tiers { get; }

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.Tiers;

    /// <inheritdoc />
    public override decimal? HighestPoints => Tiers.Max(t => t.Points);

    /// <inheritdoc />
    protected override decimal? EvaluateOwn(IReadOnlyList<InputValue> values, decimal maximum)
    {
        if (Measure.PercentOf(values) is not { } percent) return null;
        // Above 100 % (an achievement over its target; a part over its whole is refused earlier) the top tier applies.
        return (Tiers.FirstOrDefault(t => t.Band.Contains(percent)) ?? Tiers[^1]).Points;
    }
}
