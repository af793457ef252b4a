using IndexScorer.Campaigns;

namespace IndexScorer.Analysis;

/// <summary>Mean, median, minimum and maximum of a group's index, exact in decimal.</summary>
public sealed record GroupStatistics(decimal Mean, decimal Median, decimal Minimum, decimal Maximum)
{
    /// <summary>The statistics of a group's index; the group must have at least one unit.</summary>
    public static GroupStatistics Of(GroupResult group)
    {
        var values = group.Units.Select(u => u.Score.IndexPercent).Order().ToArray();
        if (values.Length == 0) throw new ArgumentException("A group without units has no statistics.", nameof(group));
        var middle = values.Length / 2;
        var median = values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2m;
        return new GroupStatistics(values.Sum() / values.Length, median, values[0], values[^1]);
    }
}
