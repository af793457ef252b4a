using ClosedXML.Excel;
using IndexScorer.App.Appraisal;
using IndexScorer.App.Campaigns;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Forms;
using IndexScorer.Results;
using static IndexScorer.IO.Appraisal.AppraisalColumns;

namespace IndexScorer.App.Tests.Appraisal;

/// <summary>Appraisal belongs to the council: its workbook is made from the valid forms, kept across runs, and is the only source of appraised points.</summary>
[TestFixture]
public sealed class AppraisalRequestTests
{
    private const string WardSheet = "TC-PHUONG";

    /// <summary>A two-ward campaign where PH01 ranks above PH02 (PH02 settled fewer dossiers on time).</summary>
    private static TestCampaign Ranked()
    {
        var campaign = new TestCampaign();
        campaign.EditForm("PH02", f => f.Set(f.InputCell("3.2.1", 0), 5));
        return campaign;
    }

    private static ScoredYear Scored(TestCampaign campaign, out RunResult run)
    {
        var result = new ScoreRequest(campaign.Folder) { OutputFolder = campaign.PathOf("out") }.Run();
        run = new RunResult(result.Diagnostics, result.Diagnostics.Select(result.Render).ToArray());
        return result.Value ?? throw new AssertionException(string.Join("\n", run.Texts));
    }

    private sealed record RunResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Texts);

    private static string Council(TestCampaign campaign) => campaign.PathOf(Path.Combine("appraisal", AppraisalRequest.CouncilFile));

    private static (string Code, int Rank, decimal Index)[] Ranking(ScoredYear year) =>
        year.Groups.SelectMany(g => g.Units).Select(u => (u.Code, u.Rank, u.IndexPercent)).ToArray();

    [Test]
    public void Score_UnitTypesAppraisalIntoItsForm_NotUsedWarningNamesTheCellsRankingUnchanged()
    {
        using var campaign = Ranked();
        var before = Ranking(Scored(campaign, out _));
        int row = 0;
        campaign.EditForm("PH02", f =>
        {
            f.Set(f.InputCell("3.2.1", 0), 5);
            row = f.Layout.RowOf(f.Leaf("3.3")).Number;
            // Where earlier forms had round 1 and round 2: the unit gives itself full points on 3.3 and 3.2.1.
            f.Sheet.Cell(row, FormColumns.CouncilFirst).SetValue(5);
            f.Sheet.Cell(row, FormColumns.CouncilLast).SetValue(5);
        });

        var after = Scored(campaign, out var run);

        Assert.That(Ranking(after), Is.EqualTo(before));
        Assert.That(before.Select(r => (r.Code, r.Rank)), Is.EqualTo(new[] { ("PH01", 1), ("PH02", 2) }));
        var warning = run.Diagnostics.Single(d => d.Code == "AP001");
        Assert.That(warning.Severity, Is.EqualTo(Severity.Warning));
        Assert.That(warning.Show().ToString(), Is.EqualTo(
            $"{TestCampaign.FormFile("PH02")} › Tự đánh giá › J{row}: biểu mẫu của đơn vị có giá trị ở cột thẩm định (J{row}, M{row}); " +
            "điểm thẩm định chỉ lấy từ tệp của hội đồng thẩm định (thư mục appraisal), các giá trị này không được dùng"));
    }

    [Test]
    public void Appraisal_ValidForms_WritesEveryUnitsSelfAssessedCriteriaWithTheirFiguresAndSelfScore()
    {
        using var campaign = Ranked();

        var run = new AppraisalRequest(campaign.Folder).Run();

        Assert.That(run.Succeeded, string.Join("\n", run.Diagnostics.Select(run.Render)));
        Assert.That(run.Written, Is.EqualTo(new[] { Council(campaign) }));
        Assert.That(run.Value!.Units, Is.EqualTo(2));
        Assert.That(AppraisalFile.Read(Council(campaign), "PH02", "3.2.1", Inputs), Is.EqualTo("Số hồ sơ giải quyết đúng hạn: 5\nSố hồ sơ tiếp nhận: 10"));
        Assert.That(AppraisalFile.Read(Council(campaign), "PH01", "3.3", Evidence), Is.EqualTo(FormFiller.EvidenceText));
        Assert.That(AppraisalFile.Read(Council(campaign), "PH01", "3.3", Round1), Is.Empty);
    }

    [Test]
    public void Score_Round1TypedInTheCouncilsWorkbook_IsTheFinalPointsAndTheFormsSelfScoreIsKept()
    {
        using var campaign = Ranked();
        new AppraisalRequest(campaign.Folder).Run();
        AppraisalFile.Type(Council(campaign), "PH01", "3.3", (Round1, 1.125m), (Round1Note, "Thiếu báo cáo quý IV"));

        var leaf = Scored(campaign, out _).Groups.Single().Units.Single(u => u.Code == "PH01").Criteria.Single(c => c.Criterion.Code.Value == "3.3");

        Assert.That((leaf.SelfPoints, leaf.Appraisal1, leaf.Appraisal2, leaf.FinalPoints), Is.EqualTo(((decimal?)5m, (decimal?)1.125m, (decimal?)null, 1.125m)));
        Assert.That(leaf.AppraisalNote, Is.EqualTo("Thiếu báo cáo quý IV"));
    }

    [TestCase("", "", "5", TestName = "Score_NoAppraisal_SelfScoreStands")]
    [TestCase("2", "", "2", TestName = "Score_Round1Only_Round1Counts")]
    [TestCase("2", "3,5", "3.5", TestName = "Score_Round1AndRound2_Round2Counts")]
    [TestCase("", "0", "0", TestName = "Score_Round2Only_Round2Counts")]
    public void Score_AppraisalRounds_FinalIsRound2ElseRound1ElseSelf(string round1, string round2, string expected)
    {
        using var campaign = Ranked();
        new AppraisalRequest(campaign.Folder).Run();
        AppraisalFile.Type(Council(campaign), "PH01", "3.3", (Round1, round1), (Round2, round2));

        var leaf = Scored(campaign, out _).Groups.Single().Units.Single(u => u.Code == "PH01").Criteria.Single(c => c.Criterion.Code.Value == "3.3");

        Assert.That(leaf.FinalPoints, Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Score_AppraisalAboveTheMaximumInTheCouncilsWorkbook_SC011AtThatCell()
    {
        using var campaign = Ranked();
        new AppraisalRequest(campaign.Folder).Run();
        AppraisalFile.Type(Council(campaign), "PH01", "3.3", (Round1, 6));

        var run = new ScoreRequest(campaign.Folder) { OutputFolder = campaign.PathOf("out") }.Run();

        Assert.That(run.Value, Is.Null);
        Assert.That(run.Diagnostics.Single(d => d.Code == "SC011").Show().ToString(), Is.EqualTo(
            $"{AppraisalFile.At(campaign.Folder, Council(campaign), "PH01", "3.3", Round1)}: điểm 6 vượt điểm tối đa 5 của tiêu chí 3.3 (hoặc là số âm); cần từ 0 đến 5"));
    }

    [Test]
    public void Appraisal_RunAgainAfterANewFormArrived_AddsTheUnitAndKeepsWhatTheCouncilTyped()
    {
        using var campaign = Ranked();
        var late = File.ReadAllBytes(campaign.FormPath("PH02"));
        File.Delete(campaign.FormPath("PH02"));
        var first = new AppraisalRequest(campaign.Folder).Run();
        AppraisalFile.Type(Council(campaign), "PH01", "3.3", (Round1, 4), (Round1Note, "Chưa đủ"), (Explanation, "Đã bổ sung"), (Round2, 4.5m));
        File.WriteAllBytes(campaign.FormPath("PH02"), late);

        var second = new AppraisalRequest(campaign.Folder).Run();

        Assert.That((first.Value!.Units, second.Value!.Units, second.Value.NewUnits), Is.EqualTo((1, 2, 1)));
        Assert.That(first.Diagnostics.Select(d => d.Code), Is.Empty);
        Assert.That(new[] { Round1, Round1Note, Explanation, Round2 }.Select(c => AppraisalFile.Read(Council(campaign), "PH01", "3.3", c)),
            Is.EqualTo(new[] { "4", "Chưa đủ", "Đã bổ sung", "4.5" }));
        Assert.That(AppraisalFile.Read(Council(campaign), "PH02", "3.3", Round1), Is.Empty);
    }

    [Test]
    public void Appraisal_UnitsFormBrokenAfterTheCouncilTypedItsAppraisal_RowsKeptAndUnitReportedAsAWarning()
    {
        using var campaign = Ranked();
        new AppraisalRequest(campaign.Folder).Run();
        AppraisalFile.Type(Council(campaign), "PH02", "3.3", (Round1, 3));
        campaign.EditForm("PH02", f => f.Set(f.InputCell("3.2.1", 0), "mười"));

        var run = new AppraisalRequest(campaign.Folder).Run();

        Assert.That(run.Succeeded, string.Join("\n", run.Diagnostics.Select(run.Render)));
        Assert.That(run.Diagnostics.Single(d => d.Code == "SC014").Severity, Is.EqualTo(Severity.Warning));
        Assert.That(AppraisalFile.Read(Council(campaign), "PH02", "3.3", Round1), Is.EqualTo("3"));
    }

    [Test]
    public void Score_TwoAppraisalFilesGiveDifferentRound1ForOneCriterion_RefusedNamingBothFiles()
    {
        using var campaign = Ranked();
        FrameworkCells.AddColumn(campaign.FrameworkPath, WardSheet, "Cơ quan thẩm định");
        FrameworkCells.Edit(campaign.FrameworkPath, WardSheet, ("3", "Cơ quan thẩm định", "Sở Tư pháp"));
        var split = new AppraisalRequest(campaign.Folder) { ByBody = true }.Run();
        var justice = campaign.PathOf(Path.Combine("appraisal", "appraisal-so-tu-phap.xlsx"));
        var council = Council(campaign);
        Assert.That(split.Written, Is.EqualTo(new[] { justice, council }));
        // The council's general file also received a row for 3.3 (an office copied the unit block across): two values.
        AppraisalFile.Type(justice, "PH01", "3.3", (Round1, 4));
        CopyRow(justice, council, "PH01", "3.3");
        AppraisalFile.Type(council, "PH01", "3.3", (Round1, 3));

        var run = new ScoreRequest(campaign.Folder) { OutputFolder = campaign.PathOf("out") }.Run();

        Assert.That(run.Value, Is.Null);
        var error = run.Diagnostics.Single(d => d.Code == "AP101").Show().ToString();
        Assert.That(error, Is.EqualTo(
            $"{AppraisalFile.At(campaign.Folder, council, "PH01", "3.3", Round1)}: điểm thẩm định vòng 1 của đơn vị PH01, tiêu chí 3.3 ở đây là '3' " +
            $"nhưng ở {AppraisalFile.At(campaign.Folder, justice, "PH01", "3.3", Round1)} là '4'; mỗi tiêu chí chỉ do một cơ quan thẩm định: hãy giữ một giá trị, xóa giá trị kia"));
    }

    [Test]
    public void Appraisal_ByBody_EachBodysWorkbookHoldsOnlyItsCriteriaAndReadingMergesThem()
    {
        using var campaign = Ranked();
        FrameworkCells.AddColumn(campaign.FrameworkPath, WardSheet, "Cơ quan thẩm định");
        FrameworkCells.Edit(campaign.FrameworkPath, WardSheet, ("3", "Cơ quan thẩm định", "Sở Tư pháp"), ("3.3", "Cơ quan thẩm định", "Sở Nội vụ"));

        var run = new AppraisalRequest(campaign.Folder) { ByBody = true }.Run();
        var justice = campaign.PathOf(Path.Combine("appraisal", "appraisal-so-tu-phap.xlsx"));
        var home = campaign.PathOf(Path.Combine("appraisal", "appraisal-so-noi-vu.xlsx"));
        AppraisalFile.Type(justice, "PH01", "3.1", (Round1, 0));
        AppraisalFile.Type(home, "PH01", "3.3", (Round1, 2));
        var year = Scored(campaign, out _);

        Assert.That(run.Written.Select(Path.GetFileName), Is.EqualTo(new[] { "appraisal-so-noi-vu.xlsx", "appraisal-so-tu-phap.xlsx", "appraisal.xlsx" }));
        Assert.That(Codes(home), Is.EqualTo(new[] { "3.3" }));
        Assert.That(Codes(justice), Does.Contain("3.1").And.Not.Contain("3.3").And.Not.Contain("1.2"));
        Assert.That(Codes(Council(campaign)), Does.Contain("1.2").And.Not.Contain("3.1"));
        var ph01 = year.Groups.Single().Units.Single(u => u.Code == "PH01").Criteria.ToDictionary(c => c.Criterion.Code.Value);
        Assert.That((ph01["3.1"].Appraisal1, ph01["3.3"].Appraisal1), Is.EqualTo(((decimal?)0m, (decimal?)2m)));
    }

    /// <summary>The criterion codes of PH01's rows in a workbook.</summary>
    private static string[] Codes(string path)
    {
        using var workbook = new XLWorkbook(path);
        return workbook.Worksheets.Where(w => w.Visibility == XLWorksheetVisibility.Visible)
            .SelectMany(w => w.RowsUsed()).Where(r => r.Cell(Unit).GetString() == "PH01" && r.Cell(Code).GetString().Length > 0)
            .Select(r => r.Cell(Code).GetString()).ToArray();
    }

    /// <summary>Copies a unit's criterion row from one workbook into the first criterion row of that unit in another (replacing it).</summary>
    private static void CopyRow(string from, string to, string unit, string criterion)
    {
        var (fromSheet, fromRow) = AppraisalFile.Find(from, unit, criterion);
        using var source = new XLWorkbook(from);
        using var target = new XLWorkbook(to);
        var sheet = target.Worksheets.First(w => w.Visibility == XLWorksheetVisibility.Visible);
        var row = sheet.RowsUsed().First(r => r.Cell(Unit).GetString() == unit && r.Cell(Code).GetString().Length > 0).RowNumber();
        for (var c = 1; c <= Last; c++)
        {
            var value = source.Worksheet(fromSheet).Cell(fromRow, c);
            if (!value.HasFormula) sheet.Cell(row, c).SetValue(value.GetString());
        }
        target.Save();
    }
}
