using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>How sure a unit's rank is: its nominal rank, its median simulated rank, the 90 % interval and the chance of each band.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="MedianRank">The median of its simulated ranks.</param>
/// <param name="Low">The 5th percentile of its simulated ranks (the best end of the interval), by the nearest-rank definition.</param>
/// <param name="High">The 95th percentile (the worst end), by the nearest-rank definition.</param>
/// <param name="BandProbabilities">Per band of the group (highest first) the share of samples in which the unit falls in it.</param>
public sealed record UnitRankInterval(ScoredUnit Unit, int MedianRank, int Low, int High, IReadOnlyList<double> BandProbabilities)
{
    /// <summary>The rank published.</summary>
    public int NominalRank => Unit.Rank;
}
