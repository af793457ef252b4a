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

    [Test]
    public void Write_SampleWithItsForm_OpensWithIssuerHeadingAndDecisionAndClosesWithSignatures()
    {
        var html = System.Net.WebUtility.HtmlDecode(Html);

        var order = new[]
        {
            "<b>UBND QUẬN MINH HỌA</b>", "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>", "<b><u>Độc lập - Tự do - Hạnh phúc</u></b>", "<div class=\"title\">\n<h1>",
            "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15 tháng 01 năm 2025 của Ủy ban nhân dân quận Minh Họa)", "<table class=\"bars\">",
            "Minh Họa, ngày 15 tháng 01 năm 2025", "Trần Thị Mẫu", "TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH", "Lê Văn Mẫu",
        }.Select(part => html.IndexOf(part, StringComparison.Ordinal)).ToArray();

        Assert.That(order, Has.None.EqualTo(-1).And.Ordered);
    }

    [Test]
    public void Build_NoForm_HasNeitherHeadingNorSignatures()
    {
        var html = HtmlReportWriter.Build(SampleReport.Vietnamese.Result, Language.Vietnamese);

        Assert.That(html, Does.Contain("<h1>").And.Not.Contain("CỘNG HÒA").And.Not.Contain("class=\"signers\""));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
