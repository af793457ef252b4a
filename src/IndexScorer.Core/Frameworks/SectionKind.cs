namespace IndexScorer.Frameworks;

/// <summary>Whether a top-level section counts toward the scale, adds a bonus or subtracts a penalty.</summary>
public enum SectionKind
{
    /// <summary>An ordinary field: its maximum is part of the scale total.</summary>
    Scored,

    /// <summary>Điểm thưởng: added, capped at the section's maximum.</summary>
    Bonus,

    /// <summary>Điểm trừ: subtracted, capped at the section's maximum.</summary>
    Penalty,
}
