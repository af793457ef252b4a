namespace IndexScorer.Rules;

/// <summary>One line of a tier table: a percentage range and its points.</summary>
public sealed record Tier(Band Band, decimal Points);
