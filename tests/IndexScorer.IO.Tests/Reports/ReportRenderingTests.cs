namespace IndexScorer.IO.Tests.Reports;

/// <summary>
/// The report as people see it. The LibreOffice test also leaves a picture of the summary's first page at
/// <c>$TMPDIR/report-page1.png</c> (LibreOffice → PDF → pdftoppm) for a human to look at.
/// </summary>
public class ReportRenderingTests
{
    private const string LibreOfficeInstall = "apt-get install -y --no-install-recommends libreoffice-calc poppler-utils fonts-dejavu-core";
    private const string ChromiumInstall = "apt-get install -y chromium";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Test]
    [Category("LibreOffice")]
    public void Write_Sample_OpensInLibreOfficeAndPrintsToPdf()
    {
        var soffice = ExternalTool.Require(LibreOfficeInstall, failInCi: true, "soffice", "libreoffice");
        var folder = SampleReport.NewTempFolder("report-pdf");
        var (exitCode, output) = ExternalTool.Run(soffice, folder, Timeout,
            $"-env:UserInstallation=file://{Path.Combine(folder, "profile")}", "--headless", "--convert-to", "pdf", "--outdir", folder,
            SampleReport.Vietnamese.Workbook);
        var pdf = Path.Combine(folder, "report.pdf");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(File.Exists(pdf) ? new FileInfo(pdf).Length : 0, Is.GreaterThan(10_000), output);

        if (ExternalTool.Find("pdftoppm") is not { } pdftoppm) return;
        var page = Path.Combine(Path.GetTempPath(), "report-page1");
        var (pngExit, pngOutput) = ExternalTool.Run(pdftoppm, folder, Timeout, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, page);
        Assert.That((pngExit, new FileInfo(page + ".png").Length > 10_000), Is.EqualTo((0, true)), pngOutput);
        TestContext.AddTestAttachment(page + ".png", "The summary's first page");
    }

    [Test]
    [Category("Chromium")]
    public void WriteHtml_Sample_RendersInHeadlessChromium()
    {
        var chromium = ExternalTool.Require(ChromiumInstall, failInCi: false, "chromium", "chromium-browser", "google-chrome");
        var folder = SampleReport.NewTempFolder("report-html");
        var png = Path.Combine(folder, "report-html.png");
        var (exitCode, output) = ExternalTool.Run(chromium, folder, Timeout,
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
            "--disable-sync", $"--user-data-dir={Path.Combine(folder, "profile")}", $"--screenshot={png}", "--window-size=1400,1000",
            new Uri(SampleReport.Vietnamese.Html).AbsoluteUri);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(File.Exists(png) ? new FileInfo(png).Length : 0, Is.GreaterThan(20_000), output);
        TestContext.AddTestAttachment(png, "report.html in Chromium");
    }
}
