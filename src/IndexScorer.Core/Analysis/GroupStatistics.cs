using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>Mean, median, minimum and maximum of a group's index (or of any set of values), exact in decimal.</summary>
public sealed record GroupStatistics(decimal Mean, decimal Median, decimal Minimum, decimal Maximum)
{
    /// <summary>The statistics of a group's index; the group must have at least one unit.</summary>
    public static GroupStatistics Of(ScoredGroup group) => Of(group.Units.Select(u => u.IndexPercent));

    /// <summary>The statistics of some values, e.g. a field's attainment across a group's units; at least one value.</summary>
    public static GroupStatistics Of(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("No values, no statistics.", nameof(values));
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
        return new GroupStatistics(sorted.Sum() / sorted.Length, median, sorted[0], sorted[^1]);
    }
}
