using ClosedXML.Excel;
using IndexScorer.App.Appraisal;
using IndexScorer.App.Campaigns;
using IndexScorer.App.ResultSheets;
using IndexScorer.IO.Forms;
using static IndexScorer.IO.Appraisal.AppraisalColumns;

namespace IndexScorer.App.Tests.ResultSheets;

/// <summary>The result sheet to sign, one workbook per unit, and the evidence files that forms name.</summary>
[TestFixture]
public sealed class ResultSheetsRequestTests
{
    private const string EvidenceFile = "BC-Q4-2024.pdf";

    private static string Council(TestCampaign campaign) => campaign.PathOf(Path.Combine("appraisal", AppraisalRequest.CouncilFile));

    private static string SheetOf(TestCampaign campaign, string unit) =>
        campaign.PathOf(Path.Combine("output", ResultSheetsRequest.DefaultFolder, $"{unit}-2024-phieu-ket-qua.xlsx"));

    /// <summary>PH01 lowered on 3.3 in round 1 (5 → 4), explained, raised in round 2 to 4.5; it cites a file on 3.3.</summary>
    private static TestCampaign Appraised()
    {
        var campaign = new TestCampaign();
        campaign.EditForm("PH01", f => f.Set(f.LeafCell("3.3", FormColumns.Evidence), $"{EvidenceFile}; https://example.gov.vn/bao-cao"));
        Assert.That(new AppraisalRequest(campaign.Folder).Run().Succeeded);
        AppraisalFile.Type(Council(campaign), "PH01", "3.3", (Round1, 4), (Round1Note, "Thiếu báo cáo quý IV"), (Explanation, "Đã gửi báo cáo"),
            (Round2, 4.5m), (Round2Note, "Chấp nhận một phần"));
        return campaign;
    }

    [Test]
    public void Sheets_ScoredCampaign_OneWorkbookPerUnitWithEveryValueOfACriterionTheResultAndTheSignatures()
    {
        using var campaign = Appraised();

        var run = new ResultSheetsRequest(campaign.Folder).Run();

        Assert.That(run.Succeeded, string.Join("\n", run.Diagnostics.Select(run.Render)));
        Assert.That(run.Written, Is.EquivalentTo(new[] { SheetOf(campaign, "PH01"), SheetOf(campaign, "PH02") }));
        using var workbook = new XLWorkbook(SheetOf(campaign, "PH01"));
        var sheet = workbook.Worksheet("Phiếu kết quả");
        Assert.That(sheet.Cell(2, 1).GetString(), Is.EqualTo("Đơn vị: Phường Phúc Diễn (mã PH01) — Nhóm: " + Repo.Framework.FindGroup(TestCampaign.Group)!.Name));
        Assert.That(sheet.Cell(4, 1).GetString(), Does.Match(@"^Tổng điểm: \d+\.\d\d/\d+\.\d\d — Chỉ số: \d+\.\d\d% — Xếp hạng: [12]/2 — Xếp loại: .+$"));
        var header = Enumerable.Range(1, 10).Select(c => sheet.Cell(6, c).GetString()).ToArray();
        Assert.That(header, Is.EqualTo(new[]
        {
            "Mã", "Tiêu chí", "Điểm tối đa", "Tự chấm", "Thẩm định vòng 1", "Giải trình của đơn vị", "Thẩm định vòng 2", "Điểm đạt",
            "Tài liệu kiểm chứng", "Ghi chú",
        }));
        var row = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "3.3");
        Assert.That(new[] { 3, 4, 5, 7, 8 }.Select(c => row.Cell(c).GetDouble()), Is.EqualTo(new[] { 5d, 5d, 4d, 4.5d, 4.5d }));
        Assert.That((row.Cell(6).GetString(), row.Cell(10).GetString()), Is.EqualTo(("Đã gửi báo cáo", "Thiếu báo cáo quý IV | Chấp nhận một phần")));
        var texts = sheet.CellsUsed().Select(c => c.GetString()).ToArray();
        Assert.That(texts, Does.Contain("ĐẠI DIỆN ĐƠN VỊ").And.Contain("TM. HỘI ĐỒNG THẨM ĐỊNH").And.Contain("TỔNG ĐIỂM"));
        Assert.That((sheet.PageSetup.PaperSize, sheet.PageSetup.PageOrientation), Is.EqualTo((XLPaperSize.A4Paper, XLPageOrientation.Landscape)));
    }

    [Test]
    public void Sheets_Written_RepeatTheHeaderRowOnEveryPageWithAReferenceLibreOfficeHonours()
    {
        using var campaign = Appraised();

        Assert.That(new ResultSheetsRequest(campaign.Folder).Run().Succeeded);

        using var zip = System.IO.Compression.ZipFile.OpenRead(SheetOf(campaign, "PH01"));
        using var reader = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
        Assert.That(reader.ReadToEnd(), Does.Contain("'Phiếu kết quả'!$6:$6"));
    }

    [Test]
    public void Score_EvidenceNamesAFileNotInTheUnitsFolder_WarnsAtTheEvidenceCellNamingThePathLookedFor()
    {
        using var campaign = Appraised();

        var run = new ScoreRequest(campaign.Folder) { OutputFolder = campaign.PathOf("out") }.Run();

        Assert.That(run.Succeeded);
        Assert.That(run.Diagnostics.Where(d => d.Code.StartsWith("EV", StringComparison.Ordinal)).Select(run.Render), Is.EqualTo(new[]
        {
            $"EV001 cảnh báo: {TestCampaign.At("PH01", "3.3", FormColumns.Evidence)}: tài liệu kiểm chứng '{EvidenceFile}' của tiêu chí 3.3 không có " +
            $"trong thư mục tài liệu của đơn vị; đã tìm: {Path.Combine("evidence", "PH01", EvidenceFile)}; hãy chép tệp vào đó, hoặc sửa tên tệp trong ô này",
        }));
    }

    [Test]
    public void SheetsAndScore_EvidenceFileInTheUnitsFolder_NoWarningAndTheResultSheetLinksItRelatively()
    {
        using var campaign = Appraised();
        Directory.CreateDirectory(campaign.PathOf(Path.Combine("evidence", "PH01")));
        File.WriteAllText(campaign.PathOf(Path.Combine("evidence", "PH01", EvidenceFile)), "synthetic");

        var score = new ScoreRequest(campaign.Folder) { OutputFolder = campaign.PathOf("out") }.Run();
        var sheets = new ResultSheetsRequest(campaign.Folder).Run();

        Assert.That(score.Diagnostics.Where(d => d.Code.StartsWith("EV", StringComparison.Ordinal)), Is.Empty);
        Assert.That(sheets.Succeeded);
        using var workbook = new XLWorkbook(SheetOf(campaign, "PH01"));
        var cell = workbook.Worksheet(1).RowsUsed().Single(r => r.Cell(1).GetString() == "3.3").Cell(9);
        Assert.That(cell.HasHyperlink, Is.True);
        Assert.That(cell.Hyperlink.ExternalAddress.OriginalString, Is.EqualTo($"../../evidence/PH01/{EvidenceFile}"));
    }

    [Test]
    public void Sheets_EvidenceOnlyALink_LinksTheAddress()
    {
        using var campaign = new TestCampaign();
        campaign.EditForm("PH02", f => f.Set(f.LeafCell("3.3", FormColumns.Evidence), "https://example.gov.vn/bao-cao"));

        Assert.That(new ResultSheetsRequest(campaign.Folder).Run().Succeeded);

        using var workbook = new XLWorkbook(SheetOf(campaign, "PH02"));
        var cell = workbook.Worksheet(1).RowsUsed().Single(r => r.Cell(1).GetString() == "3.3").Cell(9);
        Assert.That(cell.Hyperlink.ExternalAddress.OriginalString, Is.EqualTo("https://example.gov.vn/bao-cao"));
    }
}
