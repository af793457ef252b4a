namespace IndexScorer.IO.Appraisal;

/// <summary>
/// One criterion row of the council's workbook as written or read back: what the unit submitted (for the appraiser to read)
/// and what the council typed (kept as typed, so that writing the workbook again never loses it).
/// </summary>
/// <param name="UnitCode">The unit's code.</param>
/// <param name="UnitName">The unit's name.</param>
/// <param name="CriterionCode">The leaf's code.</param>
/// <param name="Title">The leaf's title.</param>
/// <param name="Max">The leaf's maximum.</param>
/// <param name="Inputs">The unit's raw inputs, one per line.</param>
/// <param name="Self">The points that count without appraisal (self score, or what the N/A policy gives); null when unknown.</param>
/// <param name="Evidence">The evidence cited.</param>
/// <param name="Note">The unit's note.</param>
/// <param name="Round1">Round-1 points as typed.</param>
/// <param name="Round1Note">Round-1 note.</param>
/// <param name="Explanation">The unit's explanation.</param>
/// <param name="Round2">Round-2 points as typed.</param>
/// <param name="Round2Note">Round-2 note.</param>
internal sealed record AppraisalLine(
    string UnitCode, string UnitName, string CriterionCode, string Title, decimal Max, string Inputs, decimal? Self, string Evidence, string Note,
    string Round1, string Round1Note, string Explanation, string Round2, string Round2Note)
{
    /// <summary>True when the council has typed anything on this row.</summary>
    public bool HasCouncilValues =>
        new[] { Round1, Round1Note, Explanation, Round2, Round2Note }.Any(t => !string.IsNullOrWhiteSpace(t));

    /// <summary>The same row with the council's values of <paramref name="typed"/>.</summary>
    public AppraisalLine WithCouncilValues(AppraisalLine typed) => this with
    {
        Round1 = typed.Round1,
        Round1Note = typed.Round1Note,
        Explanation = typed.Explanation,
        Round2 = typed.Round2,
        Round2Note = typed.Round2Note,
    };
}
