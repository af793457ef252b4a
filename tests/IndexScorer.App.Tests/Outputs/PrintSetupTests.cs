using System.Text.RegularExpressions;
using IndexScorer.App.Analysis;
using IndexScorer.App.Appraisal;
using IndexScorer.App.Campaigns;
using IndexScorer.App.Comparison;
using IndexScorer.App.ResultSheets;
using static IndexScorer.IO.Appraisal.AppraisalColumns;

namespace IndexScorer.App.Tests.Outputs;

/// <summary>
/// Every workbook the commands write with ClosedXML prints the same way: A4, one page wide, page numbers in the footer and,
/// where a header row is frozen on screen, that row repeated on every printed page with absolute rows ('Sheet'!$7:$7), the
/// only form LibreOffice honours (ClosedXML's own SetRowsToRepeatAtTop writes 'Sheet'!7:7).
/// </summary>
[TestFixture]
public sealed partial class PrintSetupTests
{
    private TempFolder _temp = null!;
    private TestCampaign _campaign = null!;
    private readonly List<string> _workbooks = [];

    [OneTimeSetUp]
    public void WriteEveryWorkbook()
    {
        _temp = new TempFolder();
        _campaign = new TestCampaign();
        var folder = _campaign.Folder;
        Written(new TemplateRequest(folder) { OutputFolder = _temp.File("template") }.Run().Written);
        var appraisal = new AppraisalRequest(folder).Run();
        Assert.That(appraisal.Succeeded, string.Join("\n", appraisal.Diagnostics.Select(appraisal.Render)));
        // Kept as written: typing round 1 below saves the council's workbook again with ClosedXML, as a test stands in for Excel.
        Directory.CreateDirectory(_temp.File("appraisal"));
        var council = appraisal.Written.Single();
        File.Copy(council, _temp.File("appraisal", Path.GetFileName(council)));
        Written([_temp.File("appraisal", Path.GetFileName(council))]);
        AppraisalFile.Type(council, "PH01", "3.3", (Round1, 4), (Round1Note, "Thiếu báo cáo"));
        Written(new ExplainRequest(folder) { OutputFolder = _temp.File("explain") }.Run().Written);
        Written(new StatusRequest(folder) { OutputFolder = _temp.File("status") }.Run().Written);
        Written(new ResultSheetsRequest(folder) { OutputFolder = _temp.File("sheets") }.Run().Written);
        Written(new AnalyzeRequest(folder) { Samples = 50, OutputFolder = _temp.File("analysis") }.Run().Written);
        var samples = Path.Combine(Repo.Root, "samples");
        Written(new CompareRequest(Path.Combine(samples, "quan-minh-hoa-2023"), Path.Combine(samples, "quan-minh-hoa-2024")) { OutputFolder = _temp.File("compare") }.Run().Written);
        _campaign.EditForm("PH01", f => f.Set(f.InputCell("3.2.1", 1), "mười"));
        Written(new ValidateRequest(folder) { FeedbackFolder = _temp.File("feedback") }.Run().Written);
    }

    [OneTimeTearDown]
    public void Delete()
    {
        _campaign.Dispose();
        _temp.Dispose();
    }

    private void Written(IEnumerable<string> files) => _workbooks.AddRange(files.Where(f => f.EndsWith(".xlsx", StringComparison.Ordinal)));

    [Test]
    public void Commands_EachKindOfWorkbook_WasWritten()
    {
        var kinds = _workbooks.Select(f => Path.GetFileName(Path.GetDirectoryName(f))).Distinct();

        Assert.That(kinds, Is.SupersetOf(new[] { "template", "appraisal", "explain", "status", "sheets", "analysis", "compare", "feedback" }));
    }

    [Test]
    public void EveryVisibleSheet_PrintsOnA4OnePageWideWithPageNumbers()
    {
        // A matrix too wide for one readable page prints at full size across pages, its first columns repeated on each.
        static bool RepeatsColumns(PrintSettings s) => s.PrintTitles?.Contains("!$A:$", StringComparison.Ordinal) == true;
        var wrong = Sheets().Where(s => (s.Settings.PaperSize, s.Settings.FitToPage, s.Settings.FitToWidth, s.Settings.FitToHeight) != (9, true, 1, 0)
                                        && !(RepeatsColumns(s.Settings) && s.Settings is { PaperSize: 9, FitToPage: false })
                                        || !s.Settings.Footer.Contains("&P", StringComparison.Ordinal) || !s.Settings.Footer.Contains("&N", StringComparison.Ordinal))
            .Select(s => $"{s.File} › {s.Settings.Sheet}: {s.Settings}");

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void CompareMatrices_PrintAtFullSizeAcrossPages_WithCodeAndNameRepeated()
    {
        var matrices = Sheets().Where(s => s.File.StartsWith("compare", StringComparison.Ordinal) && s.Settings.PrintTitles?.Contains("!$A:$B,", StringComparison.Ordinal) == true)
            .Select(s => s.Settings.Sheet).ToArray();

        Assert.That(matrices, Has.Some.StartsWith("So sánh").And.Some.StartsWith("Lĩnh vực"), string.Join(", ", matrices));
    }

    [Test]
    public void EveryVisibleSheetWithAFrozenHeader_RepeatsItOnEveryPageWithAbsoluteRows()
    {
        var wrong = Sheets().Where(s => s.Settings.FrozenRows > 0 || s.Settings.PrintTitles is not null)
            .Where(s => s.Settings.PrintTitles is not { } titles || !AbsoluteRows().IsMatch(titles) || !titles.EndsWith($":${s.Settings.FrozenRows}", StringComparison.Ordinal))
            .Select(s => $"{s.File} › {s.Settings.Sheet}: frozen {s.Settings.FrozenRows}, print titles {s.Settings.PrintTitles ?? "none"}");

        Assert.That(wrong, Is.Empty);
    }

    private IEnumerable<(string File, PrintSettings Settings)> Sheets() =>
        _workbooks.SelectMany(f => PrintSettings.Of(f).Where(s => s.Visible).Select(s => (Path.GetRelativePath(_temp.Path, f), s)));

    [GeneratedRegex(@"^('([^']|'')+'!\$A:\$[A-Z]+,)?'([^']|'')+'!\$\d+:\$\d+$")]
    private static partial Regex AbsoluteRows();
}
