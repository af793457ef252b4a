using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;
using IndexScorer.Frameworks;
using IndexScorer.IO.Reports;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests.Reports;

public class ReportWriterTests
{
    private static SampleReport Sample => SampleReport.Vietnamese;

    private static List<Dictionary<string, string>> CsvRows()
    {
        using var reader = new StreamReader(Sample.Csv);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = "," });
        var rows = new List<Dictionary<string, string>>();
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        while (csv.Read()) rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? string.Empty));
        return rows;
    }

    private static Dictionary<string, int> Columns(IXLWorksheet sheet, int headerRow) =>
        sheet.Row(headerRow).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);

    /// <summary>A sheet's table header row: the row printed at the top of every page.</summary>
    private static int HeaderRow(IXLWorksheet sheet) => sheet.PageSetup.FirstRowToRepeatAtTop;

    private static IEnumerable<IXLRow> SummaryRows(IXLWorksheet sheet)
    {
        for (var r = HeaderRow(sheet) + 1; !sheet.Cell(r, 2).IsEmpty(); r++) yield return sheet.Row(r);
    }

    private static double Csv(Dictionary<string, string> row, string column) => double.Parse(row[column], CultureInfo.InvariantCulture);

    [Test]
    public void Write_Sample_SummaryEqualsResultsCsv()
    {
        using var workbook = Sample.Open();
        var csv = CsvRows();
        var compared = 0;
        foreach (var group in Sample.Result.Groups)
        {
            var sheet = workbook.Worksheet(Sample.L("report.sheet.summary", group.Code));
            var columns = Columns(sheet, HeaderRow(sheet));
            var expected = csv.Where(r => r["group"] == group.Code).ToArray();
            var rows = SummaryRows(sheet).ToArray();
            Assert.That(rows.Select(r => r.Cell(columns[Sample.L("report.col.code")]).GetString()), Is.EqualTo(expected.Select(r => r["unit_code"])));
            foreach (var (row, line) in rows.Zip(expected))
            {
                string Text(string key) => row.Cell(columns[Sample.L(key)]).GetString();
                double Value(string key) => SampleReport.Number(row.Cell(columns[Sample.L(key)]));
                Assert.That(Text("report.col.unit"), Is.EqualTo(line["unit_name"]));
                Assert.That(Value("report.col.rank"), Is.EqualTo(Csv(line, "rank")));
                foreach (var field in group.Fields)
                    Assert.That(SampleReport.Number(row.Cell(columns[Sample.L("report.col.field", field.Code.Value)])), Is.EqualTo(Csv(line, $"field_{field.Code.Value}")).Within(1e-9));
                Assert.That(Value("report.col.bonus"), Is.EqualTo(Csv(line, "bonus")).Within(1e-9));
                Assert.That(Value("report.col.penalty"), Is.EqualTo(Csv(line, "penalty")).Within(1e-9));
                Assert.That(Value("report.col.total"), Is.EqualTo(Csv(line, "total")).Within(1e-9));
                Assert.That(Value("report.col.max"), Is.EqualTo(Csv(line, "max_in_use")).Within(1e-9));
                Assert.That(Value("report.col.index"), Is.EqualTo(Csv(line, "index_percent")).Within(1e-9));
                Assert.That(Text("report.col.band"), Is.EqualTo(line["band"]));
                compared++;
            }
        }
        Assert.That(compared, Is.EqualTo(csv.Count));
    }

    [Test]
    public void Write_Sample_EachUnitsCriterionRowsAddUpToItsTotal()
    {
        using var workbook = Sample.Open();
        var totals = CsvRows().ToDictionary(r => r["unit_code"], r => Csv(r, "total"));
        foreach (var group in Sample.Result.Groups)
        {
            var summary = workbook.Worksheet(Sample.L("report.sheet.summary", group.Code));
            foreach (var summaryRow in SummaryRows(summary))
            {
                var code = summaryRow.Cell(2).GetString();
                var link = summaryRow.Cell(3).Hyperlink.InternalAddress;
                var sheet = workbook.Worksheet(link[..link.LastIndexOf('!')].Trim('\'').Replace("''", "'"));
                var nodes = group.Criteria;
                var sum = 0.0;
                var row = HeaderRow(sheet) + 1;
                foreach (var node in nodes)
                {
                    Assert.That(sheet.Cell(row, 1).GetString(), Is.EqualTo(node.Code.Value), $"{code}: every criterion in framework order");
                    var final = SampleReport.Number(sheet.Cell(row, 6));
                    if (node.IsLeaf && node.Section == SectionKind.Scored) sum += final;
                    else if (node == group.Bonus) sum += final;
                    else if (node == group.Penalty) sum -= final;
                    row++;
                }
                Assert.That(sheet.Cell(row, 2).GetString(), Is.EqualTo(Sample.L("report.unit.total")));
                Assert.That(SampleReport.Number(sheet.Cell(row, 6)), Is.EqualTo(sum).Within(1e-9), $"{code}: criterion rows add up to the total row");
                Assert.That(sum, Is.EqualTo(totals[code]).Within(1e-9), $"{code}: the total equals results.csv");
            }
        }
    }

    [Test]
    public void Write_Sample_NumbersAreNumbersWithTwoDecimalsAndCodesAreText()
    {
        using var workbook = Sample.Open();
        var sheet = workbook.Worksheet(Sample.L("report.sheet.summary", "PHONG"));
        var first = sheet.Row(HeaderRow(sheet) + 1);
        var total = first.Cell(Columns(sheet, HeaderRow(sheet))[Sample.L("report.col.total")]);
        var unitSheet = workbook.Worksheets.First(s => s.Name.StartsWith("PB01", StringComparison.Ordinal));
        var criterionCode = unitSheet.Cell(HeaderRow(unitSheet) + 2, 1);

        Assert.That((total.DataType, total.Style.NumberFormat.Format), Is.EqualTo((XLDataType.Number, "0.00")));
        Assert.That((criterionCode.DataType, criterionCode.GetString()), Is.EqualTo((XLDataType.Text, "1.1")));
    }

    [Test]
    public void Write_IndicesCloserThanShown_NearTiesMarkedInTheSummary()
    {
        var field = new CriterionSummary(CriterionCode.Parse("1"), "Lĩnh vực 1", 100m, SectionKind.Scored, PointSource.SelfAssessment, true);
        ScoredUnit Unit(string code, int rank, decimal index) => new(code, "Phòng " + code, rank, false, null, index, index, 0m, 0m, 100m,
            [new CriterionResult(field, index, null, null, null, index, 100m, false, "", "", "", "")]);
        var group = new ScoredGroup("PHONG", "Phòng chuyên môn", false, [field], [], [Unit("A", 1, 90.024m), Unit("B", 2, 90.016m), Unit("C", 3, 80m)]);
        using var workbook = SampleReport.Written(new ScoredYear(2024, new FrameworkIdentity("khung", "Khung", "1", ""), [group]), Language.Vietnamese);
        var sheet = workbook.Worksheets.First();

        var marked = SummaryRows(sheet).Where(r => r.Cell(1).Style.Fill.BackgroundColor == XLColor.FromHtml(SheetLayout.NearTieColour)).Select(r => r.Cell(2).GetString());

        Assert.That(marked, Is.EqualTo(new[] { "A", "B" }));
        Assert.That(sheet.CellsUsed().Any(c => c.GetString() == Sample.L("report.nearTie")), Is.True);
    }

    [Test]
    public void Write_WithSimulatedIntervals_SummaryGainsTheRankIntervalColumn()
    {
        var result = Sample.Result;
        var intervals = result.Groups.ToDictionary(g => g.Code,
            g => IndexScorer.Analysis.RankUncertainty.Of(g, new IndexScorer.Analysis.SimulationSettings(samples: 20, resampleSurvey: false), new IndexScorer.Diagnostics.DiagnosticBag()));
        using var workbook = SampleReport.Written(result, Language.Vietnamese, ReportWriter.MaxUnitSheets, intervals);
        var sheet = workbook.Worksheets.First();

        var column = Columns(sheet, HeaderRow(sheet))[Sample.L("analysis.col.interval")];

        // Every source off: each interval is the published rank, written as that rank.
        Assert.That(SummaryRows(sheet).Select(r => r.Cell(column).GetString()), Is.EqualTo(SummaryRows(sheet).Select(r => r.Cell(1).GetString())));
    }

    [Test]
    public void Write_Sample_TiedRanksAreSharedAndHighlighted()
    {
        using var workbook = Sample.Open();
        var sheet = workbook.Worksheet(Sample.L("report.sheet.summary", "PHONG"));
        var tied = SummaryRows(sheet).Where(r => r.Cell(1).Style.Fill.BackgroundColor == XLColor.FromHtml("#FFF2CC")).Select(r => r.Cell(1).GetDouble());

        Assert.That(tied, Is.EqualTo(new[] { 2.0, 2.0 }));
        Assert.That(sheet.CellsUsed().Any(c => c.GetString() == Sample.L("report.tie")), Is.True);
    }

    [Test]
    public void Write_Sample_SummaryIsInRankOrder()
    {
        using var workbook = Sample.Open();
        foreach (var group in Sample.Result.Groups)
        {
            var ranks = SummaryRows(workbook.Worksheet(Sample.L("report.sheet.summary", group.Code))).Select(r => r.Cell(1).GetDouble());
            Assert.That(ranks, Is.Ordered);
        }
    }

    [Test]
    public void Write_SampleNamingLastYear_LastYearsColumnsAreFilledForEveryOffice()
    {
        using var workbook = Sample.Open();
        var sheet = workbook.Worksheet(Sample.L("report.sheet.summary", "PHONG"));
        var columns = Columns(sheet, HeaderRow(sheet));
        var previous = new[] { columns[Sample.L("report.col.previousRank")], columns[Sample.L("report.col.previousIndex")] };

        Assert.That(SummaryRows(sheet).SelectMany(r => previous.Select(c => r.Cell(c))).All(c => c.DataType == XLDataType.Number), Is.True);
    }

    [Test]
    public void Build_WithoutLastYear_LastYearsColumnsAreLabelledAndEmpty()
    {
        using var workbook = SampleReport.Written(Sample.Result, Language.Vietnamese);
        var sheet = workbook.Worksheet(Sample.L("report.sheet.summary", "PHONG"));
        var columns = Columns(sheet, HeaderRow(sheet));
        var previous = new[] { columns[Sample.L("report.col.previousRank")], columns[Sample.L("report.col.previousIndex")] };

        Assert.That(SummaryRows(sheet).SelectMany(r => previous.Select(c => r.Cell(c))).All(c => c.IsEmpty()), Is.True);
    }

    [Test]
    public void Write_Sample_SummaryPrintsOnA4LandscapeOnePageWide()
    {
        using var workbook = Sample.Open();
        var setup = workbook.Worksheet(Sample.L("report.sheet.summary", "PHONG")).PageSetup;

        Assert.That((setup.PaperSize, setup.PageOrientation, setup.PagesWide), Is.EqualTo((XLPaperSize.A4Paper, XLPageOrientation.Landscape, 1)));
    }

    [Test]
    public void Write_Sample_HasTheAnalysisSheetsOfEveryGroupAndASheetPerUnit()
    {
        using var workbook = Sample.Open();
        var names = workbook.Worksheets.Select(s => s.Name).ToArray();
        var units = Sample.Result.Groups.Sum(g => g.Units.Count);

        foreach (var group in Sample.Result.Groups)
        {
            foreach (var key in new[] { "report.sheet.summary", "report.sheet.chart", "report.sheet.matrix", "report.sheet.criteria", "report.sheet.appraisal" })
                Assert.That(names, Does.Contain(Sample.L(key, group.Code)));
        }
        Assert.That(names, Has.Length.EqualTo(5 * Sample.Result.Groups.Count + units));
    }

    [Test]
    public void Write_Sample_FieldMatrixHasAColourScalePerColumn()
    {
        using var workbook = Sample.Open();
        var sheet = workbook.Worksheet(Sample.L("report.sheet.matrix", "PHONG"));

        Assert.That(sheet.ConditionalFormats.Count(f => f.ConditionalFormatType == XLConditionalFormatType.ColorScale),
            Is.EqualTo(Sample.Result.Groups[0].Fields.Count + 1));
    }

    [Test]
    public void Build_AppraisalSheet_ListsTheWorstOverClaimFirst()
    {
        using var workbook = Sample.Open();
        var sheet = workbook.Worksheet(Sample.L("report.sheet.appraisal", "PHONG"));
        var header = sheet.CellsUsed().First(c => c.GetString() == Sample.L("report.col.overClaimed")).Address;
        var overClaims = Enumerable.Range(header.RowNumber + 1, Sample.Result.Groups[0].Units.Count).Select(r => sheet.Cell(r, header.ColumnNumber).GetDouble()).ToArray();

        Assert.That(overClaims, Is.Ordered.Descending);
        Assert.That(overClaims[0], Is.GreaterThan(0));
    }

    [Test]
    public void Build_English_WritesEnglishSheetNames()
    {
        using var workbook = SampleReport.Written(Sample.Result, Language.English);

        Assert.That(workbook.Worksheets.Select(s => s.Name), Does.Contain("Summary PHONG").And.Contain("Appraisal PHUONG"));
    }

    [Test]
    public void Write_Sample_IsAValidSpreadsheetPackageForExcel()
    {
        // Excel repairs a file whose parts break the schema; the Open XML SDK's validator checks the same schema.
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Sample.Workbook, isEditable: false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010)
            .Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").Take(10).ToArray();

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Write_Sample_SummaryRepeatsItsHeaderRowAndNumbersItsPages()
    {
        using var workbook = Sample.Open();
        var summary = workbook.Worksheet(Sample.L("report.sheet.summary", "PHONG"));

        Assert.That(summary.Cell(HeaderRow(summary), 1).GetString(), Is.EqualTo(Sample.L("report.col.rank")));
        using var zip = System.IO.Compression.ZipFile.OpenRead(Sample.Workbook);
        using var sheetXml = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var footer = System.Xml.Linq.XDocument.Parse(sheetXml.ReadToEnd()).Descendants().Single(e => e.Name.LocalName == "oddFooter").Value;
        Assert.That(footer, Is.EqualTo("&C" + Sample.L("report.pageFooter", "&P", "&N")));
    }

    [Test]
    public void Write_WeightedFields_SummaryAndResultsCsvShowThemBesideThePlainPointsAndTheyReconcileToTheIndex()
    {
        var fields = new[]
        {
            new CriterionSummary(CriterionCode.Parse("1"), "Lĩnh vực 1", 10m, SectionKind.Scored, PointSource.SelfAssessment, true),
            new CriterionSummary(CriterionCode.Parse("2"), "Lĩnh vực 2", 90m, SectionKind.Scored, PointSource.SelfAssessment, true),
        };
        // Field 1: 2 of 10 points with weight 3; field 2: 60 of 90 with weight 1 (as the scorer computes them).
        decimal[] weighted = [100m * (3m * (2m / 10m)) / 4m, 100m * (1m * (60m / 90m)) / 4m];
        var index = 100m * (weighted.Sum() + 1m) / 100m;
        var unit = new ScoredUnit("A", "Phòng A", 1, false, null, index, 62m, 1m, 0m, 100m,
            [new CriterionResult(fields[0], 2m, null, null, null, 2m, 10m, false, "", "", "", ""), new CriterionResult(fields[1], 60m, null, null, null, 60m, 90m, false, "", "", "", "")])
        { WeightedFields = weighted };
        var year = new ScoredYear(2024, new FrameworkIdentity("khung", "Khung", "1", ""), [new ScoredGroup("PHONG", "Phòng", false, fields, [], [unit])]);

        using var workbook = SampleReport.Written(year, Language.Vietnamese);
        var sheet = workbook.Worksheets.First();
        var columns = Columns(sheet, HeaderRow(sheet));
        var row = sheet.Row(HeaderRow(sheet) + 1);
        double Cell(string key, params object[] args) => row.Cell(columns[Sample.L(key, args)]).GetDouble();

        Assert.That(Cell("report.col.field", "1"), Is.EqualTo(2d), "the plain points stay");
        Assert.That(Cell("report.col.weightedField", "1") + Cell("report.col.weightedField", "2") + Cell("report.col.bonus") - Cell("report.col.penalty"),
            Is.EqualTo(Cell("report.col.weightedTotal")).Within(1e-9));
        Assert.That(100 * Cell("report.col.weightedTotal") / Cell("report.col.max"), Is.EqualTo(Cell("report.col.index")).Within(1e-9));
        Assert.That(sheet.CellsUsed().Any(c => c.GetString() == Sample.L("report.weightedNote")), Is.True);

        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(stream, year);
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var csv = lines[0].Split(',').Zip(lines[1].Split(','))
            .Where(p => p.First != "band").ToDictionary(p => p.First, p => double.TryParse(p.Second, CultureInfo.InvariantCulture, out var n) ? n : double.NaN);
        Assert.That(csv["weighted_field_1"] + csv["weighted_field_2"] + csv["bonus"] - csv["penalty"], Is.EqualTo(csv["weighted_total"]).Within(1e-9));
        Assert.That(100 * csv["weighted_total"] / csv["max_in_use"], Is.EqualTo(csv["index_percent"]).Within(1e-9));

        using var temp = new TempFolder();
        IndexScorer.IO.Results.ResultsJsonWriter.Write(temp.File("results.json"), year);
        var diagnostics = new IndexScorer.Diagnostics.DiagnosticBag();
        var read = IndexScorer.IO.Results.ResultsJsonReader.Read(temp.File("results.json"), "results.json", diagnostics);
        Assert.That(read?.Groups[0].Units[0].WeightedFields, Is.EqualTo(weighted), string.Join("\n", diagnostics.Items.Select(d => d.Code)));
    }
}
