namespace IndexScorer.Frameworks;

/// <summary>A classification such as "Tốt" for an index from <see cref="MinimumPercent"/> (inclusive) up to the next band.</summary>
public sealed record ClassificationBand(string Label, decimal MinimumPercent);
