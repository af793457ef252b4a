namespace IndexScorer.Scoring;

/// <summary>A node's rolled-up points and the maximum in use (excluded leaves left out).</summary>
internal readonly record struct NodeTotal(decimal Points, decimal MaxInUse);
