namespace IndexScorer.Rules;

/// <summary>One line of a tier table: a percentage range and its points (0 or more).</summary>
public sealed record Tier
{
    /// <summary>Creates the line.</summary>
    public Tier(Band band, decimal points)
    {
        Band = band;
        Points = Preconditions.NotNegative(points);
    }

    /// <summary>The range.</summary>
    public Band Band { get; }

    /// <summary>The points of the range.</summary>
    public decimal Points { get; }
}
