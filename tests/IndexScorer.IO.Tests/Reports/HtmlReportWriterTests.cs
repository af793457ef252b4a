using IndexScorer.IO.Reports;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests.Reports;

public class HtmlReportWriterTests
{
    private static string Html => File.ReadAllText(SampleReport.Vietnamese.Html);

    [Test]
    public void Write_Sample_IsSelfContained()
    {
        Assert.That(Html, Does.Not.Contain("<script").And.Not.Contain("<link").And.Not.Contain("src=").And.Not.Contain("url(").And.Not.Contain("http"));
    }

    [Test]
    public void Write_Sample_HasARankingAndAHeatMapPerGroup()
    {
        var html = Html;
        var sample = SampleReport.Vietnamese;

        Assert.That(CountOf(html, "<table class=\"bars\">"), Is.EqualTo(sample.Result.Groups.Count));
        Assert.That(CountOf(html, "<table class=\"heat\">"), Is.EqualTo(sample.Result.Groups.Count));
    }

    [Test]
    public void Write_Sample_NamesEveryUnitTwice()
    {
        var html = Html;

        foreach (var unit in SampleReport.Vietnamese.Result.Groups.SelectMany(g => g.Units))
            Assert.That(CountOf(html, $"<td>{System.Net.WebUtility.HtmlEncode(unit.Name)}</td>"), Is.EqualTo(2), unit.Name);
    }

    [Test]
    public void Build_Vietnamese_ShowsNumbersWithADecimalComma()
    {
        var top = SampleReport.Vietnamese.Result.Groups[0].Units[0].IndexPercent;

        Assert.That(HtmlReportWriter.Build(SampleReport.Vietnamese.Result, Language.Vietnamese), Does.Contain(Math.Round(top, 2).ToString("0.00", new System.Globalization.CultureInfo("vi-VN"))));
    }

    [Test]
    public void Build_English_DeclaresEnglish()
    {
        Assert.That(HtmlReportWriter.Build(SampleReport.Vietnamese.Result, Language.English), Does.Contain("<html lang=\"en\">"));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
