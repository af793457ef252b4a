using System.Globalization;
using ClosedXML.Excel;
using IndexScorer.App.Comparison;
using IndexScorer.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.Results;

namespace IndexScorer.IO.Tests.Comparison;

/// <summary>
/// compare 2024 → 2025 across the 2025 reorganisation: the district sample (quan-minh-hoa-2024) against the province sample
/// (tinh-minh-hoa-2025) with its lineage and crosswalk, run once for the fixture.
/// </summary>
public class CompareAcrossMergerTests
{
    private static string Folder2025 => Path.Combine(Repo.Root, "samples", "tinh-minh-hoa-2025");

    private static string LineagePath => Path.Combine(Folder2025, "lineage-2024-2025.csv");

    private static string CrosswalkPath => Path.Combine(Folder2025, "crosswalk-2024-2025.csv");

    private TempFolder _temp = null!;
    private YearComparison _comparison = null!;
    private IReadOnlyList<string> _written = [];
    private IReadOnlyList<Diagnostic> _diagnostics = [];

    [OneTimeSetUp]
    public void CompareAcrossTheMerger()
    {
        _temp = new TempFolder();
        var run = new CompareRequest(SampleYears.Folder2024, Folder2025)
        {
            Crosswalk = CrosswalkPath,
            Units = LineagePath,
            OutputFolder = _temp.Path,
            Rescore = true,
        }.Run();
        _diagnostics = run.Diagnostics;
        _comparison = run.Value ?? throw new AssertionException(string.Join("\n", run.Diagnostics.Show()));
        _written = run.Written;
    }

    [OneTimeTearDown]
    public void Clean() => _temp.Dispose();

    private UnitComparison Unit(string code) => _comparison.Groups.SelectMany(g => g.Units).Single(u => u.Code == code);

    [Test]
    public void Compare_AcrossTheMerger_WritesBothFilesWithoutWarnings()
    {
        Assert.That(_written.Select(Path.GetFileName), Is.EqualTo(new[] { "compare.xlsx", "compare.csv" }));
        Assert.That(_diagnostics, Is.Empty);
    }

    [Test]
    public void Compare_EveryNewUnitWithPredecessors_HasAProFormaLastYear()
    {
        var communes = _comparison.Groups.Single(g => g.Code == "XA").Units;

        var withPredecessors = communes.Where(u => u.MatchedBy == UnitMatch.Lineage).Select(u => u.Code).ToArray();
        Assert.That(withPredecessors, Is.EquivalentTo(Enumerable.Range(1, 11).Select(i => $"XA{i:00}")));
        Assert.That(communes.Where(u => u.MatchedBy == UnitMatch.Lineage).Select(u => u.ProForma!.IndexPercent), Is.All.Not.Null);
        Assert.That(communes.Single(u => u.Code == "XA12").Compared, Is.False, "Xã Tân Lập has no history: listed, not compared");
    }

    /// <summary>
    /// By hand from the approved 2024 results (tests/IndexScorer.Cli.Tests/Approved/quan-minh-hoa-2024.results.csv) and the
    /// sample lineage: XA01 Phường Hòa An was formed from three wards, weighted by population:
    ///   PH01 93.82666666666666666666666667 × 21,400 + PH02 85.12203837890213093526431301 × 18,900
    ///   + PH03 78.641567817117480063604340837 × 15,200, over 55,500 = 86.703585997263110600179246…
    /// Its 2025 index is 89.62879588197919965208799173: +2.925209884716089… points. Among the 11 units compared its
    /// pro-forma 2024 index is 6th and its 2025 index 2nd: +4 places.
    /// </summary>
    [Test]
    public void Compare_ThreeWardsWithPopulationWeights_HandChecked()
    {
        var unit = Unit("XA01");

        Assert.That(unit.ProForma!.IndexPercent!.Value, Is.EqualTo(86.703585997263110600179246m).Within(0.000000000000000000001m));
        Assert.That(unit.ProForma.Predecessors.Select(p => (p.Code, p.PieceWeight)), Is.EqualTo(new[] { ("PH01", 21400m), ("PH02", 18900m), ("PH03", 15200m) }));
        Assert.That(unit.Newer!.IndexPercent, Is.EqualTo(89.62879588197919965208799173m));
        Assert.That(unit.IndexChange!.Value, Is.EqualTo(2.925209884716089m).Within(0.000000000000001m));
        Assert.That((unit.LastYearRank, unit.NewerRankCompared, unit.RankChange), Is.EqualTo(((int?)6, (int?)2, (int?)4)));
        Assert.That((unit.ProForma.Coverage, unit.ProForma.IsThin), Is.EqualTo((1m, false)));
    }

    /// <summary>
    /// By hand: XA06 Phường Ngọc Lâm received 40 % of the split ward PH07 (population 30,000: weight 12,000) and the whole of
    /// PH09 (19,800): (82.00877423161984756094604294 × 12,000 + 89.80319153773301932707510254 × 19,800) / 31,800
    /// = 86.861901988256350736083004…; PH07's part weighs 12,000 / 31,800 = 37.74 %. 2025 index 84.61989397404816132612915148:
    /// −2.242008014208189… points; 5th of 11 in both years.
    /// </summary>
    [Test]
    public void Compare_PartOfASplitWard_HandChecked()
    {
        var unit = Unit("XA06");

        Assert.That(unit.ProForma!.IndexPercent!.Value, Is.EqualTo(86.861901988256350736083004m).Within(0.000000000000000000001m));
        var split = unit.ProForma.Predecessors[0];
        Assert.That((split.Code, split.Share, split.PieceWeight, Math.Round(split.WeightShare, 4)), Is.EqualTo(("PH07", 0.4m, 12000m, 0.3774m)));
        Assert.That(unit.IndexChange!.Value, Is.EqualTo(-2.242008014208189m).Within(0.000000000000001m));
        Assert.That((unit.LastYearRank, unit.NewerRankCompared), Is.EqualTo(((int?)5, (int?)5)));
    }

    [Test]
    public void Compare_CommunesOfADistrictWithoutResults_CoverageBelow80PercentFlagged()
    {
        // XA08: PH11 (20,300, scored) and SL03 (20,000, not scored): 20,300 / 40,300 = 50.37 %.
        var unit = Unit("XA08");

        Assert.That(unit.ProForma!.Coverage, Is.EqualTo(20300m / 40300m));
        Assert.That(unit.ProForma.IsThin, Is.True);
        Assert.That(unit.ProForma.IndexPercent, Is.EqualTo(Unit("XA08").ProForma!.Predecessors[0].Result!.IndexPercent), "only the scored part counts");
    }

    [Test]
    public void Compare_DistrictOfficesEnded_ListedNotDropped()
    {
        var offices = _comparison.Groups.Single(g => g.Code == "PHONG").Units;

        Assert.That(offices.Select(u => u.Code), Is.EquivalentTo(Enumerable.Range(1, 12).Select(i => $"PB{i:00}")));
        Assert.That(offices.All(u => u.Newer is null && u.Older is not null), Is.True);
    }

    [Test]
    public void CompareCsv_ProFormaColumns_FullPrecision()
    {
        var lines = File.ReadAllLines(_written[1]);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        var row = lines.Select(l => l.Split(',')).Single(r => r[1] == "XA01");
        string Cell(string name) => row[Array.IndexOf(header, name)];

        Assert.That(Cell("presence"), Is.EqualTo("pro_forma"));
        Assert.That(decimal.Parse(Cell("index_older"), CultureInfo.InvariantCulture), Is.EqualTo(86.703585997263110600179246m).Within(0.000000000000000000001m));
        Assert.That((Cell("rank_older"), Cell("rank_newer_among_compared"), Cell("rank_change"), Cell("last_year_coverage")), Is.EqualTo(("6", "2", "4", "1")));
        Assert.That(Cell("last_year_weights"), Is.EqualTo("dân số"));
    }

    [Test]
    public void CompareWorkbook_PredecessorsSheet_StatesTheMethodAndListsEachPredecessor()
    {
        using var workbook = new XLWorkbook(_written[0]);
        var sheet = workbook.Worksheet("Tiền thân XA");

        Assert.That(sheet.Cell(4, 1).GetString(), Does.StartWith("Cách tính: chỉ số năm 2024 quy đổi").And.Contain("dưới 80%"));
        var first = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "XA01").Address.RowNumber;
        Assert.That(Enumerable.Range(first, 3).Select(r => sheet.Cell(r, 3).GetString()), Is.EqualTo(new[] { "PH01", "PH02", "PH03" }));
        Assert.That(sheet.Cell(first, 12).GetDouble(), Is.EqualTo(86.7036).Within(0.0001));
    }

    [Test]
    public void Compare_LineageNamingAnUnknownUnit_RefusedAtItsCellAndNothingWritten()
    {
        using var temp = new TempFolder();
        var lineage = temp.File("lineage.csv");
        File.WriteAllText(lineage, File.ReadAllText(LineagePath).Replace("2024,PH09,", "2024,PH99,", StringComparison.Ordinal));

        var run = new CompareRequest(SampleYears.Folder2024, Folder2025) { Units = lineage, Crosswalk = CrosswalkPath, OutputFolder = temp.File("out") }.Run();

        Assert.That(run.Value, Is.Null);
        Assert.That(run.Written, Is.Empty);
        var refusal = run.Diagnostics.Single(d => d.Severity == Severity.Error).Show();
        Assert.That(refusal.ToString(), Does.Contain("lineage.csv › dòng 17, Mã đơn vị cũ: đơn vị cũ 'PH99' không có trong kết quả năm 2024"));
    }
}
