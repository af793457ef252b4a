namespace IndexScorer.Frameworks;

/// <summary>What happens when a criterion did not arise for a unit (không phát sinh).</summary>
public enum NotApplicablePolicy
{
    /// <summary>The criterion always arises: marking it N/A is an error.</summary>
    NotAllowed,

    /// <summary>The unit gets the full points.</summary>
    FullPoints,

    /// <summary>Dropped from both points and maximum; the index is rescaled over the rest.</summary>
    Excluded,
}
