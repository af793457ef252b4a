using IndexScorer.Analysis;
using IndexScorer.Diagnostics;
using IndexScorer.Results;
using static IndexScorer.Core.Tests.Analysis.Simulated;

namespace IndexScorer.Core.Tests.Analysis;

public class RankUncertaintyTests
{
    /// <summary>Five wards: two pairs close on small surveys, one far ahead, one tied pair of equal published index.</summary>
    private static ScoredGroup Group() => Wards(
        new Ward("P1", "Tốt", 40, 5, 3, 2),
        new Ward("P2", "Đạt", 12, 3, 3, 2),
        new Ward("P3", "Đạt", 11, 4, 3, 2),
        new Ward("P4", "Không", 5, 5, 5, 5),
        new Ward("P5", "Không", 5, 5, 5, 5));

    private static RankUncertainty Simulate(ScoredGroup group, SimulationSettings settings) => RankUncertainty.Of(group, settings, new DiagnosticBag());

    [Test]
    public void Of_EverySourceOff_EachIntervalIsTheNominalRank()
    {
        var group = Group();
        var result = Simulate(group, new SimulationSettings(samples: 200, resampleSurvey: false));

        Assert.That(result.Units.Select(u => (u.MedianRank, u.Low, u.High)), Is.EqualTo(group.Units.Select(u => (u.Rank, u.Rank, u.Rank))));
        Assert.That(result.NotClearlySeparated, Is.Empty);
    }

    [Test]
    public void Of_EverySourceOff_EachUnitIsInItsPublishedBandInEverySample()
    {
        var group = Group();
        var result = Simulate(group, new SimulationSettings(samples: 50, resampleSurvey: false));

        Assert.That(result.Units.Select(u => group.Bands[u.BandProbabilities.ToList().IndexOf(1d)].Label), Is.EqualTo(group.Units.Select(u => u.Band)));
    }

    [Test]
    public void Of_SameSeed_SameResult()
    {
        var group = Group();
        var settings = new SimulationSettings(samples: 300, seed: 7, appraisalPoints: 0.5m, weightPercent: 10m);

        var first = Simulate(group, settings);
        var second = Simulate(group, settings);

        Assert.That(second.Units.Select(u => (u.MedianRank, u.Low, u.High, string.Join(",", u.BandProbabilities))),
            Is.EqualTo(first.Units.Select(u => (u.MedianRank, u.Low, u.High, string.Join(",", u.BandProbabilities)))));
        Assert.That(second.NotClearlySeparated.Select(p => p.FlipShare), Is.EqualTo(first.NotClearlySeparated.Select(p => p.FlipShare)));
    }

    [Test]
    public void Of_DifferentSeeds_AgreeWithinMonteCarloError()
    {
        var group = Group();
        var first = Simulate(group, new SimulationSettings(samples: 2000, seed: 1));
        var second = Simulate(group, new SimulationSettings(samples: 2000, seed: 2));

        // P4 and P5 have the same answers: which of them is the median 4th or 5th is a coin toss.
        Assert.That(second.Units.Select(u => u.MedianRank), Is.EqualTo(first.Units.Select(u => u.MedianRank)).Within(1));
        Assert.That(second.Units.Select(u => (u.Low, u.High)), Is.EqualTo(first.Units.Select(u => (u.Low, u.High))));
        for (var u = 0; u < first.Units.Count; u++)
        {
            for (var b = 0; b < group.Bands.Count; b++)
            {
                // Four standard errors of the difference of two shares, each estimated from 2,000 samples.
                var (p, q) = (first.Units[u].BandProbabilities[b], second.Units[u].BandProbabilities[b]);
                var pooled = Math.Clamp((p + q) / 2, 0.005, 0.995);
                Assert.That(q, Is.EqualTo(p).Within(4 * Math.Sqrt(2 * pooled * (1 - pooled) / 2000)), $"unit {u}, band {b}");
            }
        }
        var flips = first.NotClearlySeparated.ToDictionary(p => (p.Above.Code, p.Below.Code), p => p.FlipShare);
        foreach (var pair in second.NotClearlySeparated.Where(p => flips.ContainsKey((p.Above.Code, p.Below.Code))))
            Assert.That(pair.FlipShare, Is.EqualTo(flips[(pair.Above.Code, pair.Below.Code)]).Within(4 * Math.Sqrt(2 * 0.25 / 2000)));
    }

    [Test]
    public void Of_CloseUnitsOnSmallSurveys_AreNotClearlySeparated()
    {
        var result = Simulate(Group(), new SimulationSettings(samples: 1000));

        Assert.That(result.NotClearlySeparated.Select(p => (p.Above.Code, p.Below.Code)), Does.Contain(("P2", "P3")));
    }

    [Test]
    public void Of_UnitFarAhead_IsClearlySeparatedAndAlwaysFirst()
    {
        var result = Simulate(Group(), new SimulationSettings(samples: 1000));

        Assert.That(result.NotClearlySeparated.Select(p => p.Above.Code), Does.Not.Contain("P1"));
        Assert.That((result.Units[0].Low, result.Units[0].High), Is.EqualTo((1, 1)));
    }

    [Test]
    public void Of_TiedUnitsWithTheSameAnswers_ShareTheirRankWithoutSurveyNoise()
    {
        var result = Simulate(Group(), new SimulationSettings(samples: 100, resampleSurvey: false, appraisalPoints: 0m, weightPercent: 20m));

        Assert.That(result.Units.TakeLast(2).Select(u => (u.Low, u.High)), Is.EqualTo(new[] { (4, 4), (4, 4) }));
    }

    [Test]
    public void Of_HugeSurvey_IntervalShrinksToTheNominalRank()
    {
        var group = Wards(new Ward("P1", "Đạt", 4000, 1000, 0, 0), new Ward("P2", "Đạt", 3000, 2000, 0, 0));
        var result = Simulate(group, new SimulationSettings(samples: 500));

        Assert.That(result.Units.Select(u => (u.Low, u.High)), Is.EqualTo(new[] { (1, 1), (2, 2) }));
    }

    [Test]
    public void Of_ResultsWithoutSurveyOptions_WarnsAN002AndHoldsTheSurveyFixed()
    {
        var group = Group();
        var stripped = new ScoredGroup(group.Code, group.Name, group.SurveyInUse,
            group.Criteria.Select(c => c with { SurveyOptions = null }).ToArray(), group.Bands,
            group.Units.Select(u => Rebuilt(u, group)).ToArray());
        var diagnostics = new DiagnosticBag();

        var result = RankUncertainty.Of(stripped, new SimulationSettings(samples: 20), diagnostics);

        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { "AN002" }));
        Assert.That(result.Units.All(u => u.Low == u.NominalRank && u.High == u.NominalRank), Is.True);
    }

    private static ScoredUnit Rebuilt(ScoredUnit unit, ScoredGroup group)
    {
        var criteria = unit.Criteria.Select(r => r with { Criterion = r.Criterion with { SurveyOptions = null } }).ToArray();
        return new ScoredUnit(unit.Code, unit.Name, unit.Rank, unit.IsTied, unit.Band, unit.IndexPercent, unit.ScoredPoints, unit.Bonus, unit.Penalty,
            unit.MaxInUse, criteria, unit.SurveyAnswers);
    }
}
