using System.Diagnostics;

namespace IndexScorer.Cli.Tests;

[Category("LibreOffice")]
public sealed class ReportInLibreOfficeTests
{
    [Test]
    public void Score_SampleReport_ConvertsToCsvInLibreOfficeWithoutError()
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/local/bin/soffice" }.FirstOrDefault(File.Exists);
        if (soffice is null)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail("LibreOffice is missing: .ci/run must install libreoffice-calc.");
            Assert.Ignore("LibreOffice is not installed: apt-get install -y --no-install-recommends libreoffice-calc");
        }
        var output = Repo.TempFolder();
        Assert.That(Cli.Run("score", Repo.Sample2024, "--out", output).ExitCode, Is.EqualTo(CommandLine.Ok));

        var start = new ProcessStartInfo(soffice!)
        {
            WorkingDirectory = output,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
                 {
                     $"-env:UserInstallation=file://{Path.Combine(output, "profile")}", "--headless", "--convert-to",
                     "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", output, "report.xlsx",
                 })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, "LibreOffice did not finish");

        Assert.That(process.ExitCode, Is.Zero, log);
        var sheets = Directory.GetFiles(output, "report-*.csv");
        Assert.That(sheets, Is.Not.Empty, log);
        var text = string.Concat(sheets.Select(File.ReadAllText));
        Assert.That(text, Does.Contain("Phòng Nội vụ").And.Contain("Phường Phúc Diễn Mới"), "diacritics survive LibreOffice");
    }
}
