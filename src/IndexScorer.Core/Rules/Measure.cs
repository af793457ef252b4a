namespace IndexScorer.Rules;

/// <summary>
/// The percentage a rule works on: either typed by the unit ([Tỷ lệ]) or computed from two counts
/// ([Số hồ sơ đúng hạn] / [Số hồ sơ tiếp nhận]).
/// </summary>
public sealed class Measure
{
    private Measure(IReadOnlyList<RuleInput> inputs) => Inputs = inputs;

    /// <summary>One percent input, or numerator and denominator counts.</summary>
    public IReadOnlyList<RuleInput> Inputs { get; }

    /// <summary>True when the percentage is computed from two counts.</summary>
    public bool IsRatio => Inputs.Count == 2;

    /// <summary>A percentage typed directly.</summary>
    public static Measure Percent(string label) => new([RuleInput.Number(label, InputKind.Percent)]);

    /// <summary>A percentage computed as 100 × numerator ÷ denominator.</summary>
    public static Measure Ratio(string numerator, string denominator) =>
        new([RuleInput.Number(numerator, InputKind.Count), RuleInput.Number(denominator, InputKind.Count)]);

    /// <summary>The percentage (0–100) at full precision; null when the denominator is 0 (nothing arose).</summary>
    public decimal? PercentOf(IReadOnlyList<InputValue> values)
    {
        var first = values[0].Number ?? 0m;
        if (!IsRatio) return first;
        var denominator = values[1].Number ?? 0m;
        return denominator == 0m ? null : 100m * first / denominator;
    }
}
