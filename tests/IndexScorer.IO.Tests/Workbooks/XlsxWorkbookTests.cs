using ClosedXML.Excel;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Workbooks;

namespace IndexScorer.IO.Tests.Workbooks;

/// <summary>The streaming reader sees every cell as ClosedXML does (value text, formulas by their stored result), plus the number format.</summary>
[TestFixture]
public sealed class XlsxWorkbookTests
{
    private static IEnumerable<string> SampleForms() =>
        Directory.GetFiles(Path.Combine(Repo.SampleCampaign, "forms"), "*.xlsx").Order(StringComparer.Ordinal).Take(6);

    [TestCaseSource(nameof(SampleForms))]
    public void Sheet_SampleForm_EveryCellAsClosedXmlReadsIt(string path)
    {
        var diagnostics = new DiagnosticBag();
        using var streaming = XlsxWorkbook.Open(path, Path.GetFileName(path), diagnostics) ?? throw new AssertionException(string.Join("\n", diagnostics.Items.Show()));
        using var workbook = new XLWorkbook(path);

        Assert.That(streaming.SheetNames, Is.EqualTo(workbook.Worksheets.Select(s => s.Name)));
        foreach (var expected in workbook.Worksheets)
        {
            var sheet = streaming.Sheet(expected.Name, diagnostics) ?? throw new AssertionException(string.Join("\n", diagnostics.Items.Show()));
            var used = expected.RangeUsed()!;
            for (var r = 1; r <= used.LastRow().RowNumber(); r++)
            {
                for (var c = 1; c <= used.LastColumn().ColumnNumber(); c++)
                {
                    var cell = expected.Cell(r, c);
                    Assert.That(sheet[r, c].Text, Is.EqualTo(ClosedXmlText(cell)), $"{expected.Name}!{cell.Address}");
                    Assert.That(sheet[r, c].HasFormula, Is.EqualTo(cell.HasFormula), $"{expected.Name}!{cell.Address}");
                }
            }
        }
        Assert.That(diagnostics.Items, Is.Empty);
    }

    /// <summary>A cell's value as ClosedXML reads it (a formula by its stored result), written as the engine reads numbers, dates and flags.</summary>
    private static string ClosedXmlText(IXLCell cell) => (cell.HasFormula ? cell.CachedValue : cell.Value) switch
    {
        null => string.Empty,
        double d => CellValues.Number(d),
        bool b => b ? "TRUE" : "FALSE",
        DateTime t => t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        var value => value.ToString() ?? string.Empty,
    };

    [Test]
    public void Sheet_ValuesOfEveryKind_ReadAsTheEngineExpects()
    {
        using var temp = new TempFolder();
        var path = temp.File("kinds.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Tự đánh giá");
            sheet.Cell("A1").SetValue(87.5);
            sheet.Cell("A2").SetValue(0.875).Style.NumberFormat.Format = "0.0%";
            sheet.Cell("A3").SetValue(new DateTime(2024, 10, 8));
            sheet.Cell("A4").SetValue(1e30);
            sheet.Cell("A5").SetValue(true);
            sheet.Cell("A6").SetValue("  Có ");
            sheet.Cell("A7").FormulaA1 = "1+1";
            sheet.Cell("A8").SetValue(-3);
            sheet.Cell("A9").SetValue(0.1);
            sheet.Cell("C1000").SetValue("xa");
            workbook.SaveAs(path, new SaveOptions { EvaluateFormulasBeforeSaving = true });
        }
        var diagnostics = new DiagnosticBag();
        using var streaming = XlsxWorkbook.Open(path, "kinds.xlsx", diagnostics)!;
        var cells = streaming.Sheet("tự đánh giá", diagnostics)!;

        Assert.That(Enumerable.Range(1, 9).Select(r => cells[r, 1].Text),
            Is.EqualTo(new[] { "87.5", "0.875", "2024-10-08", "1E+30", "TRUE", "  Có ", "2", "-3", "0.1" }));
        Assert.That(cells[2, 1].IsPercentFormat, Is.True);
        Assert.That(cells[1, 1].IsPercentFormat, Is.False);
        Assert.That(cells[7, 1].HasFormula, Is.True);
        Assert.That(cells[1000, 3].Text, Is.EqualTo("xa"));
        Assert.That(cells[10, 1], Is.EqualTo(XlsxCell.Blank));
    }

    [Test]
    public void Sheet_CachedErrorOfAFormula_ReadAsTheErrorText()
    {
        using var temp = new TempFolder();
        var path = temp.File("error.xlsx");
        using (var workbook = new XLWorkbook())
        {
            workbook.AddWorksheet("S").Cell("B2").SetValue(1);
            workbook.SaveAs(path);
        }
        XlsxPatch.SetCachedError(path, "S", "B2", "1/0", "#DIV/0!");
        var diagnostics = new DiagnosticBag();

        using var streaming = XlsxWorkbook.Open(path, "error.xlsx", diagnostics)!;

        Assert.That(streaming.Sheet("S", diagnostics)![2, 2], Is.EqualTo(new XlsxCell("#DIV/0!", "General", true)));
    }

    [Test]
    public void Sheet_Missing_NamesTheSheetsThereAre()
    {
        var path = SampleForms().First();
        var diagnostics = new DiagnosticBag();
        using var streaming = XlsxWorkbook.Open(path, "PB01.xlsx", diagnostics)!;

        Assert.That(streaming.Sheet("Khung", diagnostics), Is.Null);
        Assert.That(diagnostics.Items.Single().Show().ToString(), Does.StartWith("PB01.xlsx: không có sheet 'Khung'; các sheet có: Tự đánh giá"));
    }
}
