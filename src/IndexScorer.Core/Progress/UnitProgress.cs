namespace IndexScorer.Progress;

/// <summary>Where one roster unit stands: its form, its problems, the council's rounds, the survey.</summary>
/// <param name="Code">Unit code.</param>
/// <param name="Name">Unit name.</param>
/// <param name="Group">Group code.</param>
/// <param name="Form">The file received as its form (the first, when several); null when none was received.</param>
/// <param name="LastModified">When that file was last changed (Vietnam time, UTC+7); null when none was received.</param>
/// <param name="Forms">How many files were received as its form (more than one is a problem).</param>
/// <param name="Problems">How many errors its form gave; 0 for a valid form.</param>
/// <param name="Valid">True when its form was received and scores without error.</param>
/// <param name="Criteria">How many criteria the council appraises for it (its self-assessed criteria).</param>
/// <param name="Round1">How many of them have a round-1 value.</param>
/// <param name="Lowered">How many round-1 values are below the unit's self score (those the unit may explain).</param>
/// <param name="Explained">How many of the lowered criteria carry the unit's explanation.</param>
/// <param name="Round2">How many of the lowered criteria have a round-2 value.</param>
/// <param name="Survey">True or false when its group uses a survey: whether it has survey results; null when the group has none.</param>
public sealed record UnitProgress(
    string Code, string Name, string Group, string? Form, DateTime? LastModified, int Forms, int Problems, bool Valid, int Criteria, int Round1,
    int Lowered, int Explained, int Round2, bool? Survey)
{
    /// <summary>True when a form was received.</summary>
    public bool Received => Form is not null;

    /// <summary>True when the council has appraised at least one criterion in round 1.</summary>
    public bool Round1Started => Round1 > 0;

    /// <summary>True when the form is valid and every lowered criterion has an explanation (nothing to explain counts as done).</summary>
    public bool ExplanationDone => Valid && Round1Started && Explained == Lowered;

    /// <summary>True when the form is valid and every lowered criterion has a round-2 decision (nothing lowered counts as done).</summary>
    public bool Round2Done => Valid && Round1Started && Round2 == Lowered;
}
