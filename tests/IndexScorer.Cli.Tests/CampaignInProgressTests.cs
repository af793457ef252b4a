using System.Text.Json;
using ClosedXML.Excel;

namespace IndexScorer.Cli.Tests;

/// <summary>
/// A campaign still in progress: a copy of the 2024 sample where PH07 has sent nothing and PB05 sent a file that is not a
/// workbook. status lists both; score --provisional ranks the rest and says so everywhere; score stays all or nothing.
/// </summary>
public sealed class CampaignInProgressTests
{
    private static string _campaign = null!;
    private static (int ExitCode, string Output, string Error) _status, _provisional, _final;
    private static string _provisionalOut = null!, _finalOut = null!;

    [OneTimeSetUp]
    public void RunTheCampaignWithOneFormMissingAndOneBroken()
    {
        _campaign = Repo.CopyOfSample();
        var settings = Path.Combine(_campaign, "campaign.json");
        File.WriteAllLines(settings, File.ReadAllLines(settings).Where(l => !l.Contains("\"previous\"", StringComparison.Ordinal)));
        File.Delete(Path.Combine(_campaign, "forms", "PH07-2024.xlsx"));
        File.WriteAllText(Path.Combine(_campaign, "forms", "PB05-2024.xlsx"), "not a workbook");
        _provisionalOut = Repo.TempFolder();
        _finalOut = Path.Combine(Repo.TempFolder(), "final");
        _status = Cli.Run("status", _campaign);
        _provisional = Cli.Run("score", _campaign, "--provisional", "--out", _provisionalOut);
        _final = Cli.Run("score", _campaign, "--out", _finalOut);
    }

    [Test]
    public void Status_OneFormMissingOneBroken_ListsBothWithTheirStateAndExitsZero()
    {
        Assert.That(_status.ExitCode, Is.EqualTo(CommandLine.Ok), _status.Error);
        Assert.That(_status.Output, Does.Contain("  PH07 Phường Thượng Thanh Hà: Chưa nộp\n").Or.Contain("  PH07 Phường Thượng Thanh Hà: Chưa nộp\r\n"));
        Assert.That(_status.Output, Does.Contain($"  PB05 Phòng Kinh tế: 1 lỗi ({Path.Combine("forms", "PB05-2024.xlsx")}, sửa "));
        Assert.That(_status.Output, Does.Contain("Nhóm PHONG: 12 đơn vị — đã nộp 12, hợp lệ 11, có lỗi 1, chưa nộp 0;"));
        Assert.That(_status.Output, Does.Contain("Nhóm PHUONG: 13 đơn vị — đã nộp 12, hợp lệ 12, có lỗi 0, chưa nộp 1;"));
    }

    [Test]
    public void Status_WritesStatusXlsxWithARowPerRosterUnit()
    {
        using var workbook = new XLWorkbook(Path.Combine(_campaign, "output", "status.xlsx"));
        var sheet = workbook.Worksheet(1);
        string StateOf(string code) => sheet.RowsUsed().Single(r => r.Cell(1).GetString() == code).Cell(6).GetString();

        Assert.That(sheet.RowsUsed().Count(r => r.Cell(3).GetString() is "PHONG" or "PHUONG"), Is.EqualTo(25));
        Assert.That((StateOf("PH07"), StateOf("PB05"), StateOf("PB01")), Is.EqualTo(("Chưa nộp", "1 lỗi", "Hợp lệ")));
        Assert.That(sheet.Cell(4, 1).GetString(), Does.StartWith("PHONG"));
    }

    [Test]
    public void ScoreProvisional_ExitsZeroAndListsTheTwoUnitsLeftOut()
    {
        Assert.That(_provisional.ExitCode, Is.EqualTo(CommandLine.Ok), _provisional.Error);
        Assert.That(_provisional.Output, Does.Contain("ST001 cảnh báo: roster.csv › dòng 21, Mã đơn vị: đơn vị PH07 (Phường Thượng Thanh Hà) chưa nộp biểu mẫu"));
        Assert.That(_provisional.Output, Does.Contain($"ST002 cảnh báo: {Path.Combine("forms", "PB05-2024.xlsx")}: biểu mẫu của đơn vị PB05 (Phòng Kinh tế) có 1 lỗi"));
        Assert.That(_provisional.Output, Does.Contain("KẾT QUẢ TẠM TÍNH: đã chấm 23 đơn vị trong 2 nhóm; 2 đơn vị chưa được tính"));
    }

    [Test]
    public void ScoreProvisional_EveryOutputIsMarkedProvisional()
    {
        var csv = File.ReadAllLines(Path.Combine(_provisionalOut, "results.csv"));
        Assert.That(csv[0], Does.EndWith(",band,status"));
        Assert.That(csv.Skip(1), Has.All.EndWith(",PROVISIONAL"));
        Assert.That(csv, Has.Length.EqualTo(24));
        Assert.That(csv, Has.None.Contains("PB05").And.None.Contains("PH07"));

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_provisionalOut, "results.json")));
        Assert.That(json.RootElement.GetProperty("provisional").GetBoolean(), Is.True);
        Assert.That(json.RootElement.GetProperty("leftOut").EnumerateArray().Select(u => u.GetProperty("code").GetString()), Is.EqualTo(new[] { "PB05", "PH07" }));

        using var report = new XLWorkbook(Path.Combine(_provisionalOut, "report.xlsx"));
        // Each sheet's title: row 1, or under the issuing body and national heading of the official form (campaign.json "report").
        string Title(IXLWorksheet sheet) => Enumerable.Range(1, 6).Select(r => sheet.Cell(r, 1).GetString()).FirstOrDefault(t => t.StartsWith("TẠM TÍNH", StringComparison.Ordinal)) ?? sheet.Cell(1, 1).GetString();
        Assert.That(report.Worksheets.Select(Title), Has.All.StartWith("TẠM TÍNH — "));
        Assert.That(report.Worksheets.Last().RowsUsed().Select(r => r.Cell(1).GetString()), Does.Contain("PB05").And.Contain("PH07"));

        var html = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(_provisionalOut, "report.html")));
        Assert.That(html, Does.Contain("<h1>TẠM TÍNH — ").And.Contain("<li>PH07 Phường Thượng Thanh Hà: Chưa nộp biểu mẫu</li>"));
    }

    [Test]
    public void Score_WithoutProvisional_ExitsOneAndWritesNothing()
    {
        Assert.That(_final.ExitCode, Is.EqualTo(CommandLine.DataErrors));
        Assert.That(_final.Error, Does.Contain("CP005 lỗi: roster.csv › dòng 21, Mã đơn vị: đơn vị PH07"));
        Assert.That(Directory.Exists(_finalOut), Is.False);
    }
}
