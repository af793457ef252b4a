namespace IndexScorer.Rules;

/// <summary>A range of percentages, e.g. "từ 80% đến dưới 100%" = [80, 100). Never empty.</summary>
public sealed record Band
{
    /// <summary>Creates the range; the lower bound is 0 or more, and the upper one (if any) above it, or equal with both bounds included.</summary>
    public Band(decimal lower, bool lowerInclusive, decimal? upper, bool upperInclusive)
    {
        Lower = Preconditions.NotNegative(lower);
        Preconditions.Require(upper is null || upper > lower || (upper == lower && lowerInclusive && upperInclusive), "A band must not be empty");
        LowerInclusive = lowerInclusive;
        Upper = upper;
        UpperInclusive = upperInclusive;
    }

    /// <summary>Lower bound in percent.</summary>
    public decimal Lower { get; }

    /// <summary>Whether the lower bound itself is in the range.</summary>
    public bool LowerInclusive { get; }

    /// <summary>Upper bound in percent; null for "trở lên" (and above).</summary>
    public decimal? Upper { get; }

    /// <summary>Whether the upper bound itself is in the range.</summary>
    public bool UpperInclusive { get; }

    /// <summary>True when the percentage falls in the range.</summary>
    public bool Contains(decimal percent) =>
        (LowerInclusive ? percent >= Lower : percent > Lower) &&
        (Upper is null || (UpperInclusive ? percent <= Upper : percent < Upper));
}
