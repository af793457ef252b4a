using IndexScorer.Frameworks;

namespace IndexScorer.Ranking;

/// <summary>A unit's place in its group: competition rank (1, 2, 2, 4) and classification band.</summary>
/// <param name="Score">The unit's score.</param>
/// <param name="Rank">The rank; equal for units that remain tied after the tie-breakers.</param>
/// <param name="IsTied">True when another unit shares the rank.</param>
/// <param name="Band">The classification band, if the group has bands.</param>
internal sealed record RankedUnit<T>(T Score, int Rank, bool IsTied, ClassificationBand? Band)
    where T : IRankable;
