namespace IndexScorer.Rules;

/// <summary>A range of percentages, e.g. "từ 80% đến dưới 100%" = [80, 100).</summary>
/// <param name="Lower">Lower bound in percent.</param>
/// <param name="LowerInclusive">Whether the lower bound itself is in the range.</param>
/// <param name="Upper">Upper bound in percent; null for "trở lên" (and above).</param>
/// <param name="UpperInclusive">Whether the upper bound itself is in the range.</param>
public sealed record Band(decimal Lower, bool LowerInclusive, decimal? Upper, bool UpperInclusive)
{
    /// <summary>True when the percentage falls in the range.</summary>
    public bool Contains(decimal percent) =>
        (LowerInclusive ? percent >= Lower : percent > Lower) &&
        (Upper is null || (UpperInclusive ? percent <= Upper : percent < Upper));
}
