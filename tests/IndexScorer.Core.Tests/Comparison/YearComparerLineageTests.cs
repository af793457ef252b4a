using IndexScorer.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.Results;
using static IndexScorer.Core.Tests.Years;

namespace IndexScorer.Core.Tests.Comparison;

/// <summary>compare through a unit lineage: wards of 2024 (PHUONG) merged, split and renamed into communes of 2025 (XA).</summary>
public class YearComparerLineageTests
{
    private static readonly CriterionSummary[] Tree = [Field("1", 4), Leaf("1.1", 2), Leaf("1.2", 2)];

    private static ScoredYear Older(params ScoredUnit[] units) => new(2024, new FrameworkIdentity("khung-2024", "Khung 2024", "1.0", ""),
        [new ScoredGroup("PHUONG", "UBND phường", true, Tree, [], units)]);

    private static ScoredYear Newer(params ScoredUnit[] units) => new(2025, new FrameworkIdentity("khung-2025", "Khung 2025", "1.0", ""),
        [new ScoredGroup("XA", "UBND xã, phường", true, Tree, [], units)]);

    private static readonly ScoredYear Wards = Older(
        Unit("W1", 1, 90m, Tree, ("1.1", 2m), ("1.2", 1.5m)),
        Unit("W2", 2, 80m, Tree, ("1.1", 2m), ("1.2", 1m)),
        Unit("W3", 3, 60m, Tree, ("1.1", 1m), ("1.2", 1m)));

    private static LineageLink Row(string old, string? now, int line, decimal? share = null, decimal? weight = null) => new(old, now)
    {
        Share = share,
        Weight = weight,
        Basis = weight is null ? "" : "dân số",
        Cells = new LineageCells(At(line, null), At(line, "Năm cũ"), At(line, "Mã đơn vị cũ"), At(line, "Mã đơn vị mới"), At(line, "Tỷ lệ"), At(line, "Trọng số")),
    };

    private static SourceLocation At(int line, string? column) => new("lineage.csv", Cell: column, Line: line);

    private static (YearComparison Comparison, DiagnosticBag Diagnostics) Compare(ScoredYear older, ScoredYear newer, params LineageLink[] rows)
    {
        var diagnostics = new DiagnosticBag();
        var comparison = YearComparer.Compare(older, newer, Crosswalk.Empty, diagnostics, null, new UnitLineage(rows), 0.8m, new SourceLocation("lineage.csv"));
        return (comparison, diagnostics);
    }

    private static UnitComparison UnitOf(YearComparison comparison, string code) => comparison.Groups.SelectMany(g => g.Units).Single(u => u.Code == code);

    [Test]
    public void Compare_ThreeWardsMergedWithPopulation_LastYearIsThePopulationWeightedMean()
    {
        var newer = Newer(Unit("N1", 1, 85m, Tree));

        var (comparison, diagnostics) = Compare(Wards, newer, Row("W1", "N1", 2, weight: 1000m), Row("W2", "N1", 3, weight: 3000m), Row("W3", "N1", 4, weight: 1000m));

        var unit = UnitOf(comparison, "N1");
        // (1000 × 90 + 3000 × 80 + 1000 × 60) / 5000 = 390000 / 5000 = 78.
        Assert.That(unit.ProForma!.IndexPercent, Is.EqualTo(78m));
        Assert.That(unit.IndexChange, Is.EqualTo(7m));
        Assert.That(unit.ProForma.Predecessors.Select(p => (p.Code, p.Result!.Rank, p.WeightShare)), Is.EqualTo(new[] { ("W1", 1, 0.2m), ("W2", 2, 0.6m), ("W3", 3, 0.2m) }));
        Assert.That((unit.ProForma.Coverage, unit.ProForma.IsThin, unit.ProForma.WeightsGiven, unit.MatchedBy), Is.EqualTo((1m, false, true, UnitMatch.Lineage)));
        Assert.That(diagnostics.Items, Is.Empty);
    }

    [Test]
    public void Compare_WardSplitWithShares_EachPartWeighsItsShare()
    {
        var newer = Newer(Unit("N1", 1, 85m, Tree), Unit("N2", 2, 70m, Tree));

        var (comparison, _) = Compare(Wards, newer, Row("W1", "N1", 2, share: 0.25m), Row("W1", "N2", 3, share: 0.75m), Row("W2", "N1", 4), Row("W3", "N2", 5));

        // N1 = (0.25 × 90 + 1 × 80) / 1.25 = 82; N2 = (0.75 × 90 + 1 × 60) / 1.75 = 127.5 / 1.75 = 72.857142…
        Assert.That(UnitOf(comparison, "N1").ProForma!.IndexPercent, Is.EqualTo(82m));
        Assert.That(UnitOf(comparison, "N2").ProForma!.IndexPercent, Is.EqualTo(127.5m / 1.75m));
        Assert.That(UnitOf(comparison, "N2").ProForma!.WeightsGiven, Is.False);
    }

    [Test]
    public void Compare_PredecessorWithoutResults_CoverageIsTheScoredWeightAndThinIsFlagged()
    {
        var newer = Newer(Unit("N1", 1, 85m, Tree));
        var unscored = Row("S9", "N1", 3, weight: 3000m) with { WithoutResults = true, OldName = "Xã Chưa Chấm" };

        var (comparison, diagnostics) = Compare(Wards, newer, Row("W1", "N1", 2, weight: 1000m), unscored);

        var proForma = UnitOf(comparison, "N1").ProForma!;
        Assert.That((proForma.IndexPercent, proForma.Coverage, proForma.IsThin), Is.EqualTo(((decimal?)90m, 0.25m, true)));
        Assert.That(proForma.Predecessors[1], Has.Property("Name").EqualTo("Xã Chưa Chấm").And.Property("Result").Null);
        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { "LN009", "LN009" }), "W2 and W3 are in no row");
    }

    [Test]
    public void Compare_Lineage_LastYearRanksRecomputedAmongTheUnitsCompared()
    {
        var newer = Newer(Unit("N1", 1, 85m, Tree), Unit("N2", 2, 70m, Tree), Unit("N3", 3, 65m, Tree));

        var (comparison, _) = Compare(Wards, newer, Row("W1", "N2", 2), Row("W2", "N2", 3), Row("W3", "N1", 4));

        // Pro-forma: N2 = (90 + 80) / 2 = 85 → rank 1, N1 = 60 → rank 2; this year N1 85 is 1st, N2 70 2nd; N3 has no history.
        var (n1, n2, n3) = (UnitOf(comparison, "N1"), UnitOf(comparison, "N2"), UnitOf(comparison, "N3"));
        Assert.That((n1.LastYearRank, n1.NewerRankCompared, n1.RankChange), Is.EqualTo(((int?)2, (int?)1, (int?)1)));
        Assert.That((n2.LastYearRank, n2.NewerRankCompared, n2.RankChange), Is.EqualTo(((int?)1, (int?)2, (int?)-1)));
        Assert.That((n3.Compared, n3.ProForma, n3.MatchedBy), Is.EqualTo((false, (ProFormaYear?)null, UnitMatch.None)));
    }

    [Test]
    public void Compare_OldUnitWithoutSuccessor_ListedAsOlderOnly()
    {
        var newer = Newer(Unit("N1", 1, 85m, Tree));

        var (comparison, diagnostics) = Compare(Wards, newer, Row("W1", "N1", 2), Row("W2", "N1", 3), Row("W3", null, 4));

        var gone = UnitOf(comparison, "W3");
        Assert.That((gone.Older!.IndexPercent, gone.Newer, gone.Compared), Is.EqualTo((60m, (ScoredUnit?)null, false)));
        Assert.That(diagnostics.Items, Is.Empty);
    }

    [Test]
    public void Compare_CrosswalkFromTheOldGroup_FieldsOfTheProFormaYearOverTheMatchedCriteriaOnly()
    {
        CriterionSummary[] newerTree = [Field("1", 4), Leaf("1.1", 2), Leaf("1.3", 2)];
        var newer = new ScoredYear(2025, new FrameworkIdentity("khung-2025", "Khung 2025", "1.0", ""),
            [new ScoredGroup("XA", "UBND xã, phường", true, newerTree, [], [Unit("N1", 1, 85m, newerTree, ("1.1", 2m), ("1.3", 1m))])]);
        var crosswalk = new Crosswalk(
        [
            new CrosswalkLink("XA", Leaf("1.2", 2).Code, null, "bỏ") { OldGroup = "PHUONG" },
            new CrosswalkLink("XA", null, Leaf("1.3", 2).Code, "mới") { OldGroup = "PHUONG" },
        ]);
        var diagnostics = new DiagnosticBag();

        var comparison = YearComparer.Compare(Wards, newer, crosswalk, diagnostics, null, new UnitLineage([Row("W1", "N1", 2, weight: 1m), Row("W3", "N1", 3, weight: 3m)]));

        var unit = UnitOf(comparison, "N1");
        // Field 1 over 1.1 only: W1 2 of 2 = 100 %, W3 1 of 2 = 50 %; weighted 1:3 → 62.5 %. This year 1.1: 2 of 2 = 100 %.
        Assert.That(unit.Fields.Single().OlderPercent, Is.EqualTo(62.5m));
        Assert.That((unit.ComparableOlder, unit.ComparableNewer), Is.EqualTo(((decimal?)62.5m, (decimal?)100m)));
        Assert.That(diagnostics.Items.Where(d => d.Code != "LN009"), Is.Empty);
    }

    private static readonly ScoredYear TwoCommunes = Newer(Unit("N1", 1, 85m, Tree), Unit("N2", 2, 70m, Tree));

    private static IEnumerable<TestCaseData> Refusals()
    {
        yield return new TestCaseData(new[] { Row("W1", "N1", 2) with { OldYear = 2023 } }, "LN001", "lineage.csv › dòng 2, Năm cũ: năm cũ 2023 không phải năm trước đem so sánh (2024)")
            .SetName("Compare_OldYearNotTheOlderYear_RefusedAtTheYearCell");
        yield return new TestCaseData(new[] { Row("W7", "N1", 2) }, "LN002", "lineage.csv › dòng 2, Mã đơn vị cũ: đơn vị cũ 'W7' không có trong kết quả năm 2024")
            .SetName("Compare_UnknownOldCode_RefusedAtTheOldCodeCell");
        yield return new TestCaseData(new[] { Row("W1", "N7", 2) }, "LN003", "lineage.csv › dòng 2, Mã đơn vị mới: đơn vị mới 'N7' không có trong kết quả năm 2025")
            .SetName("Compare_UnknownNewCode_RefusedAtTheNewCodeCell");
        yield return new TestCaseData(new[] { Row("W1", "N1", 2), Row("W1", "N1", 5) }, "LN004", "lineage.csv › dòng 5, Mã đơn vị mới: đơn vị cũ W1 đã được ghép với đơn vị mới N1 ở dòng 2")
            .SetName("Compare_PairMappedTwice_RefusedAtTheSecondRow");
        yield return new TestCaseData(new[] { Row("W1", "N1", 2, share: 0.6m), Row("W1", "N2", 3, share: 0.3m) }, "LN005", "lineage.csv › dòng 3, Tỷ lệ: tổng tỷ lệ trên 2 dòng của đơn vị cũ W1 là 0,9, phải bằng 1 (100%)")
            .SetName("Compare_SharesNotSummingToOne_RefusedAtTheLastShareCell");
        yield return new TestCaseData(new[] { Row("W1", "N1", 2, share: 0.6m), Row("W1", "N2", 3) }, "LN006", "lineage.csv › dòng 3, Tỷ lệ: đơn vị cũ W1 có tỷ lệ ở dòng khác nhưng ô này để trống")
            .SetName("Compare_ShareOnOneRowOfAUnitOnly_RefusedAtTheBlankShareCell");
        yield return new TestCaseData(new[] { Row("W1", "N1", 2, weight: 100m), Row("W2", "N1", 3) }, "LN007", "lineage.csv › dòng 3, Trọng số: đơn vị mới N1 có trọng số ở dòng khác nhưng ô này để trống")
            .SetName("Compare_WeightOnSomePredecessorsOnly_RefusedAtTheBlankWeightCell");
    }

    [TestCaseSource(nameof(Refusals))]
    public void Compare_BadLineage_RefusedWithItsCell(LineageLink[] rows, string code, string expected)
    {
        var (_, diagnostics) = Compare(Wards, TwoCommunes, rows);

        var refusal = diagnostics.Items.Single(d => d.Severity == Severity.Error);
        Assert.That(refusal.Code, Is.EqualTo(code));
        Assert.That(refusal.Show().ToString(), Does.StartWith(expected));
    }

    [TestCase(0)]
    [TestCase(1.5)]
    public void LineageLink_ShareOutsideZeroToOne_Throws(decimal share) =>
        Assert.That(() => new LineageLink("W1", "N1") { Share = share }, Throws.ArgumentException);

    [Test]
    public void LineageLink_BlankOldCodeOrWeightNotPositive_Throws()
    {
        Assert.That(() => new LineageLink(" ", "N1"), Throws.ArgumentException);
        Assert.That(() => new LineageLink("W1", "N1") { Weight = 0m }, Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
