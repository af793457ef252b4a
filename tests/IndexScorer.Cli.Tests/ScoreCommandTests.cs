using System.Globalization;

namespace IndexScorer.Cli.Tests;

public sealed class ScoreCommandTests
{
    private static string _output = null!;
    private static (int ExitCode, string Output, string Error) _run;

    [OneTimeSetUp]
    public void ScoreTheSample()
    {
        _output = Repo.TempFolder();
        _run = Cli.Run("score", Repo.Sample2024, "--out", _output);
    }

    [Test]
    public void Score_Sample_ExitsZeroAndSaysWhereOutputsWent()
    {
        Assert.That(_run.ExitCode, Is.EqualTo(CommandLine.Ok), _run.Error);
        Assert.That(_run.Output, Does.Contain(Path.Combine(_output, "report.xlsx")).And.Contain(Path.Combine(_output, "results.csv")));
        Assert.That(File.Exists(Path.Combine(_output, "report.xlsx")), Is.True);
    }

    [Test]
    public void Score_Sample_WritesResultsXlsxBesideResultsCsvWithTheSameRows()
    {
        using var workbook = new ClosedXML.Excel.XLWorkbook(Path.Combine(_output, "results.xlsx"));
        var sheet = workbook.Worksheet("Kết quả");
        var rows = Rows();

        Assert.That(sheet.LastRowUsed()!.RowNumber() - 1, Is.EqualTo(rows.Count));
        Assert.That(sheet.Column(2).CellsUsed().Skip(1).Select(c => c.GetString()), Is.EqualTo(rows.Select(r => r["unit_code"])));
        var indexColumn = sheet.Row(1).CellsUsed().Single(c => c.GetString() == "Chỉ số (%)").Address.ColumnNumber;
        Assert.That(sheet.Cell(2, indexColumn).GetDouble(), Is.EqualTo((double)Number(rows[0]["index_percent"])).Within(1e-12));
    }

    [Test]
    public void Score_Sample_ResultsCsvMatchesApproved()
    {
        ApprovedText.Check("quan-minh-hoa-2024.results.csv", File.ReadAllText(Path.Combine(_output, "results.csv")));
    }

    [Test]
    public void Score_Sample_EachGroupRankedByIndexDescendingWithSharedTies()
    {
        foreach (var group in Rows().GroupBy(r => r["group"]))
        {
            var rows = group.ToList();
            for (var i = 0; i < rows.Count; i++)
            {
                var index = Number(rows[i]["index_percent"]);
                var rank = int.Parse(rows[i]["rank"], CultureInfo.InvariantCulture);
                var expected = rows.Count(r => Number(r["index_percent"]) > index) + 1;
                Assert.That(rank, Is.EqualTo(expected), $"{group.Key} {rows[i]["unit_code"]}");
                if (i > 0) Assert.That(index, Is.LessThanOrEqualTo(Number(rows[i - 1]["index_percent"])));
            }
        }
    }

    [Test]
    public void Score_Sample_HasATieSharingARank()
    {
        var ranks = Rows().Where(r => r["group"] == "PHONG").Select(r => r["rank"]).ToList();
        Assert.That(ranks.GroupBy(r => r).Any(g => g.Count() > 1), Is.True);
    }

    [Test]
    public void Score_Sample_TotalIsExactSumOfFieldsPlusBonusMinusPenalty()
    {
        foreach (var row in Rows())
        {
            var fields = row.Where(kv => kv.Key.StartsWith("field_", StringComparison.Ordinal) && kv.Value.Length > 0).Sum(kv => Number(kv.Value));
            Assert.That(Number(row["total"]), Is.EqualTo(fields + Number(row["bonus"]) - Number(row["penalty"])), row["unit_code"]);
        }
    }

    [Test]
    public void Score_OutputIntoTheFormsFolder_RefusesWithExitOne()
    {
        var run = Cli.Run("score", Repo.Sample2024, "--out", Path.Combine(Repo.Sample2024, "forms"));

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.DataErrors));
        Assert.That(run.Error, Does.Contain("CF009").Or.Contain("trùng với một tệp hoặc thư mục đầu vào"));
    }

    [Test]
    public void Score_OutputFolderIsAFile_ExitsOneNamingTheOutput()
    {
        var file = Path.Combine(Repo.TempFolder(), "not-a-folder");
        File.WriteAllText(file, "x");

        var run = Cli.Run("score", Repo.Sample2024, "--out", file);

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.DataErrors), run.Error);
        Assert.That(run.Error, Does.Contain($"RQ002 lỗi: {file}: đây là một tệp, không phải thư mục"));
        Assert.That(File.ReadAllText(file), Is.EqualTo("x"));
    }

    [Test]
    public void Score_MissingCampaignFolder_ExitsOneNamingTheSettingsFile()
    {
        var run = Cli.Run("score", Path.Combine(Repo.TempFolder(), "none"));

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.DataErrors));
        Assert.That(run.Error, Does.Contain("campaign.json"));
    }

    [Test]
    public void Score_SampleNamingLastYear_FillsLastYearsRankAndIndexByUnitCode()
    {
        using var report = new ClosedXML.Excel.XLWorkbook(Path.Combine(_output, "report.xlsx"));
        var summary = report.Worksheets.First(s => s.Name.Contains("PHONG", StringComparison.Ordinal));
        var header = summary.Row(summary.PageSetup.FirstRowToRepeatAtTop).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var pb01 = summary.Column(2).CellsUsed().First(c => c.GetString() == "PB01").Address.RowNumber;

        // PB01 was 4th in 2023 with 85.85…% (samples/quan-minh-hoa-2023).
        Assert.That(summary.Cell(pb01, header["Xếp hạng năm trước"]).GetDouble(), Is.EqualTo(4));
        Assert.That(summary.Cell(pb01, header["Chỉ số năm trước (%)"]).GetDouble(), Is.EqualTo(85.85).Within(0.01));
        // 4th → 1st: up three places, shown "↑ 3"; 85.85…% → 87.83…%: +1.98 points.
        var rankChange = summary.Cell(pb01, header["Thay đổi hạng"]);
        Assert.That((rankChange.GetDouble(), rankChange.Style.NumberFormat.Format), Is.EqualTo((3.0, "\"↑ \"0;\"↓ \"0;\"=\"")));
        var indexChange = summary.Cell(pb01, header["Thay đổi chỉ số (điểm %)"]);
        Assert.That(indexChange.GetDouble(), Is.EqualTo(87.83 - 85.85).Within(0.01));
        Assert.That(indexChange.Style.NumberFormat.Format, Is.EqualTo("+0.00;-0.00;0.00"));
    }

    [Test]
    public void Score_UnitAbsentLastYear_LeavesLastYearEmpty()
    {
        using var report = new ClosedXML.Excel.XLWorkbook(Path.Combine(_output, "report.xlsx"));
        var summary = report.Worksheets.First(s => s.Name.Contains("PHUONG", StringComparison.Ordinal));
        var header = summary.Row(summary.PageSetup.FirstRowToRepeatAtTop).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var ph13 = summary.Column(2).CellsUsed().First(c => c.GetString() == "PH13").Address.RowNumber;

        Assert.That(summary.Cell(ph13, header["Xếp hạng năm trước"]).IsEmpty(), Is.True);
        Assert.That(summary.Cell(ph13, header["Thay đổi hạng"]).IsEmpty(), Is.True);
    }

    [Test]
    public void Score_Sample_ReportSummariesMatchApproved()
    {
        using var report = new ClosedXML.Excel.XLWorkbook(Path.Combine(_output, "report.xlsx"));
        var dump = new System.Text.StringBuilder();
        foreach (var sheet in report.Worksheets.Where(s => s.Name.StartsWith("Tổng hợp", StringComparison.Ordinal)))
        {
            dump.Append("== ").Append(sheet.Name).Append('\n');
            foreach (var row in sheet.RowsUsed())
            {
                var cells = row.Cells(1, row.LastCellUsed().Address.ColumnNumber).Select(c => c.DataType == ClosedXML.Excel.XLDataType.Number
                    ? c.GetDouble().ToString("0.##", CultureInfo.InvariantCulture)
                    : c.GetString());
                dump.Append(string.Join(" | ", cells)).Append('\n');
            }
        }
        ApprovedText.Check("quan-minh-hoa-2024.report-summary.txt", dump.ToString());
    }

    [Test]
    public void Run_NoArguments_PrintsTheHelpAndExitsZero()
    {
        var run = Cli.Run();

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.Ok), run.Error);
        Assert.That(run.Output, Does.Contain("score").And.Contain("validate").And.Contain("analyze"));
        Assert.That(run.Error, Is.Empty);
    }

    [TestCase("score")]
    [TestCase("nonsense", "x")]
    [TestCase("score", "x", "--lang", "fr")]
    public void Run_UsageError_ExitsTwo(params string[] args)
    {
        Assert.That(Cli.Run(args).ExitCode, Is.EqualTo(CommandLine.UsageErrors));
    }

    private static List<Dictionary<string, string>> Rows()
    {
        var lines = File.ReadAllLines(Path.Combine(_output, "results.csv"));
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        return lines.Skip(1).Select(l => header.Zip(SplitCsv(l)).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return [.. fields];
    }

    private static decimal Number(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
