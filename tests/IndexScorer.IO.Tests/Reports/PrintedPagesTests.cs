using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using IndexScorer.IO.Forms;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests.Reports;

/// <summary>
/// What comes out of the printer: the sample's report.xlsx and a filled unit form printed to PDF by LibreOffice (one call,
/// the report's first <see cref="ReportPages"/> pages), read back with pdftotext. Header rows repeated on the pages after
/// the first, page numbers, and the form's text size measured on the page against a reference workbook printed at 100 %.
/// Pictures of the pages checked are left in <c>$TMPDIR/printed-*.png</c> for a person to look at.
/// </summary>
[Category("LibreOffice")]
public sealed partial class PrintedPagesTests
{
    private const string Install = "apt-get install -y --no-install-recommends libreoffice-calc poppler-utils fonts-dejavu-core";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    /// <summary>Enough pages of report.xlsx to reach the second page of the first unit's sheet (the layout grows; the cost is per page).</summary>
    private const int ReportPages = 24;

    /// <summary>The size of the reference text and of the form's body text, in points, as written in the workbooks.</summary>
    private const double BodyPoints = 11;

    private string _folder = null!;
    private Printed _report = null!;
    private Printed _form = null!;
    private double _referenceHeight;

    [OneTimeSetUp]
    public void PrintToPdf()
    {
        var soffice = ExternalTool.Require(Install, failInCi: true, "soffice", "libreoffice");
        var pdftotext = ExternalTool.Require(Install, failInCi: true, "pdftotext");
        _folder = SampleReport.NewTempFolder("printed");
        var report = Path.Combine(_folder, "report.xlsx");
        File.Copy(SampleReport.Vietnamese.Workbook, report);
        var form = Path.Combine(_folder, "PB01-2024.xlsx");
        using (var filled = FormFiller.Valid(Repo.Framework, "PHONG", "PB01", "Văn phòng HĐND và UBND quận")) filled.Save(form);
        var reference = Path.Combine(_folder, "reference.xlsx");
        using (var workbook = new XLWorkbook())
        {
            // Same default font as the form (Calibri 11, whatever LibreOffice substitutes), printed at 100 %.
            var sheet = workbook.AddWorksheet("Mẫu");
            sheet.Cell(1, 1).SetValue("Chữ mẫu cỡ 11 điểm, in ở tỷ lệ 100%");
            sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
            workbook.SaveAs(reference);
        }

        var pageRange = $$$"""pdf:calc_pdf_Export:{"PageRange":{"type":"string","value":"1-{{{ReportPages}}}"}}""";
        var (exitCode, output) = ExternalTool.Run(soffice, _folder, Timeout,
            $"-env:UserInstallation=file://{Path.Combine(_folder, "profile")}", "--headless", "--convert-to", pageRange, "--outdir", _folder,
            report, form, reference);
        Assert.That((exitCode, File.Exists(Path.ChangeExtension(report, ".pdf")), File.Exists(Path.ChangeExtension(form, ".pdf"))),
            Is.EqualTo((0, true, true)), output);

        _report = Printed.Read(pdftotext, report);
        _form = Printed.Read(pdftotext, form);
        _referenceHeight = Printed.Read(pdftotext, reference).WordHeights(1).Max();
    }

    [Test]
    public void Report_ASheetRunningOverAPage_RepeatsItsHeaderRowOnTheNextPage()
    {
        var page = _report.FirstContinuationPage();

        Assert.That(page, Is.Not.Null, "no page after a sheet's first one starts with that sheet's header row");
        TestContext.Out.WriteLine($"report.pdf page {page}: header row repeated");
        Picture(_report, page!.Value, "printed-report-continued");
    }

    [Test]
    public void Report_EveryPage_CarriesItsNumberAndTheNumberOfPages()
    {
        var unnumbered = Enumerable.Range(1, _report.Pages.Count).Where(p => !_report.Pages[p - 1].Contains($"Trang {p}/", StringComparison.Ordinal));

        Assert.That(unnumbered, Is.Empty, "pages without 'Trang n/…' in the footer");
    }

    [Test]
    public void Form_PageTwo_RepeatsTheHeaderRowAndIsNumbered()
    {
        Assert.That(_form.Pages, Has.Count.GreaterThan(1), "the sample unit's form runs over several pages");
        Assert.That(_form.HeaderRepeatedOn(2), Is.True, "page 2:\n" + _form.Pages[1]);
        Assert.That(_form.Pages[1], Does.Contain($"Trang 2/{_form.Pages.Count}"));
        Picture(_form, 1, "printed-form-page1");
        Picture(_form, 2, "printed-form-page2");
    }

    /// <summary>
    /// pdftotext's word boxes are as tall as the font's ascent plus descent at the printed size: the smallest word of page 2
    /// against a word of the reference printed at 100 % gives the smallest printed size in points.
    /// </summary>
    [Test]
    public void Form_BodyText_PrintsAtEightPointsOrMore()
    {
        var smallest = _form.WordHeights(2).Min();
        var points = BodyPoints * smallest / _referenceHeight;

        TestContext.Out.WriteLine($"form page 2: smallest word {smallest:0.00} pt tall, reference {_referenceHeight:0.00} → {points:0.0} pt printed");
        Assert.That(points, Is.GreaterThanOrEqualTo(8.0));
    }

    private void Picture(Printed printed, int page, string name)
    {
        if (ExternalTool.Find("pdftoppm") is not { } pdftoppm) return;
        var png = Path.Combine(Path.GetTempPath(), name);
        var (exitCode, output) = ExternalTool.Run(pdftoppm, _folder, Timeout, "-png", "-r", "80", "-f", $"{page}", "-l", $"{page}", "-singlefile", printed.Pdf, png);
        Assert.That(exitCode, Is.Zero, output);
        TestContext.AddTestAttachment(png + ".png", $"{Path.GetFileName(printed.Pdf)} page {page}");
    }

    /// <summary>A workbook printed to PDF: its pages as text, the header rows each sheet repeats, and each sheet's title.</summary>
    private sealed class Printed
    {
        private readonly string _pdftotext;
        private readonly IReadOnlyList<(HashSet<string> Header, string Title)> _sheets;

        private Printed(string pdftotext, string pdf, IReadOnlyList<string> pages, IReadOnlyList<(HashSet<string>, string)> sheets)
        {
            _pdftotext = pdftotext;
            Pdf = pdf;
            Pages = pages;
            _sheets = sheets;
        }

        public string Pdf { get; }

        public IReadOnlyList<string> Pages { get; }

        public static Printed Read(string pdftotext, string workbook)
        {
            var pdf = Path.ChangeExtension(workbook, ".pdf");
            var (exitCode, text) = ExternalTool.Run(pdftotext, Path.GetDirectoryName(pdf)!, Timeout, "-layout", pdf, "-");
            Assert.That(exitCode, Is.Zero, text);
            var pages = text.Split('\f').SkipLast(1).ToList();
            using var book = new XLWorkbook(workbook);
            var sheets = PrintSettings.Of(workbook).Where(s => s.PrintTitles is not null).Select(s =>
            {
                var rows = RepeatedRows().Match(s.PrintTitles!);
                var sheet = book.Worksheet(s.Sheet);
                var header = sheet.Rows(int.Parse(rows.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(rows.Groups[2].Value, CultureInfo.InvariantCulture))
                    .SelectMany(r => r.CellsUsed()).SelectMany(c => Words(c.GetString())).ToHashSet();
                return (header, Normalised(sheet.Cell(1, 1).GetString()));
            }).ToList();
            return new Printed(pdftotext, pdf, pages, sheets);
        }

        /// <summary>True when the first lines of page <paramref name="page"/> hold every word of a sheet's repeated header rows.</summary>
        public bool HeaderRepeatedOn(int page)
        {
            var top = Pages[page - 1].Split('\n').Where(l => l.Trim().Length > 0).Take(TopLines).SelectMany(Words).ToHashSet();
            return _sheets.Any(s => s.Header.Count > 0 && s.Header.IsSubsetOf(top));
        }

        /// <summary>The first page that is not a sheet's first (no sheet's title on it) and starts with a sheet's header rows.</summary>
        public int? FirstContinuationPage() =>
            Enumerable.Range(2, Math.Max(0, Pages.Count - 1))
                .Where(p => !_sheets.Any(s => s.Title.Length > 0 && Normalised(Pages[p - 1]).Contains(s.Title, StringComparison.Ordinal)))
                .Where(HeaderRepeatedOn)
                .Select(p => (int?)p)
                .FirstOrDefault();

        /// <summary>The height of every word box of page <paramref name="page"/>, in points.</summary>
        public IReadOnlyList<double> WordHeights(int page)
        {
            var (exitCode, xml) = ExternalTool.Run(_pdftotext, Path.GetDirectoryName(Pdf)!, Timeout, "-bbox", "-f", $"{page}", "-l", $"{page}", Pdf, "-");
            Assert.That(exitCode, Is.Zero, xml);
            var heights = WordBox().Matches(xml)
                .Select(m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) - double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
                .ToList();
            Assert.That(heights, Is.Not.Empty, $"no words on page {page} of {Pdf}");
            return heights;
        }

        // Header cells wrap over up to four lines; a title row or two may stand above them.
        private const int TopLines = 8;

        private static IEnumerable<string> Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

        private static string Normalised(string text) => string.Join(' ', Words(text));
    }

    [GeneratedRegex(@"!\$(\d+):\$(\d+)$")]
    private static partial Regex RepeatedRows();

    [GeneratedRegex(@"<word xMin=""[\d.]+"" yMin=""([\d.]+)"" xMax=""[\d.]+"" yMax=""([\d.]+)"">")]
    private static partial Regex WordBox();
}
