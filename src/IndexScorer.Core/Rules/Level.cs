namespace IndexScorer.Rules;

/// <summary>A named level and its points, e.g. "Đầy đủ" = 2.</summary>
public sealed record Level(string Name, decimal Points);
