namespace IndexScorer.IO.Results;

/// <summary>How much of a results.json <see cref="ResultsJsonReader"/> keeps.</summary>
public enum ResultsDetail
{
    /// <summary>Everything written: the texts of every leaf (evidence, notes, explanation) and where each value came from.</summary>
    All,

    /// <summary>
    /// The units' places and totals and every node's final points, maximum and N/A mark: what <c>compare</c> and a later
    /// year's report use. The nodes' details (self, appraisal and survey points, texts, provenance, survey respondents) are
    /// passed over whole in a file of format 4, which saves most of the reading; an older file's are read along the way (its
    /// self, appraisal and survey points kept, texts only checked, provenance and respondents passed over).
    /// </summary>
    Points,
}
