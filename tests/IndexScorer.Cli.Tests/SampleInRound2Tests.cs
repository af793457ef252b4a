using ClosedXML.Excel;
using static IndexScorer.IO.Appraisal.AppraisalColumns;

namespace IndexScorer.Cli.Tests;

/// <summary>
/// The shipped sample of a campaign in round 2 (samples/quan-minh-hoa-2024-dang-cham), run in the README's order on a copy:
/// status shows the late ward; appraisal accepts the three sealed explanation files sent back and keeps every value typed;
/// explain sends a file to every unit lowered in round 1; score --provisional ranks the rest; score stays all or nothing;
/// sheets writes the provisional result sheets, linking the evidence file a ward cites.
/// </summary>
public sealed class SampleInRound2Tests
{
    private const string Sample = "quan-minh-hoa-2024-dang-cham";
    private static string _campaign = null!, _sent = null!;
    private static (int ExitCode, string Output, string Error) _status, _appraisal, _explain, _provisional, _final, _sheets;
    private static string[] _explanationsBefore = null!, _explanationsAfter = null!;

    private static string Council => Path.Combine(_campaign, "appraisal", "appraisal.xlsx");

    private static string[] Explanations()
    {
        using var workbook = new XLWorkbook(Council);
        return workbook.Worksheets.Where(w => w.Visibility == XLWorksheetVisibility.Visible)
            .SelectMany(w => w.RowsUsed().Where(r => r.RowNumber() >= FirstContentRow && !r.Cell(Explanation).IsEmpty())
                .Select(r => $"{r.Cell(Unit).GetString()} {r.Cell(Code).GetString()}: {r.Cell(Explanation).GetString()}"))
            .ToArray();
    }

    [OneTimeSetUp]
    public void RunTheSampleInTheReadmesOrder()
    {
        _campaign = Repo.CopyOfSample(sample: Sample);
        _sent = Repo.TempFolder();
        _status = Cli.Run("status", _campaign);
        _explanationsBefore = Explanations();
        _appraisal = Cli.Run("appraisal", _campaign);
        _explanationsAfter = Explanations();
        _explain = Cli.Run("explain", _campaign, "--out", _sent);
        _provisional = Cli.Run("score", _campaign, "--provisional");
        _final = Cli.Run("score", _campaign, "--out", Path.Combine(Repo.TempFolder(), "final"));
        _sheets = Cli.Run("sheets", _campaign);
    }

    [Test]
    public void Status_LateWard_ListedAsMissingWithTheRestValid()
    {
        Assert.That(_status.ExitCode, Is.EqualTo(CommandLine.Ok), _status.Error);
        Assert.That(_status.Output, Does.Contain("  PH13 Phường Việt Hưng Tân: Chưa nộp"));
        Assert.That(_status.Output, Does.Contain("Nhóm PHUONG: 13 đơn vị — đã nộp 12, hợp lệ 12, có lỗi 0, chưa nộp 1;"));
        Assert.That(_status.Output, Does.Contain("giờ Việt Nam, UTC+7)"));
    }

    [Test]
    public void Appraisal_ThreeReturnedExplanationFiles_AcceptedAndEveryTypedValueKept()
    {
        Assert.That(_appraisal.ExitCode, Is.EqualTo(CommandLine.Ok), _appraisal.Error);
        Assert.That(_appraisal.Output + _appraisal.Error, Does.Not.Contain("EX0"));
        Assert.That(_explanationsAfter, Is.EqualTo(_explanationsBefore));
        Assert.That(_explanationsAfter.Select(e => e[..4]).Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public void Explain_EveryUnitLoweredInRound1_GetsASealedFile()
    {
        Assert.That(_explain.ExitCode, Is.EqualTo(CommandLine.Ok), _explain.Error);
        Assert.That(Directory.GetFiles(_sent, "*-2024-giai-trinh.xlsx"), Has.Length.EqualTo(24));
    }

    [Test]
    public void Score_LateWard_ProvisionalRanksTheRestAndFinalRefuses()
    {
        Assert.That(_provisional.ExitCode, Is.EqualTo(CommandLine.Ok), _provisional.Error);
        Assert.That(_provisional.Output, Does.Contain("đơn vị PH13 (Phường Việt Hưng Tân) chưa nộp biểu mẫu"));
        Assert.That(_provisional.Output, Does.Not.Contain("EV00"), "the evidence file PH01 cites is in its folder");
        Assert.That(_final.ExitCode, Is.EqualTo(CommandLine.DataErrors));
    }

    [Test]
    public void Sheets_ProvisionalResults_OnePerScoredUnitMarkedProvisionalLinkingTheEvidenceFile()
    {
        Assert.That(_sheets.ExitCode, Is.EqualTo(CommandLine.Ok), _sheets.Error);
        var folder = Path.Combine(_campaign, "output", "phieu-ket-qua");
        Assert.That(Directory.GetFiles(folder), Has.Length.EqualTo(24));
        using var workbook = new XLWorkbook(Path.Combine(folder, "PH01-2024-phieu-ket-qua.xlsx"));
        var sheet = workbook.Worksheet(1);
        Assert.That(sheet.Cell(1, 1).GetString(), Does.EndWith("TẠM TÍNH"));
        var links = sheet.CellsUsed().Where(c => c.HasHyperlink).Select(c => c.Hyperlink.ExternalAddress.OriginalString).ToArray();
        Assert.That(links, Is.EqualTo(new[] { "../../evidence/PH01/bao-cao-cchc-2024.txt" }));
    }
}
