using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>A unit's attainment in one field against its group's average.</summary>
/// <param name="Field">The field.</param>
/// <param name="UnitPercent">The unit's points as % of the field's maximum in use; null when the field does not count for it.</param>
/// <param name="GroupPercent">The group's average attainment in the field.</param>
public sealed record FieldComparison(CriterionSummary Field, decimal? UnitPercent, decimal? GroupPercent)
{
    /// <summary>Unit minus group, in percentage points; null when either is missing.</summary>
    public decimal? Difference => UnitPercent - GroupPercent;
}
