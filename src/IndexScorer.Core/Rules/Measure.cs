namespace IndexScorer.Rules;

/// <summary>
/// The percentage a rule works on: typed by the unit ([Tỷ lệ]); a part of a whole computed from two counts
/// ([Số hồ sơ đúng hạn] / [Số hồ sơ tiếp nhận]: the part cannot exceed the whole); or an achievement against a target
/// computed from two amounts ([Số thu thực hiện] so với [Dự toán thu được giao]: may exceed 100 %).
/// </summary>
public sealed class Measure
{
    private Measure(IReadOnlyList<RuleInput> inputs, bool isAchievement)
    {
        Inputs = inputs;
        IsAchievement = isAchievement;
    }

    /// <summary>One percent input, or numerator and denominator.</summary>
    public IReadOnlyList<RuleInput> Inputs { get; }

    /// <summary>True when the percentage is computed from two inputs (a part of a whole or an achievement).</summary>
    public bool IsRatio => Inputs.Count == 2;

    /// <summary>
    /// True for an achievement against a target (<c>[A] so với [B]</c>): both inputs are amounts and the percentage may
    /// exceed 100 %; false for a part of a whole (<c>[A] / [B]</c>), whose part cannot exceed the whole.
    /// </summary>
    public bool IsAchievement { get; }

    /// <summary>A percentage typed directly.</summary>
    public static Measure Percent(string label) => new([RuleInput.Number(label, InputKind.Percent)], false);

    /// <summary>A part of a whole: 100 × part ÷ whole, both counts, the part no larger than the whole.</summary>
    public static Measure Ratio(string numerator, string denominator) =>
        new([RuleInput.Number(numerator, InputKind.Count), RuleInput.Number(denominator, InputKind.Count)], false);

    /// <summary>An achievement against a target: 100 × achieved ÷ target, both amounts; may exceed 100 %.</summary>
    public static Measure Achievement(string achieved, string target) =>
        new([RuleInput.Number(achieved, InputKind.Amount), RuleInput.Number(target, InputKind.Amount)], true);

    /// <summary>The percentage (0–100, above 100 for an achievement over its target) at full precision; null when the denominator is 0 (nothing arose).</summary>
    public decimal? PercentOf(IReadOnlyList<InputValue> values)
    {
        var first = values[0].Number ?? 0m;
        if (!IsRatio) return first;
        var denominator = values[1].Number ?? 0m;
        return denominator == 0m ? null : 100m * first / denominator;
    }
}
