using ClosedXML.Excel;
using IndexScorer.App.Campaigns;
using IndexScorer.App.Outputs;
using IndexScorer.IO.Forms;

namespace IndexScorer.App.Tests.Campaigns;

/// <summary>Reading forms with one thread or two gives the same results and the same messages in the same order.</summary>
[TestFixture]
public sealed class ReadersTests
{
    [Test]
    public void Score_OneAndTwoReaders_ByteIdenticalResultsCsv()
    {
        using var temp = new TempFolder();

        var one = new ScoreRequest(Repo.SampleCampaign) { OutputFolder = temp.File("one"), Readers = 1, RescorePrevious = true }.Run();
        var two = new ScoreRequest(Repo.SampleCampaign) { OutputFolder = temp.File("two"), Readers = 2, RescorePrevious = true }.Run();

        Assert.That(one.Succeeded && two.Succeeded, Is.True, string.Join("\n", one.Diagnostics.Concat(two.Diagnostics).Show()));
        Assert.That(File.ReadAllBytes(temp.File("two", OutputFiles.ResultsCsv)), Is.EqualTo(File.ReadAllBytes(temp.File("one", OutputFiles.ResultsCsv))));
        Assert.That(two.Diagnostics.Select(two.Render), Is.EqualTo(one.Diagnostics.Select(one.Render)));
    }

    [Test]
    public void Validate_OneAndTwoReadersOnBrokenForms_SameDiagnosticsInTheSameOrder()
    {
        using var temp = new TempFolder();
        var campaign = temp.File("campaign");
        foreach (var file in Directory.EnumerateFiles(Repo.SampleCampaign, "*", SearchOption.AllDirectories).Where(f => !f.Contains("output")))
        {
            var target = Path.Combine(campaign, Path.GetRelativePath(Repo.SampleCampaign, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        Directory.CreateDirectory(Path.Combine(campaign, "frameworks"));
        File.Copy(Repo.FrameworkPath, Path.Combine(campaign, "frameworks", Repo.FrameworkFile));
        foreach (var form in Directory.GetFiles(Path.Combine(campaign, "forms")).Order(StringComparer.Ordinal).Where((_, i) => i % 5 == 0))
        {
            using var workbook = new XLWorkbook(form);
            var sheet = workbook.Worksheet(1);
            foreach (var cell in sheet.Column(FormColumns.Input).CellsUsed(c => c.Address.RowNumber > FormColumns.HeaderRow && c.DataType == XLDataType.Number).Take(2))
                cell.SetValue("nhiều");
            workbook.Save();
        }

        var one = new ValidateRequest(campaign) { Readers = 1 }.Run();
        var two = new ValidateRequest(campaign) { Readers = 2 }.Run();

        Assert.That(one.ErrorCount, Is.GreaterThanOrEqualTo(10));
        Assert.That(two.Diagnostics.Select(two.Render), Is.EqualTo(one.Diagnostics.Select(one.Render)));
    }
}
