using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>
/// Two units next to each other in rank order whose indices differ, but by less than the precision the report shows
/// (two decimals): printed, they look equal or one step apart, yet they are ranked apart.
/// </summary>
/// <param name="Above">The unit ranked higher.</param>
/// <param name="Below">The unit ranked next.</param>
/// <param name="Difference">The difference of their full-precision indices, in percentage points.</param>
public sealed record NearTie(ScoredUnit Above, ScoredUnit Below, decimal Difference)
{
    /// <summary>The smallest difference the report shows: indices are printed with two decimals.</summary>
    public const decimal DisplayedPrecision = 0.01m;

    /// <summary>Every near tie of a group, in rank order.</summary>
    public static IReadOnlyList<NearTie> Of(ScoredGroup group)
    {
        var ties = new List<NearTie>();
        for (var i = 1; i < group.Units.Count; i++)
        {
            var difference = group.Units[i - 1].IndexPercent - group.Units[i].IndexPercent;
            if (difference > 0m && difference < DisplayedPrecision) ties.Add(new NearTie(group.Units[i - 1], group.Units[i], difference));
        }
        return ties;
    }

    /// <summary>The units of a group that are in a near tie, for a report to mark.</summary>
    public static IReadOnlySet<ScoredUnit> UnitsOf(ScoredGroup group) =>
        Of(group).SelectMany(t => new[] { t.Above, t.Below }).ToHashSet();
}
