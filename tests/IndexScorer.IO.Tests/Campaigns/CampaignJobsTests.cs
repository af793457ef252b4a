using ClosedXML.Excel;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Campaigns;
using IndexScorer.IO.Forms;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests.Campaigns;

/// <summary>The jobs end to end on the shipped sample and on small campaigns: inputs never change, outputs never overwrite an input.</summary>
[TestFixture]
public sealed class CampaignJobsTests
{
    private const string SampleName = "quan-minh-hoa-2024";

    [Test]
    public void ValidateAndScore_ShippedSample_NoErrorAndNoInputChanged()
    {
        using var output = new TempFolder();
        var before = FileHashes.Of(Repo.SampleCampaign, Repo.FrameworkPath);
        var diagnostics = new DiagnosticBag();

        var validated = CampaignJobs.Validate(Repo.SampleCampaign, diagnostics);
        var (scored, written) = CampaignJobs.Score(Repo.SampleCampaign, output.Path, Language.Vietnamese, diagnostics);

        Assert.That(diagnostics.Items.Where(d => d.Severity == Severity.Error), Is.Empty, string.Join("\n", diagnostics.Items));
        Assert.That(validated, Is.Not.Null);
        Assert.That(scored!.Groups.Sum(g => g.Units.Count), Is.EqualTo(25));
        Assert.That(written.Select(Path.GetFileName), Is.SupersetOf(new[] { CampaignJobs.ReportFile, CampaignJobs.ResultsFile }));
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
        var diagnostics = new DiagnosticBag();

        var result = CampaignJobs.Validate(campaign, diagnostics);

        Assert.That(result, Is.Null);
        var errors = diagnostics.Items.Where(d => d.Severity == Severity.Error).ToList();
        Assert.That(errors, Has.Count.EqualTo(1), string.Join("\n", diagnostics.Items));
        Assert.That(errors[0].ToString(), Is.EqualTo(
            $"{Path.Combine("forms", "PB03-2024.xlsx")} › Tự đánh giá › {cell}: tiêu chí 3.2: 'Số TTHC tiếp nhận tại Bộ phận một cửa' phải là số; tìm thấy 'khoảng 50 hồ sơ'"));
        Assert.That(FileHashes.Of(temp.Path), Is.EqualTo(before));
    }

    [Test]
    public void Score_OutputIsTheFormsFolder_RefusedWithCF009AndNothingWritten()
    {
        using var campaign = new TestCampaign();
        var before = FileHashes.Of(campaign.Root);
        var diagnostics = new DiagnosticBag();

        var (result, written) = CampaignJobs.Score(campaign.Folder, campaign.PathOf("forms"), Language.Vietnamese, diagnostics);

        Assert.That(result, Is.Null);
        Assert.That(written, Is.Empty);
        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { "CF009" }));
        Assert.That(diagnostics.Items[0].Message, Does.Contain("trùng với một tệp hoặc thư mục đầu vào"));
        Assert.That(FileHashes.Of(campaign.Root), Is.EqualTo(before));
    }

    [TestCase("roster.csv", TestName = "Score_OutputIsTheRosterFile_RefusedWithCF009")]
    [TestCase("campaign.json", TestName = "Score_OutputIsTheSettingsFile_RefusedWithCF009")]
    [TestCase(".", TestName = "Score_OutputIsTheCampaignFolder_RefusedWithCF009")]
    public void Score_OutputIsAnInput_RefusedWithCF009(string output)
    {
        using var campaign = new TestCampaign();
        var before = FileHashes.Of(campaign.Root);
        var diagnostics = new DiagnosticBag();

        var (result, written) = CampaignJobs.Score(campaign.Folder, campaign.PathOf(output), Language.Vietnamese, diagnostics);

        Assert.That(result, Is.Null);
        Assert.That(written, Is.Empty);
        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { "CF009" }));
        Assert.That(FileHashes.Of(campaign.Root), Is.EqualTo(before));
    }

    [Test]
    public void Score_ValidCampaign_WritesOutputsWithoutTemporaryFilesAndKeepsInputs()
    {
        using var campaign = new TestCampaign();
        var before = FileHashes.Of(campaign.Root);
        var diagnostics = new DiagnosticBag();
        var output = Path.Combine(campaign.Root, "ket-qua");

        var (result, written) = CampaignJobs.Score(campaign.Folder, output, Language.Vietnamese, diagnostics);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(result, Is.Not.Null);
        Assert.That(written, Is.Not.Empty.And.All.Matches<string>(File.Exists));
        Assert.That(Directory.GetFiles(output).Select(Path.GetFileName), Has.None.EndsWith(".tmp"));
        Assert.That(FileHashes.Of(campaign.Root).Where(h => !h.Key.StartsWith(output, StringComparison.Ordinal)), Is.EqualTo(before));
    }

    [Test]
    public void Score_BrokenForm_WritesNothingAndKeepsThePreviousOutput()
    {
        using var campaign = new TestCampaign();
        var output = Path.Combine(campaign.Root, "ket-qua");
        Directory.CreateDirectory(output);
        var previous = Path.Combine(output, CampaignJobs.ResultsFile);
        File.WriteAllText(previous, "previous results");
        campaign.EditForm("PH01", form => form.InputCell("3.2.1", 0).SetValue(-3));
        var diagnostics = new DiagnosticBag();

        var (result, written) = CampaignJobs.Score(campaign.Folder, output, Language.Vietnamese, diagnostics);

        Assert.That(result, Is.Null);
        Assert.That(written, Is.Empty);
        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { "SC015" }));
        Assert.That(Directory.GetFiles(output), Is.EquivalentTo(new[] { previous }));
        Assert.That(File.ReadAllText(previous), Is.EqualTo("previous results"));
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
