namespace IndexScorer.Frameworks;

/// <summary>Where a leaf's points come from.</summary>
public enum PointSource
{
    /// <summary>Self-assessed by the unit, then appraised by the council (tự đánh giá, thẩm định).</summary>
    SelfAssessment,

    /// <summary>Measured by the sociological survey (ĐTXHH); not on the unit's form.</summary>
    Survey,
}
