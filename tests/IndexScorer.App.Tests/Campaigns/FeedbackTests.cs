using ClosedXML.Excel;
using IndexScorer.App.Campaigns;
using IndexScorer.Text;

namespace IndexScorer.App.Tests.Campaigns;

/// <summary>validate --feedback: one small workbook per form with problems, what an office sends back to the unit.</summary>
[TestFixture]
public sealed class FeedbackTests
{
    [TestCase(Language.Vietnamese, "PH01-2024-gop-y.xlsx", "phải là số", "tìm thấy 'mười'")]
    [TestCase(Language.English, "PH01-2024-feedback.xlsx", "must be a number", "found 'mười'")]
    public void Validate_FormWithProblems_OneWorkbookForThatFormWithEachProblemsCellInTheRequestsLanguage(
        Language language, string file, string what, string fix)
    {
        using var campaign = new TestCampaign();
        campaign.EditForm("PH01", f => f.Set(f.InputCell("3.2.1", 1), "mười"));
        var folder = campaign.PathOf("feedback");

        var run = new ValidateRequest(campaign.Folder) { FeedbackFolder = folder, Language = language }.Run();

        Assert.That(run.Value, Is.Null);
        Assert.That(run.Written.Select(Path.GetFileName), Is.EqualTo(new[] { file }), "PH02's valid form gets no feedback");
        using var workbook = new XLWorkbook(Path.Combine(folder, file));
        var sheet = workbook.Worksheet(1);
        var line = sheet.RowsUsed().Single(r => r.Cell(4).GetString() == "SC014");
        Assert.That(line.Cell(2).GetString(), Is.EqualTo(TestCampaign.Cell("3.2.1", IndexScorer.IO.Forms.FormColumns.Input, 2)));
        Assert.That(line.Cell(5).GetString(), Does.Contain(what));
        Assert.That(line.Cell(6).GetString(), Is.EqualTo(fix));
    }

    [Test]
    public void Validate_EveryFormValid_WritesNoFeedback()
    {
        using var campaign = new TestCampaign();

        var run = new ValidateRequest(campaign.Folder) { FeedbackFolder = campaign.PathOf("feedback") }.Run();

        Assert.That((run.Succeeded, run.Written.Count, Directory.Exists(campaign.PathOf("feedback"))), Is.EqualTo((true, 0, false)));
    }
}
