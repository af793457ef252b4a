namespace IndexScorer.IO.Results;

/// <summary>How much of a results.json <see cref="ResultsJsonReader"/> keeps.</summary>
public enum ResultsDetail
{
    /// <summary>Everything written: the texts of every leaf (evidence, notes, explanation) and where each value came from.</summary>
    All,

    /// <summary>
    /// The units' places and totals and every node's points, maxima and survey answers: what <c>compare</c> and a later year's
    /// report use. Leaves' texts and provenance are passed over (texts still checked to be texts), which saves most of the reading.
    /// </summary>
    Points,
}
