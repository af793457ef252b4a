using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>A group's average attainment in one scored field.</summary>
/// <param name="Field">The field.</param>
/// <param name="Percent">The mean, over the units where the field counts, of its points as % of its maximum in use; null when it counts for none.</param>
public sealed record FieldAverage(CriterionSummary Field, decimal? Percent)
{
    /// <summary>The average of every scored field of the group, in framework order.</summary>
    public static IReadOnlyList<FieldAverage> Of(ScoredGroup group) => group.Fields.Select(field =>
    {
        var i = group.IndexOf(field.Code);
        return new FieldAverage(field, Mean(group.Units.Select(u => u.Criteria[i].Percent)));
    }).ToArray();

    internal static decimal? Mean(IEnumerable<decimal?> values)
    {
        var present = values.OfType<decimal>().ToArray();
        return present.Length == 0 ? null : present.Sum() / present.Length;
    }
}
