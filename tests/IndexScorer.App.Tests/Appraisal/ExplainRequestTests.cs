using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using IndexScorer.App.Appraisal;
using IndexScorer.App.Campaigns;
using IndexScorer.App.Runs;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Explanations;
using static IndexScorer.IO.Appraisal.AppraisalColumns;
using X = IndexScorer.IO.Explanations.ExplanationColumns;

namespace IndexScorer.App.Tests.Appraisal;

/// <summary>The explanation round: sealed files sent to the units whose points round 1 lowered, read back into the council's workbook for round 2.</summary>
[TestFixture]
public sealed class ExplainRequestTests
{
    private const string Note = "Thiếu báo cáo quý IV";
    private const string SentFile = "PH01-2024-giai-trinh.xlsx";

    private static string Council(TestCampaign campaign) => campaign.PathOf(Path.Combine("appraisal", AppraisalRequest.CouncilFile));

    private static string Sent(TestCampaign campaign) => campaign.PathOf(Path.Combine("output", ExplainRequest.DefaultFolder, SentFile));

    private static string Returned(TestCampaign campaign) => campaign.PathOf(Path.Combine("explanations", SentFile));

    private static string Shown(RunResult<AppraisalWorkbooks> run) => string.Join("\n", run.Diagnostics.Select(run.Render));

    /// <summary>The council's workbook with round 1 typed: PH01 lowered on 3.3 (5 → 4), PH02 confirmed on 3.3; explanation files sent.</summary>
    private static TestCampaign Round1Sent()
    {
        var campaign = new TestCampaign();
        var appraisal = new AppraisalRequest(campaign.Folder).Run();
        Assert.That(appraisal.Succeeded, Shown(appraisal));
        AppraisalFile.Type(Council(campaign), "PH01", "3.3", (Round1, 4), (Round1Note, Note));
        AppraisalFile.Type(Council(campaign), "PH02", "3.3", (Round1, 5));
        var explain = new ExplainRequest(campaign.Folder).Run();
        Assert.That(explain.Succeeded, string.Join("\n", explain.Diagnostics.Select(explain.Render)));
        return campaign;
    }

    /// <summary>The unit fills its file as sent (ClosedXML, as a spreadsheet saves it) and the office drops it into explanations/.</summary>
    private static void UnitReturns(TestCampaign campaign, Action<IXLWorksheet> edit)
    {
        Directory.CreateDirectory(campaign.PathOf("explanations"));
        using (var workbook = new XLWorkbook(Sent(campaign)))
        {
            edit(workbook.Worksheet("Giải trình"));
            workbook.SaveAs(Returned(campaign));
        }
    }

    [Test]
    public void Explain_Round1LoweredOneUnit_WritesOneSealedFileListingTheLoweredCriterionWithTheCouncilsNote()
    {
        using var campaign = Round1Sent();

        Assert.That(Directory.GetFiles(campaign.PathOf(Path.Combine("output", ExplainRequest.DefaultFolder))), Is.EqualTo(new[] { Sent(campaign) }));
        using var workbook = new XLWorkbook(Sent(campaign));
        var sheet = workbook.Worksheet("Giải trình");
        var row = X.FirstContentRow;
        Assert.That(new[] { sheet.Cell(row, X.Code).GetString(), sheet.Cell(row, X.Round1Note).GetString() }, Is.EqualTo(new[] { "3.3", Note }));
        Assert.That(new[] { sheet.Cell(row, X.Max).GetDouble(), sheet.Cell(row, X.Self).GetDouble(), sheet.Cell(row, X.Round1).GetDouble() },
            Is.EqualTo(new[] { 5d, 5d, 4d }));
        Assert.That(sheet.Cell(row + 1, X.Code).GetString(), Is.Empty, "only the lowered criterion is listed");
        Assert.That(sheet.IsProtected, Is.True);
        Assert.That((sheet.Cell(row, X.Round1).Style.Protection.Locked, sheet.Cell(row, X.Explanation).Style.Protection.Locked,
            sheet.Cell(row, X.NewEvidence).Style.Protection.Locked), Is.EqualTo((true, false, false)));
    }

    [Test]
    public void Explain_OfficeKey_IsKeptInTheCampaignFolderAndNeverWrittenIntoTheFileSent()
    {
        using var campaign = Round1Sent();

        var keyText = File.ReadAllText(campaign.PathOf(OfficeKey.RelativePath)).Trim();
        Assert.That(Convert.FromBase64String(keyText), Has.Length.EqualTo(32));
        using var zip = ZipFile.OpenRead(Sent(campaign));
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            var text = reader.ReadToEnd();
            Assert.That(text, Does.Not.Contain(keyText).And.Not.Contain(Convert.ToHexString(Convert.FromBase64String(keyText))), entry.FullName);
        }
    }

    [Test]
    public void Explain_RunAgain_KeepsTheSameKeySoFilesSentEarlierStillCheck()
    {
        using var campaign = Round1Sent();
        var key = File.ReadAllText(campaign.PathOf(OfficeKey.RelativePath));
        UnitReturns(campaign, sheet => sheet.Cell(X.FirstContentRow, X.Explanation).SetValue("Đã có báo cáo"));

        var again = new ExplainRequest(campaign.Folder).Run();
        var appraisal = new AppraisalRequest(campaign.Folder).Run();

        Assert.That(again.Succeeded && appraisal.Succeeded, Shown(appraisal));
        Assert.That(File.ReadAllText(campaign.PathOf(OfficeKey.RelativePath)), Is.EqualTo(key));
    }

    [Test]
    public void Appraisal_UntouchedReturnedFileWithExplanationTyped_CarriedBesideRound1KeepingEveryTypedValue()
    {
        using var campaign = Round1Sent();
        AppraisalFile.Type(Council(campaign), "PH02", "3.3", (Round2Note, "Giữ nguyên"));
        UnitReturns(campaign, sheet =>
        {
            sheet.Cell(X.FirstContentRow, X.Explanation).SetValue("Báo cáo quý IV đã gửi ngày 05/01");
            sheet.Cell(X.FirstContentRow, X.NewEvidence).SetValue("BC-Q4-2024.pdf");
        });

        var run = new AppraisalRequest(campaign.Folder).Run();

        Assert.That(run.Succeeded, Shown(run));
        Assert.That(run.Diagnostics, Is.Empty, Shown(run));
        var council = Council(campaign);
        Assert.That(AppraisalFile.Read(council, "PH01", "3.3", Explanation), Is.EqualTo("Báo cáo quý IV đã gửi ngày 05/01\nTài liệu bổ sung: BC-Q4-2024.pdf"));
        Assert.That(new[]
        {
            AppraisalFile.Read(council, "PH01", "3.3", Round1), AppraisalFile.Read(council, "PH01", "3.3", Round1Note),
            AppraisalFile.Read(council, "PH02", "3.3", Round1), AppraisalFile.Read(council, "PH02", "3.3", Round2Note),
        }, Is.EqualTo(new[] { "4", Note, "5", "Giữ nguyên" }));
    }

    [Test]
    public void Score_AfterExplanationCarried_CouncilTypesRound2_Round2CountsAndProvenanceNamesTheExplanationCell()
    {
        using var campaign = Round1Sent();
        UnitReturns(campaign, sheet => sheet.Cell(X.FirstContentRow, X.Explanation).SetValue("Báo cáo quý IV đã gửi"));
        Assert.That(new AppraisalRequest(campaign.Folder).Run().Succeeded);
        AppraisalFile.Type(Council(campaign), "PH01", "3.3", (Round2, 4.5m), (Round2Note, "Chấp nhận một phần"));

        var score = new ScoreRequest(campaign.Folder) { OutputFolder = campaign.PathOf("out") }.Run();

        Assert.That(score.Succeeded, string.Join("\n", score.Diagnostics.Select(score.Render)));
        var leaf = score.Value!.Groups.Single().Units.Single(u => u.Code == "PH01").Criteria.Single(c => c.Criterion.Code.Value == "3.3");
        Assert.That((leaf.FinalPoints, leaf.Explanation), Is.EqualTo((4.5m, "Báo cáo quý IV đã gửi")));
        Assert.That(leaf.Sources.Explanation!.ToString(), Is.EqualTo(AppraisalFile.At(campaign.Folder, Council(campaign), "PH01", "3.3", Explanation)));
    }

    [Test]
    public void Appraisal_ReturnedFileFilledAndSavedByLibreOffice_AcceptedAndCarried()
    {
        using var campaign = Round1Sent();
        UnitReturns(campaign, sheet => sheet.Cell(X.FirstContentRow, X.Explanation).SetValue("Báo cáo quý IV đã gửi"));
        var saved = campaign.PathOf("libreoffice");
        LibreOffice.ConvertToXlsx([Returned(campaign)], saved);
        File.Copy(Path.Combine(saved, SentFile), Returned(campaign), overwrite: true);

        var run = new AppraisalRequest(campaign.Folder).Run();

        Assert.That(run.Succeeded, Shown(run));
        Assert.That(AppraisalFile.Read(Council(campaign), "PH01", "3.3", Explanation), Is.EqualTo("Báo cáo quý IV đã gửi"));
    }

    [Test]
    public void Appraisal_ReturnedFileWhoseRound1WasEditedWithASpreadsheet_RefusedAtThatCellNothingCarried()
    {
        using var campaign = Round1Sent();
        UnitReturns(campaign, sheet =>
        {
            sheet.Cell(X.FirstContentRow, X.Round1).SetValue(5);
            sheet.Cell(X.FirstContentRow, X.Explanation).SetValue("Đủ điểm");
        });

        var run = new AppraisalRequest(campaign.Folder).Run();

        Assert.That(run.Succeeded, Is.False);
        Assert.That(run.Diagnostics.Where(d => d.Severity == Severity.Error).Select(run.Render), Is.EqualTo(new[]
        {
            $"EX005 lỗi: {Path.Combine("explanations", SentFile)} › Giải trình › E{X.FirstContentRow}: ô được bảo vệ của tệp giải trình đã bị sửa: " +
            "cần '4' như văn phòng đã gửi; tìm thấy '5'; đơn vị chỉ được ghi vào cột giải trình và tài liệu bổ sung; tệp không được nhận, " +
            "hãy đề nghị đơn vị ghi giải trình vào tệp đã gửi mà không sửa ô khác",
        }));
        Assert.That(run.Written, Is.Empty);
        Assert.That(AppraisalFile.Read(Council(campaign), "PH01", "3.3", Explanation), Is.Empty);
    }

    [Test]
    public void Appraisal_ReturnedFileWhoseRound1WasEditedInTheSheetXml_RefusedAtThatCell()
    {
        using var campaign = Round1Sent();
        UnitReturns(campaign, sheet => sheet.Cell(X.FirstContentRow, X.Explanation).SetValue("Đủ điểm"));
        var cell = $"E{X.FirstContentRow}";
        using (var zip = ZipFile.Open(Returned(campaign), ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            var edited = Regex.Replace(xml, $"(<(?:x:)?c r=\"{cell}\"[^>]*><(?:x:)?v>)4(</(?:x:)?v>)", "${1}5${2}");
            Assert.That(edited, Is.Not.EqualTo(xml), "the round-1 cell was found in the sheet's XML");
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(edited);
        }

        var run = new AppraisalRequest(campaign.Folder).Run();

        var error = run.Diagnostics.Single(d => d.Severity == Severity.Error);
        Assert.That((error.Code, error.Location!.Cell, error.Args), Is.EqualTo(("EX005", cell, new object[] { "4", "5" })));
    }

    [Test]
    public void Appraisal_ReturnedFileWhoseCriterionCodeWasEdited_RefusedAtThatCell()
    {
        using var campaign = Round1Sent();
        UnitReturns(campaign, sheet => sheet.Cell(X.FirstContentRow, X.Code).SetValue("3.2.1"));

        var run = new AppraisalRequest(campaign.Folder).Run();

        var error = run.Diagnostics.Single(d => d.Severity == Severity.Error);
        Assert.That((error.Code, error.Location!.Cell, error.Args), Is.EqualTo(("EX005", $"A{X.FirstContentRow}", new object[] { "3.3", "3.2.1" })));
    }

    [Test]
    public void Appraisal_ReturnedFileWhoseSealedRecordWasAlsoEdited_RefusedAsNotSentByThisOffice()
    {
        using var campaign = Round1Sent();
        UnitReturns(campaign, sheet =>
        {
            sheet.Cell(X.FirstContentRow, X.Round1).SetValue(5);
            var seal = sheet.Workbook.Worksheet(X.SealSheet);
            var sealedRound1 = seal.RowsUsed().Single(r => r.Cell(1).GetString() == "cell"
                && r.Cell(2).GetString() == $"{X.FirstContentRow}" && r.Cell(3).GetString() == $"{X.Round1}");
            sealedRound1.Cell(4).SetValue("5");
        });

        var run = new AppraisalRequest(campaign.Folder).Run();

        var error = run.Diagnostics.Single(d => d.Severity == Severity.Error);
        Assert.That((error.Code, error.Location!.File), Is.EqualTo(("EX004", Path.Combine("explanations", SentFile))));
    }

    [Test]
    public void Appraisal_ReturnedFileButNoOfficeKey_RefusedNamingTheKeyFile()
    {
        using var campaign = Round1Sent();
        UnitReturns(campaign, sheet => sheet.Cell(X.FirstContentRow, X.Explanation).SetValue("Đủ điểm"));
        File.Delete(campaign.PathOf(OfficeKey.RelativePath));

        var run = new AppraisalRequest(campaign.Folder).Run();

        var error = run.Diagnostics.Single(d => d.Severity == Severity.Error);
        Assert.That((error.Code, error.Args), Is.EqualTo(("EX010", new object[] { OfficeKey.RelativePath })));
    }

    [Test]
    public void Appraisal_ReturnedExplanationDiffersFromOneAlreadyInTheWorkbook_TypedValueKeptWithAWarning()
    {
        using var campaign = Round1Sent();
        AppraisalFile.Type(Council(campaign), "PH01", "3.3", (Explanation, "Giải trình bằng công văn 12/UBND"));
        UnitReturns(campaign, sheet => sheet.Cell(X.FirstContentRow, X.Explanation).SetValue("Đủ điểm"));

        var run = new AppraisalRequest(campaign.Folder).Run();

        Assert.That(run.Succeeded, Shown(run));
        Assert.That(run.Diagnostics.Single().Code, Is.EqualTo("EX012"));
        Assert.That(AppraisalFile.Read(Council(campaign), "PH01", "3.3", Explanation), Is.EqualTo("Giải trình bằng công văn 12/UBND"));
    }

    [Test]
    public void Explain_NoRound1Yet_WarnsAndWritesNothing()
    {
        using var campaign = new TestCampaign();
        Assert.That(new AppraisalRequest(campaign.Folder).Run().Succeeded);

        var run = new ExplainRequest(campaign.Folder).Run();

        Assert.That((run.Succeeded, run.Written.Count, run.Diagnostics.Single().Code), Is.EqualTo((true, 0, "EX013")));
        Assert.That(File.Exists(campaign.PathOf(OfficeKey.RelativePath)), Is.False);
    }
}
