using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using IndexScorer.IO.Reports;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests.Reports;

/// <summary>report.xlsx in the official form (campaign.json "report"), the summary's year-over-year and band additions, and the ranking chart.</summary>
public class OfficialFormTests
{
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /// <summary>A provincial department's form: a two-line issuer, a decision without its issuer, no date, one signer, grouped by band.</summary>
    private static readonly OfficialForm Department = new(
        ["UBND TỈNH MINH HỌA", "SỞ NỘI VỤ"], null, new AttachedDecision("45/QĐ-SNV", new DateOnly(2025, 2, 3), null), "Minh Họa", null,
        [new Signer(["GIÁM ĐỐC"], "Phạm Văn Mẫu")], GroupByBand: true);

    private static SampleReport Sample => SampleReport.Vietnamese;

    private static int HeaderRow(IXLWorksheet sheet) => sheet.PageSetup.FirstRowToRepeatAtTop;

    private static Dictionary<string, int> Columns(IXLWorksheet sheet) =>
        sheet.Row(HeaderRow(sheet)).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);

    private static IXLCell Find(IXLWorksheet sheet, string text) =>
        sheet.CellsUsed().FirstOrDefault(c => c.GetString() == text) ?? throw new AssertionException($"'{text}' is not on sheet {sheet.Name}.");

    private static IXLWorksheet Summary(XLWorkbook workbook, string group) => workbook.Worksheets.First(s => s.Name.EndsWith(group, StringComparison.Ordinal) && s.Name.StartsWith("Tổng hợp", StringComparison.Ordinal));

    [Test]
    public void Write_SampleWithItsForm_SummaryOpensWithIssuerAndNationalHeadingAndClosesWithSignatures()
    {
        using var workbook = Sample.Open();
        var sheet = Summary(workbook, "PHONG");

        var issuer = sheet.Cell(1, 1);
        var heading = Find(sheet, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        var motto = Find(sheet, "Độc lập - Tự do - Hạnh phúc");
        Assert.That((issuer.GetString(), issuer.Style.Font.Bold, issuer.Style.Alignment.Horizontal), Is.EqualTo(("UBND QUẬN MINH HỌA", true, XLAlignmentHorizontalValues.Center)));
        Assert.That((heading.Address.RowNumber, heading.Style.Font.Bold), Is.EqualTo((1, true)));
        Assert.That((motto.Address.RowNumber, motto.Style.Font.Bold, motto.Style.Font.Underline), Is.EqualTo((2, true, XLFontUnderlineValues.Single)));
        Assert.That(heading.Address.ColumnNumber, Is.GreaterThan(3), "the national heading sits top right, the issuer top left");
        var title = Find(sheet, Sample.L("report.title", 2024));
        Assert.That((title.IsMerged(), title.Style.Alignment.Horizontal), Is.EqualTo((true, XLAlignmentHorizontalValues.Center)));
        var decision = sheet.Cell(title.Address.RowNumber + 1, 1);
        Assert.That((decision.GetString(), decision.Style.Font.Italic),
            Is.EqualTo(("(Kèm theo Quyết định số 123/QĐ-UBND ngày 15 tháng 01 năm 2025 của Ủy ban nhân dân quận Minh Họa)", true)));

        var lastUnitRow = HeaderRow(sheet) + Sample.Result.Groups[0].Units.Count;
        var place = Find(sheet, "Minh Họa, ngày 15 tháng 01 năm 2025");
        var chairman = Find(sheet, "Lê Văn Mẫu");
        var preparer = Find(sheet, "Trần Thị Mẫu");
        Assert.That((place.Style.Font.Italic, place.Address.RowNumber > lastUnitRow), Is.EqualTo((true, true)));
        Assert.That(Find(sheet, "KT. CHỦ TỊCH").Address.RowNumber, Is.GreaterThan(place.Address.RowNumber));
        Assert.That((chairman.Style.Font.Bold, chairman.Address.RowNumber), Is.EqualTo((true, preparer.Address.RowNumber)));
        Assert.That(preparer.Address.ColumnNumber, Is.LessThan(chairman.Address.ColumnNumber), "the last signer signs on the right");
        Assert.That(sheet.PageSetup.PrintAreas.Single().RangeAddress.LastAddress.RowNumber, Is.GreaterThanOrEqualTo(chairman.Address.RowNumber));
    }

    [Test]
    public void Write_SampleWithItsForm_EveryUnitSheetCarriesTheHeadingAndTheSignatures()
    {
        using var workbook = Sample.Open();
        var unitSheets = workbook.Worksheets.Where(s => s.Name.StartsWith("PB", StringComparison.Ordinal) || s.Name.StartsWith("PH", StringComparison.Ordinal)).ToArray();

        Assert.That(unitSheets, Has.Length.EqualTo(Sample.Result.Groups.Sum(g => g.Units.Count)));
        foreach (var sheet in unitSheets)
        {
            Assert.That(sheet.Cell(1, 1).GetString(), Is.EqualTo("UBND QUẬN MINH HỌA"), sheet.Name);
            Assert.That(Find(sheet, "Lê Văn Mẫu").Address.RowNumber, Is.GreaterThan(HeaderRow(sheet)), sheet.Name);
            Assert.That(sheet.Cell(HeaderRow(sheet), 1).GetString(), Is.EqualTo(Sample.L("report.col.code")), sheet.Name);
        }
    }

    [Test]
    public void Write_NoForm_SheetsStartWithTheTitleAsBefore()
    {
        using var workbook = SampleReport.Written(Sample.Result, Language.Vietnamese);
        var sheet = workbook.Worksheets.First();

        Assert.That(sheet.Cell(1, 1).GetString(), Is.EqualTo(Sample.L("report.title", 2024)));
        Assert.That(HeaderRow(sheet), Is.EqualTo(7));
        Assert.That(sheet.CellsUsed().Select(c => c.GetString()), Has.None.EqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").And.None.StartsWith("(Kèm theo"));
        Assert.That(workbook.Worksheets.First(s => s.Name.StartsWith("PB01", StringComparison.Ordinal)).Cell(1, 1).GetString(), Does.StartWith("BẢNG ĐIỂM CHI TIẾT"));
    }

    [Test]
    public void Write_English_StandardNationalHeadingAndDecisionInEnglish()
    {
        using var workbook = SampleReport.English.Open();
        var sheet = workbook.Worksheet(SampleReport.English.L("report.sheet.summary", "PHONG"));

        Assert.That(Find(sheet, "SOCIALIST REPUBLIC OF VIET NAM").Address.RowNumber, Is.EqualTo(1));
        Assert.That(Find(sheet, "Independence - Freedom - Happiness").Address.RowNumber, Is.EqualTo(2));
        Assert.That(sheet.CellsUsed().Select(c => c.GetString()),
            Does.Contain("(Attached to Decision No. 123/QĐ-UBND of 2025-01-15 by Ủy ban nhân dân quận Minh Họa)").And.Contain("Minh Họa, 2025-01-15"));
    }

    [Test]
    public void Write_TwoLineIssuerDecisionWithoutIssuerAndNoDate_GoverningBodyUprightDateLeftToFillIn()
    {
        using var workbook = SampleReport.Written(Sample.Result, Language.Vietnamese, form: Department);
        var sheet = workbook.Worksheets.First();

        Assert.That((sheet.Cell(1, 1).GetString(), sheet.Cell(1, 1).Style.Font.Bold), Is.EqualTo(("UBND TỈNH MINH HỌA", false)));
        Assert.That((sheet.Cell(2, 1).GetString(), sheet.Cell(2, 1).Style.Font.Bold), Is.EqualTo(("SỞ NỘI VỤ", true)));
        Assert.That(sheet.Cell(3, 1).GetString(), Does.StartWith("───"), "a short rule under the issuing body");
        Assert.That(sheet.CellsUsed().Select(c => c.GetString()),
            Does.Contain("(Kèm theo Quyết định số 45/QĐ-SNV ngày 03 tháng 02 năm 2025)").And.Contain("Minh Họa, ngày ...... tháng ...... năm ......")
                .And.Contain("GIÁM ĐỐC").And.Contain("Phạm Văn Mẫu"));
    }

    [Test]
    public void Write_GroupByBand_EachBandUnderItsSubHeadingUnitsStillInRankOrder()
    {
        using var workbook = SampleReport.Written(Sample.Result, Language.Vietnamese, form: Department);
        foreach (var group in Sample.Result.Groups)
        {
            var sheet = Summary(workbook, group.Code);
            var band = Columns(sheet)[Sample.L("report.col.band")];
            var headings = new List<string>();
            var units = new List<string>();
            string? current = null;
            for (var r = HeaderRow(sheet) + 1; units.Count < group.Units.Count; r++)
            {
                if (sheet.Cell(r, 2).IsEmpty())
                {
                    Assert.That(sheet.Cell(r, 1).IsMerged(), Is.True, $"row {r} is a band's sub-heading across the table");
                    headings.Add(sheet.Cell(r, 1).GetString());
                    current = headings[^1];
                    continue;
                }
                Assert.That(current, Does.StartWith($"Xếp loại {sheet.Cell(r, band).GetString()}: "), $"row {r} sits under its band");
                units.Add(sheet.Cell(r, 2).GetString());
            }

            Assert.That(units, Is.EqualTo(group.Units.Select(u => u.Code)));
            var expected = group.Units.GroupBy(u => u.Band).Select(g => Sample.L("report.bandHeading", g.Key!, g.Count()));
            Assert.That(headings, Is.EqualTo(expected));
        }
    }

    [Test]
    public void Write_Sample_BandTableCountsTheUnitsOfEveryBand()
    {
        using var workbook = Sample.Open();
        foreach (var group in Sample.Result.Groups)
        {
            var sheet = Summary(workbook, group.Code);
            var title = Find(sheet, Sample.L("report.bands.title")).Address.RowNumber;
            var counts = new Dictionary<string, double>();
            for (var r = title + 2; !sheet.Cell(r, 3).IsEmpty(); r++) counts[sheet.Cell(r, 3).GetString()] = sheet.Cell(r, 4).GetDouble();

            var expected = group.Bands.ToDictionary(b => b.Label, b => (double)group.Units.Count(u => u.Band == b.Label));
            expected[Sample.L("report.bands.total")] = group.Units.Count;
            Assert.That(counts, Is.EqualTo(expected), group.Code);
        }
    }

    [Test]
    public void Write_WithLastYear_RankChangeIsPlacesGainedAndIndexChangeIsPointsBesideLastYearsColumns()
    {
        using var workbook = SampleReport.Written(Sample.Result, Language.Vietnamese, previous: SampleReport.LastYear);
        var compared = 0;
        foreach (var group in Sample.Result.Groups)
        {
            var sheet = Summary(workbook, group.Code);
            var columns = Columns(sheet);
            var (lastRank, lastIndex) = (columns[Sample.L("report.col.previousRank")], columns[Sample.L("report.col.previousIndex")]);
            var (rankChange, indexChange) = (columns[Sample.L("report.col.rankChange")], columns[Sample.L("report.col.indexChange")]);
            Assert.That((rankChange, indexChange), Is.EqualTo((lastIndex + 1, lastIndex + 2)));
            for (var r = HeaderRow(sheet) + 1; !sheet.Cell(r, 2).IsEmpty(); r++)
            {
                var change = sheet.Cell(r, rankChange);
                Assert.That(change.Style.NumberFormat.Format, Is.EqualTo(SummarySheet.RankChangeFormat));
                Assert.That(sheet.Cell(r, indexChange).Style.NumberFormat.Format, Is.EqualTo(SummarySheet.IndexChangeFormat));
                if (sheet.Cell(r, lastRank).IsEmpty())
                {
                    Assert.That((change.IsEmpty(), sheet.Cell(r, indexChange).IsEmpty()), Is.EqualTo((true, true)), "no change without last year");
                    continue;
                }
                Assert.That(change.GetDouble(), Is.EqualTo(sheet.Cell(r, lastRank).GetDouble() - sheet.Cell(r, 1).GetDouble()));
                var index = sheet.Cell(r, columns[Sample.L("report.col.index")]).GetDouble();
                Assert.That(sheet.Cell(r, indexChange).GetDouble(), Is.EqualTo(index - sheet.Cell(r, lastIndex).GetDouble()).Within(1e-9));
                compared++;
            }
        }
        Assert.That(compared, Is.EqualTo(24), "every unit but PH13, new in 2024");
    }

    [Test]
    public void Write_WithoutLastYear_HasNoChangeColumns()
    {
        using var workbook = SampleReport.Written(Sample.Result, Language.Vietnamese);

        Assert.That(Columns(workbook.Worksheets.First()).Keys, Has.None.EqualTo(Sample.L("report.col.rankChange")).And.None.EqualTo(Sample.L("report.col.indexChange")));
    }

    [Test]
    public void Write_Sample_EachGroupHasANativeBarChartOfItsRankingInRankOrder()
    {
        using var document = SpreadsheetDocument.Open(Sample.Workbook, isEditable: false);
        var book = document.WorkbookPart!;
        foreach (var group in Sample.Result.Groups)
        {
            var name = Sample.L("report.sheet.chart", group.Code);
            var sheetId = book.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == name).Id!.Value!;
            var chartPart = ((WorksheetPart)book.GetPartById(sheetId)).DrawingsPart!.ChartParts.Single();
            using var stream = chartPart.GetStream();
            var chart = XDocument.Load(stream);

            Assert.That(chart.Descendants(C + "barDir").Single().Attribute("val")!.Value, Is.EqualTo("bar"));
            var categories = chart.Descendants(C + "cat").Single();
            var values = chart.Descendants(C + "val").Single();
            Assert.That(categories.Descendants(C + "f").Single().Value, Is.EqualTo($"'{name}'!$C$4:$C${3 + group.Units.Count}"));
            Assert.That(categories.Descendants(C + "v").Select(v => v.Value), Is.EqualTo(group.Units.Select(u => u.Name)));
            Assert.That(values.Descendants(C + "v").Select(v => decimal.Parse(v.Value, System.Globalization.CultureInfo.InvariantCulture)),
                Is.EqualTo(group.Units.Select(u => u.IndexPercent)).Using<decimal>((a, b) => Math.Abs(a - b) < 1e-9m ? 0 : a.CompareTo(b)));
            Assert.That(chart.Descendants(C + "catAx").Single().Descendants(C + "orientation").Single().Attribute("val")!.Value, Is.EqualTo("maxMin"),
                "rank 1 on top");
        }
    }

    [Test]
    public void Write_Sample_ChartSheetListsTheRankingTheChartDraws()
    {
        using var workbook = Sample.Open();
        var group = Sample.Result.Groups[0];
        var sheet = workbook.Worksheet(Sample.L("report.sheet.chart", group.Code));

        var rows = Enumerable.Range(4, group.Units.Count).Select(r => (sheet.Cell(r, 2).GetString(), Math.Round(sheet.Cell(r, 4).GetDouble(), 9)));
        Assert.That(rows, Is.EqualTo(group.Units.Select(u => (u.Code, Math.Round((double)u.IndexPercent, 9)))));
    }

    [Test]
    [Category("LibreOffice")]
    public void Write_Sample_LibreOfficePrintsTheFormTheChangeArrowsAndTheChart()
    {
        var soffice = ExternalTool.Require("apt-get install -y --no-install-recommends libreoffice-calc poppler-utils fonts-dejavu-core", failInCi: true, "soffice", "libreoffice");
        var pdftotext = ExternalTool.Require("apt-get install -y poppler-utils", failInCi: true, "pdftotext");
        var folder = SampleReport.NewTempFolder("official-pdf");
        var (exitCode, output) = ExternalTool.Run(soffice, folder, TimeSpan.FromMinutes(3),
            $"-env:UserInstallation=file://{Path.Combine(folder, "profile")}", "--headless", "--convert-to", "pdf", "--outdir", folder, Sample.Workbook);
        Assert.That(exitCode, Is.Zero, output);
        string Page(int page) => ExternalTool.Run(pdftotext, folder, TimeSpan.FromMinutes(1), "-f", $"{page}", "-l", $"{page}", "-layout", Path.Combine(folder, "report.pdf"), "-").Output;

        var summary = Page(1);
        Assert.That(summary, Does.Contain("UBND QUẬN MINH HỌA").And.Contain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").And.Contain("Kèm theo Quyết định số 123/QĐ-UBND")
            .And.Contain("Minh Họa, ngày 15 tháng 01 năm 2025").And.Contain("Lê Văn Mẫu"), "the summary of PHONG fits on page 1, signatures included");
        // PB01: 4th → 1st, 85.85 → 87.83; PB10 kept its 7th place.
        Assert.That(summary, Does.Match(@"PB01 .*85\.85\s+↑ ?3\s+\+1\.98").And.Match(@"PB10 .*81\.09\s+=\s"));
        Assert.That(Page(3), Does.Contain(Sample.L("report.chart.title", 2024, Sample.Result.Groups[0].Name)), "the chart sheet follows the two summaries");
    }

    [Test]
    public void Write_EveryAddition_IsAValidSpreadsheetPackageForExcel()
    {
        var stream = new MemoryStream();
        ReportWriter.Write(stream, Sample.Result, Language.Vietnamese, previous: SampleReport.LastYear, form: Department);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);

        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010)
            .Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").Take(10).ToArray();
        Assert.That(errors, Is.Empty);
        using var zip = new ZipArchive(new MemoryStream(stream.ToArray()));
        Assert.That(zip.Entries.Select(e => e.FullName), Does.Contain("xl/charts/chart2.xml").And.Contain("xl/drawings/drawing2.xml"));
    }
}
