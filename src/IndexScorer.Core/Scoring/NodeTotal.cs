namespace IndexScorer.Scoring;

/// <summary>A node's rolled-up points and the maximum in use (excluded leaves left out).</summary>
public readonly record struct NodeTotal(decimal Points, decimal MaxInUse)
{
    /// <summary>Points as a percentage of the maximum in use; null when nothing below counts.</summary>
    public decimal? Percent => MaxInUse == 0m ? null : 100m * Points / MaxInUse;
}
