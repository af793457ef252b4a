using IndexScorer.App.Comparison;
using System.Globalization;
using ClosedXML.Excel;
using IndexScorer.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Comparison;
using IndexScorer.IO.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests.Comparison;

/// <summary>compare on the two sample years (campaign folders, shipped crosswalk), run once for the fixture.</summary>
public class CompareSamplesTests
{
    private TempFolder _temp = null!;
    private YearComparison _comparison = null!;
    private IReadOnlyList<string> _written = [];
    private DiagnosticBag _diagnostics = null!;

    [OneTimeSetUp]
    public void CompareSamples()
    {
        _temp = new TempFolder();
        var run = new CompareRequest(SampleYears.Folder2023, SampleYears.Folder2024)
        {
            Crosswalk = SampleYears.CrosswalkPath,
            OutputFolder = _temp.Path,
            Rescore = true,
        }.Run();
        _diagnostics = new DiagnosticBag();
        _diagnostics.AddRange(run.Diagnostics);
        _comparison = run.Value ?? throw new AssertionException(string.Join("\n", _diagnostics.Items.Show()));
        _written = run.Written;
    }

    [OneTimeTearDown]
    public void Clean() => _temp.Dispose();

    [Test]
    public void Compare_SampleYears_WritesWorkbookAndCsvWithoutWarnings()
    {
        Assert.That(_written.Select(Path.GetFileName), Is.EqualTo(new[] { "compare.xlsx", "compare.csv" }));
        Assert.That(_written.All(File.Exists), Is.True);
        Assert.That(_diagnostics.Items, Is.Empty);
    }

    /// <summary>
    /// Expected values computed by hand from the two results.csv files (score samples/quan-minh-hoa-2023 and -2024):
    ///   PB01 (PHONG): 2023 index 85.85236642605761348917538015, rank 4; 2024 index 87.83486553226219366445200391, rank 1.
    ///     change = 87.83486553226219366445200391 − 85.85236642605761348917538015 = +1.98249910620458017527662376 points;
    ///     places gained = 4 − 1 = +3; band Tốt → Tốt.
    ///   PH10 (PHUONG): 2023 index 79.76172554505060793856112307, rank 9; 2024 index 63.861428185102254776044543095, rank 13.
    ///     change = 63.861428185102254776044543095 − 79.76172554505060793856112307 = −15.900297359948353162516579975 points;
    ///     places gained = 9 − 13 = −4; band Khá → Trung bình.
    ///   PH13 (PHUONG): not in the 2023 roster; 2024 index 81.13253371558154210689805921, rank 9: listed, no change.
    /// </summary>
    [TestCase("PB01", "85.85236642605761348917538015", "87.83486553226219366445200391", "1.98249910620458017527662376", "4", "1", "3")]
    [TestCase("PH10", "79.76172554505060793856112307", "63.861428185102254776044543095", "-15.900297359948353162516579975", "9", "13", "-4")]
    [TestCase("PH13", "", "81.13253371558154210689805921", "", "", "9", "")]
    public void CompareCsv_HandCheckedUnits_IndexAndRankChanges(string unit, string older, string newer, string change, string rankOlder, string rankNewer, string places)
    {
        var rows = ReadCsv(_written[1]);
        var row = rows.Single(r => r["unit_code"] == unit);

        Assert.That((row["index_older"], row["index_newer"], row["index_change"]), Is.EqualTo((older, newer, change)));
        Assert.That((row["rank_older"], row["rank_newer"], row["rank_change"]), Is.EqualTo((rankOlder, rankNewer, places)));
        Assert.That(row["presence"], Is.EqualTo(older.Length == 0 ? "newer_only" : "both"));
    }

    /// <summary>Issue 10, defect 8: a negative change is a number in compare.csv, never text with a leading apostrophe.</summary>
    [Test]
    public void CompareCsv_NegativeChanges_WrittenAsNumbersWithoutApostrophe()
    {
        var text = File.ReadAllText(_written[1]);

        Assert.That(text, Does.Contain(",-15.900297359948353162516579975,9,13,-4,"));
        Assert.That(text, Does.Not.Contain("'-"));
    }

    [Test]
    public void Compare_HandCheckedUnits_SameInTheModel()
    {
        var units = _comparison.Groups.SelectMany(g => g.Units).ToDictionary(u => u.Code);

        Assert.That(units["PB01"].IndexChange, Is.EqualTo(1.98249910620458017527662376m));
        Assert.That(units["PH10"].IndexChange, Is.EqualTo(-15.900297359948353162516579975m));
        Assert.That((units["PB01"].RankChange, units["PH10"].RankChange, units["PH13"].RankChange), Is.EqualTo(((int?)3, (int?)-4, (int?)null)));
        Assert.That((units["PH10"].Older!.Band, units["PH10"].Newer!.Band, units["PH10"].BandChanged), Is.EqualTo(("Khá", "Trung bình", true)));
        Assert.That(units["PH13"].Older, Is.Null);
    }

    [Test]
    public void Compare_SampleCrosswalk_ComparableIndexLeavesOutRemovedAndNewCriteria()
    {
        var offices = _comparison.Groups.Single(g => g.Code == "PHONG").Matching!;

        Assert.That(offices.OnlyOlder.Select(c => c.Value), Is.EqualTo(new[] { "6.2.3" }));
        Assert.That(offices.OnlyNewer.Select(c => c.Value), Is.EqualTo(new[] { "3.3.4" }));
        Assert.That(offices.Blocks.Any(b => b.Older.Single().Value == "5.1" && b.Newer.Single().Value == "5.2"), Is.True);
    }

    [Test]
    public void CompareWorkbook_MoversSheet_BiggestRiseFirstBiggestFallFirst()
    {
        using var workbook = new XLWorkbook(_written[0]);
        var sheet = workbook.Worksheet("Tăng giảm PHUONG");
        var cells = sheet.Column(1).CellsUsed().Select(c => c.GetString()).ToList();

        var rise = cells.IndexOf("TĂNG NHIỀU NHẤT");
        var fall = cells.IndexOf("GIẢM NHIỀU NHẤT");
        Assert.That(cells[rise + 2], Is.EqualTo("PH06"), "the biggest rise: +10.21");
        Assert.That(cells[fall + 2], Is.EqualTo("PH10"), "the biggest fall: −15.90");
    }

    [Test]
    public void CompareWorkbook_GroupSheet_ListsUnitOfOneYearBelowTheTable()
    {
        using var workbook = new XLWorkbook(_written[0]);
        var sheet = workbook.Worksheet("So sánh PHUONG");
        var onlyRow = sheet.Column(1).CellsUsed().Single(c => c.GetString().StartsWith("Đơn vị chỉ có ở một năm", StringComparison.Ordinal)).Address.RowNumber;

        Assert.That(sheet.Cell(onlyRow + 1, 1).GetString(), Is.EqualTo("PH13"));
        Assert.That(sheet.Cell(onlyRow + 1, 3).GetString(), Is.EqualTo("chỉ có năm 2024"));
        Assert.That(sheet.Cell(onlyRow + 1, 5).GetDouble(), Is.EqualTo(81.1325).Within(0.0001));
    }

    [Test]
    public void CompareWorkbook_English_EveryHeaderTranslated()
    {
        using var stream = new MemoryStream();
        CompareWorkbookWriter.Write(stream, _comparison, Language.English, "crosswalk-2023-2024.csv", []);
        using var workbook = new XLWorkbook(stream);

        Assert.That(workbook.Worksheets.Select(s => s.Name), Does.Contain("Compare PHONG").And.Contain("Movers PHUONG").And.Contain("Crosswalk"));
        var headers = workbook.Worksheet("Compare PHONG").Row(6).CellsUsed().Select(c => c.GetString()).ToArray();
        Assert.That(headers, Does.Contain("Index 2023 (%)").And.Contain("Places gained").And.Contain("Comparable index 2024 (%)"));
    }

    [Test]
    public void Compare_FromResultsJson_SameCsvAsFromFolders()
    {
        var older = _temp.File("y2023", "results.json");
        var newer = _temp.File("y2024", "results.json");
        Directory.CreateDirectory(Path.GetDirectoryName(older)!);
        Directory.CreateDirectory(Path.GetDirectoryName(newer)!);
        ResultsJsonWriter.Write(older, SampleYears.Year2023);
        ResultsJsonWriter.Write(newer, SampleYears.Year2024);
        var run = new CompareRequest(older, newer) { Crosswalk = SampleYears.CrosswalkPath, OutputFolder = _temp.File("from-json") }.Run();

        Assert.That(run.Diagnostics, Is.Empty);
        Assert.That(File.ReadAllText(run.Written[1]), Is.EqualTo(File.ReadAllText(_written[1])));
    }

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        return rows;
    }
}
