using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>Two units whose order is not clearly separated: the lower-ranked one is level or ahead in more than 10 % of samples.</summary>
/// <param name="Above">The unit ranked higher.</param>
/// <param name="Below">The unit ranked lower.</param>
/// <param name="FlipShare">The share (0–1) of samples in which <paramref name="Below"/> ranks level with or ahead of <paramref name="Above"/>.</param>
public sealed record SeparationPair(ScoredUnit Above, ScoredUnit Below, double FlipShare)
{
    /// <summary>Pairs that flip in more than this share of samples are listed.</summary>
    public const double Threshold = 0.10;
}
