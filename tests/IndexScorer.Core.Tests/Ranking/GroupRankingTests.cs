using IndexScorer.Scoring;
using IndexScorer.Frameworks;
using IndexScorer.Ranking;

namespace IndexScorer.Core.Tests.Ranking;

public class GroupRankingTests
{
    private static UnitGroup Offices(string tieBreakers = "") => new FrameworkBuilder()
        .Group("PHONG", g => g
            .TieBreakers(tieBreakers)
            .Row("1", "6", "có/không")
            .Row("2", "4", "có/không"))
        .Band("A", "90")
        .Band("B", "80")
        .Band("C", "0")
        .CompileGroup();

    private static IReadOnlyList<RankedUnit<UnitScore>> Rank(UnitGroup group, params (string Unit, decimal Index)[] units) =>
        GroupRanking.Rank(group, units.Select(u => Some.ScoreWithIndex(group, u.Unit, u.Index)));

    [Test]
    public void Rank_EqualIndices_ShareARankAndSkipTheNext()
    {
        var ranked = Rank(Offices(), ("CG", 90m), ("NTL", 95.70m), ("HK", 95.7m), ("BD", 96.1m));

        Assert.That(ranked.Select(r => (r.Score.Unit.Code, r.Rank)), Is.EqualTo(new[] { ("BD", 1), ("HK", 2), ("NTL", 2), ("CG", 4) }));
    }

    [Test]
    public void Rank_EqualIndices_AreMarkedTied()
    {
        var ranked = Rank(Offices(), ("CG", 90m), ("NTL", 95.70m), ("HK", 95.7m), ("BD", 96.1m));

        Assert.That(ranked.Select(r => r.IsTied), Is.EqualTo(new[] { false, true, true, false }));
    }

    [Test]
    public void Rank_IndicesDifferingOnlyInThe20thDecimal_AreNotTied()
    {
        var ranked = Rank(Offices(), ("A1", 95.7m), ("B2", 95.70000000000000000001m));

        Assert.That(ranked.Select(r => (r.Score.Unit.Code, r.Rank, r.IsTied)), Is.EqualTo(new[] { ("B2", 1, false), ("A1", 2, false) }));
    }

    [Test]
    public void Rank_IndicesEqualOnlyWhenRounded_AreNotTied()
    {
        var ranked = Rank(Offices(), ("A1", 95.7m), ("B2", 95.704m));

        Assert.That(ranked.Select(r => r.Rank), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void Rank_TieBreakerConfigured_SeparatesATieByTheNodesPoints()
    {
        var group = Offices(tieBreakers: "2");
        var scores = new[]
        {
            Some.ScoreWithIndex(group, "A1", 95.7m, ("2", 3m)),
            Some.ScoreWithIndex(group, "B2", 95.7m, ("2", 4m)),
        };

        var ranked = GroupRanking.Rank(group, scores);

        Assert.That(ranked.Select(r => (r.Score.Unit.Code, r.Rank, r.IsTied)), Is.EqualTo(new[] { ("B2", 1, false), ("A1", 2, false) }));
    }

    [Test]
    public void Rank_TieBreakerEqualToo_UnitsStillShareTheRank()
    {
        var group = Offices(tieBreakers: "2");
        var scores = new[]
        {
            Some.ScoreWithIndex(group, "A1", 95.7m, ("2", 4m)),
            Some.ScoreWithIndex(group, "B2", 95.7m, ("2", 4m)),
        };

        var ranked = GroupRanking.Rank(group, scores);

        Assert.That(ranked.Select(r => r.Rank), Is.EqualTo(new[] { 1, 1 }));
    }

    [Test]
    public void Rank_SecondTieBreaker_AppliesWhenTheFirstTies()
    {
        var group = Offices(tieBreakers: "2, 1");
        var scores = new[]
        {
            Some.ScoreWithIndex(group, "A1", 95.7m, ("2", 4m), ("1", 5m)),
            Some.ScoreWithIndex(group, "B2", 95.7m, ("2", 4m), ("1", 5.5m)),
        };

        var ranked = GroupRanking.Rank(group, scores);

        Assert.That(ranked.Select(r => r.Score.Unit.Code), Is.EqualTo(new[] { "B2", "A1" }));
    }

    [Test]
    public void Rank_TieBreakerConfigured_DoesNotOverrideTheIndex()
    {
        var group = Offices(tieBreakers: "2");
        var scores = new[]
        {
            Some.ScoreWithIndex(group, "A1", 95.8m, ("2", 0m)),
            Some.ScoreWithIndex(group, "B2", 95.7m, ("2", 4m)),
        };

        var ranked = GroupRanking.Rank(group, scores);

        Assert.That(ranked.Select(r => r.Score.Unit.Code), Is.EqualTo(new[] { "A1", "B2" }));
    }

    [TestCase(100.5, "A")]
    [TestCase(90, "A")]
    [TestCase(89.99999, "B")]
    [TestCase(80, "B")]
    [TestCase(79.999, "C")]
    [TestCase(0, "C")]
    public void Rank_Index_GetsTheBandWithInclusiveLowerBound(decimal index, string band)
    {
        var ranked = Rank(Offices(), ("U01", index));

        Assert.That(ranked.Single().Band?.Label, Is.EqualTo(band));
    }

    [Test]
    public void Rank_NoScores_IsEmpty()
    {
        Assert.That(GroupRanking.Rank<UnitScore>(Offices(), []), Is.Empty);
    }
}
