namespace IndexScorer.Analysis;

/// <summary>How Krippendorff's α weighs a disagreement between two values.</summary>
public enum AgreementMetric
{
    /// <summary>Any difference counts fully (categories).</summary>
    Nominal,

    /// <summary>The squared difference (points, amounts).</summary>
    Interval,

    /// <summary>The squared difference relative to the sum: ((a − b) / (a + b))².</summary>
    Ratio,
}
