using IndexScorer.Frameworks;

namespace IndexScorer.Comparison;

/// <summary>One field's attainment (points in % of the field's maximum in use) in both years.</summary>
/// <param name="Code">The field's code.</param>
/// <param name="Title">The field's wording (the newer year's when both have it).</param>
/// <param name="OlderPercent">The older year's %, null when the field or the unit is absent or nothing counted.</param>
/// <param name="NewerPercent">The newer year's %, likewise.</param>
public sealed record FieldChange(CriterionCode Code, string Title, decimal? OlderPercent, decimal? NewerPercent)
{
    /// <summary>The change in percentage points, when both years have a value.</summary>
    public decimal? Change => OlderPercent is { } a && NewerPercent is { } b ? b - a : null;
}
