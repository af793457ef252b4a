using ClosedXML.Excel;
using IndexScorer.App.Campaigns;
using IndexScorer.App.Outputs;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Forms;

namespace IndexScorer.App.Tests.Campaigns;

/// <summary>validate and score end to end on the shipped sample and on small campaigns: inputs never change, outputs never overwrite an input.</summary>
[TestFixture]
public sealed class ScoreRequestTests
{
    private const string SampleName = "quan-minh-hoa-2024";

    [Test]
    public void ValidateAndScore_ShippedSample_NoErrorAndNoInputChanged()
    {
        using var output = new TempFolder();
        var before = FileHashes.Of(Repo.SampleCampaign, Repo.FrameworkPath);

        var validated = new ValidateRequest(Repo.SampleCampaign).Run();
        var scored = new ScoreRequest(Repo.SampleCampaign) { OutputFolder = output.Path, RescorePrevious = true }.Run();

        Assert.That(validated.Diagnostics.Concat(scored.Diagnostics).Where(d => d.Severity == Severity.Error), Is.Empty, string.Join("\n", scored.Diagnostics.Show()));
        Assert.That(validated.Value, Is.Not.Null);
        Assert.That(scored.Value!.Groups.Sum(g => g.Units.Count), Is.EqualTo(25));
        Assert.That(scored.Written.Select(Path.GetFileName), Is.SupersetOf(new[] { OutputFiles.Report, OutputFiles.ResultsCsv }));
        Assert.That(FileHashes.Of(Repo.SampleCampaign, Repo.FrameworkPath), Is.EqualTo(before));
    }

    [Test]
    public void Validate_SampleCopyWithTextInAnInputCell_FailsNamingFileSheetAndCell()
    {
        using var temp = new TempFolder();
        var campaign = CopySample(temp);
        var form = Path.Combine(campaign, "forms", "PB03-2024.xlsx");
        string cell;
        using (var workbook = new XLWorkbook(form))
        {
            var group = Repo.Framework.FindGroup("PHONG")!;
            var row = FormLayout.For(group).RowOf(group.Find(IndexScorer.Frameworks.CriterionCode.Parse("3.2"))!).Number + 1;
            var input = workbook.Worksheet("Tự đánh giá").Cell(row, FormColumns.Input);
            input.SetValue("khoảng 50 hồ sơ");
            cell = input.Address.ToStringRelative();
            workbook.Save();
        }
        var before = FileHashes.Of(temp.Path);

        var run = new ValidateRequest(campaign).Run();

        Assert.That(run.Value, Is.Null);
        var errors = run.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.That(errors, Has.Count.EqualTo(1), string.Join("\n", run.Diagnostics.Show()));
        Assert.That(errors[0].Show().ToString(), Is.EqualTo(
            $"{Path.Combine("forms", "PB03-2024.xlsx")} › Tự đánh giá › {cell}: tiêu chí 3.2: 'Số TTHC tiếp nhận tại Bộ phận một cửa' phải là số; tìm thấy 'khoảng 50 hồ sơ'"));
        Assert.That(FileHashes.Of(temp.Path), Is.EqualTo(before));
    }

    [Test]
    public void Score_OutputIsTheFormsFolder_RefusedWithCF009AndNothingWritten()
    {
        using var campaign = new TestCampaign();
        var before = FileHashes.Of(campaign.Root);

        var run = new ScoreRequest(campaign.Folder) { OutputFolder = campaign.PathOf("forms") }.Run();

        Assert.That(run.Value, Is.Null);
        Assert.That(run.Written, Is.Empty);
        Assert.That(run.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "CF009" }));
        Assert.That(run.Diagnostics[0].Show().Message, Does.Contain("trùng với một tệp hoặc thư mục đầu vào"));
        Assert.That(FileHashes.Of(campaign.Root), Is.EqualTo(before));
    }

    [TestCase("roster.csv", "RQ002", TestName = "Score_OutputIsTheRosterFile_RefusedAsNotAFolder")]
    [TestCase("campaign.json", "RQ002", TestName = "Score_OutputIsTheSettingsFile_RefusedAsNotAFolder")]
    [TestCase(".", "CF009", TestName = "Score_OutputIsTheCampaignFolder_RefusedWithCF009")]
    public void Score_OutputIsAnInput_Refused(string output, string code)
    {
        using var campaign = new TestCampaign();
        var before = FileHashes.Of(campaign.Root);

        var run = new ScoreRequest(campaign.Folder) { OutputFolder = campaign.PathOf(output) }.Run();

        Assert.That(run.Value, Is.Null);
        Assert.That(run.Written, Is.Empty);
        Assert.That(run.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { code }));
        Assert.That(FileHashes.Of(campaign.Root), Is.EqualTo(before));
    }

    [Test]
    public void Score_ValidCampaign_WritesOutputsWithoutTemporaryFilesAndKeepsInputs()
    {
        using var campaign = new TestCampaign();
        var before = FileHashes.Of(campaign.Root);
        var output = Path.Combine(campaign.Root, "ket-qua");

        var run = new ScoreRequest(campaign.Folder) { OutputFolder = output }.Run();

        Assert.That(run.Diagnostics, Is.Empty);
        Assert.That(run.Value, Is.Not.Null);
        Assert.That(run.Written, Is.Not.Empty.And.All.Matches<string>(File.Exists));
        Assert.That(Directory.GetFiles(output).Select(Path.GetFileName), Has.None.EndsWith(".tmp"));
        Assert.That(FileHashes.Of(campaign.Root).Where(h => !h.Key.StartsWith(output, StringComparison.Ordinal)), Is.EqualTo(before));
    }

    [Test]
    public void Score_BrokenForm_WritesNothingAndKeepsThePreviousOutput()
    {
        using var campaign = new TestCampaign();
        var output = Path.Combine(campaign.Root, "ket-qua");
        Directory.CreateDirectory(output);
        var previous = Path.Combine(output, OutputFiles.ResultsCsv);
        File.WriteAllText(previous, "previous results");
        campaign.EditForm("PH01", form => form.InputCell("3.2.1", 0).SetValue(-3));

        var run = new ScoreRequest(campaign.Folder) { OutputFolder = output }.Run();

        Assert.That(run.Value, Is.Null);
        Assert.That(run.Written, Is.Empty);
        Assert.That(run.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "SC015" }));
        Assert.That(Directory.GetFiles(output), Is.EquivalentTo(new[] { previous }));
        Assert.That(File.ReadAllText(previous), Is.EqualTo("previous results"));
    }

    [Test]
    public void Score_PreviousYearHasResultsJson_ReadsItAndNeverLastYearsForms()
    {
        using var temp = new TempFolder();
        var (campaign, lastYear) = CopySampleWithLastYearScored(temp);
        Directory.Delete(Path.Combine(lastYear, "forms"), recursive: true);

        var run = new ScoreRequest(campaign) { OutputFolder = temp.File("out") }.Run();

        Assert.That(run.Diagnostics, Is.Empty, string.Join("\n", run.Diagnostics.Show()));
        using var report = new XLWorkbook(temp.File("out", OutputFiles.Report));
        var summary = report.Worksheet("Tổng hợp PHONG");
        var pb01 = summary.RowsUsed().Single(r => r.Cell(2).GetString() == "PB01");
        var header = summary.Row(summary.PageSetup.FirstRowToRepeatAtTop).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        Assert.That(pb01.Cell(header["Xếp hạng năm trước"]).GetValue<int>(), Is.EqualTo(4), "PB01 ranked 4th in 2023");
        Assert.That(pb01.Cell(header["Chỉ số năm trước (%)"]).GetValue<decimal>(), Is.EqualTo(85.8524m).Within(0.0001m));
    }

    [Test]
    public void Score_OutputIntoLastYearsOutputFolder_RefusedWithCF009AndLastYearsResultsKept()
    {
        using var temp = new TempFolder();
        var (campaign, lastYear) = CopySampleWithLastYearScored(temp);
        var lastYearsOutput = Path.Combine(lastYear, OutputFiles.DefaultFolder);
        var before = FileHashes.Of(lastYearsOutput);

        var run = new ScoreRequest(campaign) { OutputFolder = lastYearsOutput }.Run();

        Assert.That(run.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "CF009" }));
        Assert.That(FileHashes.Of(lastYearsOutput), Is.EqualTo(before));
    }

    [Test]
    public void Score_PreviousYearWithoutResultsOrForms_RefusedNamingCampaignJson()
    {
        using var temp = new TempFolder();
        var campaign = CopySample(temp);
        var lastYear = temp.File("samples", "quan-minh-hoa-2023");
        CopyFolder(Path.Combine(Repo.Root, "samples", "quan-minh-hoa-2023"), lastYear);
        Directory.Delete(Path.Combine(lastYear, "forms"), recursive: true);

        var run = new ScoreRequest(campaign) { OutputFolder = temp.File("out") }.Run();

        Assert.That(run.Value, Is.Null);
        Assert.That(run.Diagnostics.Select(d => d.Code), Does.Contain("CF010"));
        Assert.That(Directory.Exists(temp.File("out")), Is.False);
    }

    /// <summary>The 2024 and 2023 samples copied beside the frameworks, 2023 scored (so its output/results.json exists).</summary>
    private static (string Campaign, string LastYear) CopySampleWithLastYearScored(TempFolder temp)
    {
        var campaign = CopySample(temp);
        var lastYear = temp.File("samples", "quan-minh-hoa-2023");
        CopyFolder(Path.Combine(Repo.Root, "samples", "quan-minh-hoa-2023"), lastYear);
        Assert.That(new ScoreRequest(lastYear).Run().Succeeded, Is.True, "scoring 2023 writes its output/results.json");
        return (campaign, lastYear);
    }

    /// <summary>Copies the sample campaign and the frameworks folder side by side, as in the repository, and returns the campaign copy.</summary>
    private static string CopySample(TempFolder temp)
    {
        CopyFolder(Path.Combine(Repo.Root, "frameworks"), temp.File("frameworks"));
        var campaign = temp.File("samples", SampleName);
        CopyFolder(Repo.SampleCampaign, campaign);
        return campaign;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
