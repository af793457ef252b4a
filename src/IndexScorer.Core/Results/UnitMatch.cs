namespace IndexScorer.Results;

/// <summary>How a unit of one year was found in the other.</summary>
public enum UnitMatch
{
    /// <summary>The same unit code.</summary>
    Code,

    /// <summary>Different codes, the same name (Unicode form, case, spaces and diacritics ignored): reported to the user.</summary>
    Name,

    /// <summary>Present in one year only.</summary>
    None,

    /// <summary>Formed from the older units a unit lineage names (merged, split or renamed).</summary>
    Lineage,
}
