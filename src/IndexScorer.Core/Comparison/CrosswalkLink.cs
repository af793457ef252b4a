using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;

namespace IndexScorer.Comparison;

/// <summary>
/// One row of a crosswalk: within <paramref name="Group"/>, the older framework's node <paramref name="Old"/> corresponds to the
/// newer one's <paramref name="New"/>. Old alone: removed; New alone: new. Several rows sharing a code make a merge or a split.
/// </summary>
/// <param name="Group">The unit group's code, e.g. PHONG.</param>
/// <param name="Old">The code in the older framework; null for a new criterion.</param>
/// <param name="New">The code in the newer framework; null for a removed criterion.</param>
/// <param name="Note">A free note (why, what changed).</param>
/// <param name="NeedsDecision">True when a proposal is uncertain and a person must confirm or correct it.</param>
/// <param name="Location">Where the row was read, when it came from a file.</param>
public sealed record CrosswalkLink(string Group, CriterionCode? Old, CriterionCode? New, string Note, bool NeedsDecision = false, SourceLocation? Location = null)
{
    /// <summary>
    /// The older year's group when it differs from <see cref="Group"/> (the newer year's): across a reorganisation, e.g. the
    /// wards of 2024 (PHUONG) into the communes and wards of 2025 (XA). Null: the same group code in both years.
    /// </summary>
    public string? OldGroup { get; init; }

    /// <summary>The older year's group code: <see cref="OldGroup"/>, else <see cref="Group"/>.</summary>
    public string OlderGroup => OldGroup ?? Group;

    /// <summary>True when both codes are the same (a change of maximum or wording only).</summary>
    public bool SameCode => Old is not null && New is not null && Old.Value == New.Value;
}
