using IndexScorer.Diagnostics;
using IndexScorer.IO.Campaigns;
using IndexScorer.IO.Reports;
using IndexScorer.Tests;

namespace IndexScorer.IO.Tests.Campaigns;

public class ReportSettingsTests
{
    private static (CampaignSettings? Settings, List<ShownDiagnostic> Problems) Read(string report)
    {
        using var temp = new TempFolder();
        var path = temp.File("campaign.json");
        File.WriteAllText(path, $$"""{ "year": 2024, "framework": "hanoi-quan-2024", "report": {{report}} }""");
        var diagnostics = new DiagnosticBag();
        var settings = CampaignSettings.Read(path, "campaign.json", diagnostics);
        return (settings, diagnostics.Items.Show().ToList());
    }

    [Test]
    public void Read_NoReportEntry_GivesNoOfficialForm()
    {
        using var temp = new TempFolder();
        var path = temp.File("campaign.json");
        File.WriteAllText(path, """{ "year": 2024, "framework": "hanoi-quan-2024" }""");

        var settings = CampaignSettings.Read(path, "campaign.json", new DiagnosticBag());

        Assert.That(settings!.Report, Is.SameAs(OfficialForm.None));
        Assert.That((settings.Report.HasHeading, settings.Report.HasSignatures, settings.Report.GroupByBand), Is.EqualTo((false, false, false)));
    }

    [Test]
    public void Read_EveryField_ReadsThemAll()
    {
        var (settings, problems) = Read("""
            {
              "issuer": ["UBND TỈNH MINH HỌA", "SỞ NỘI VỤ"],
              "decision": { "number": "123/QĐ-UBND", "date": "2025-01-15", "by": "Ủy ban nhân dân tỉnh Minh Họa" },
              "place": "Minh Họa",
              "date": "2025-01-20",
              "signers": [ { "title": "NGƯỜI LẬP BIỂU", "name": "Trần Thị Mẫu" }, { "title": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] } ],
              "groupByBand": true
            }
            """);

        Assert.That(problems, Is.Empty);
        var form = settings!.Report;
        Assert.That(form.Issuer, Is.EqualTo(new[] { "UBND TỈNH MINH HỌA", "SỞ NỘI VỤ" }));
        Assert.That(form.NationalHeading, Is.Null, "an issuer brings the standard national heading");
        Assert.That(form.Decision, Is.EqualTo(new AttachedDecision("123/QĐ-UBND", new DateOnly(2025, 1, 15), "Ủy ban nhân dân tỉnh Minh Họa")));
        Assert.That((form.Place, form.Date, form.GroupByBand), Is.EqualTo(("Minh Họa", (DateOnly?)new DateOnly(2025, 1, 20), true)));
        Assert.That(form.Signers.Select(s => (string.Join("/", s.Title), s.Name)),
            Is.EqualTo(new[] { ("NGƯỜI LẬP BIỂU", (string?)"Trần Thị Mẫu"), ("KT. GIÁM ĐỐC/PHÓ GIÁM ĐỐC", null) }));
    }

    [TestCase("""{ "issuer": "UBND QUẬN MINH HỌA" }""", true)]
    [TestCase("""{ "issuer": "UBND QUẬN MINH HỌA", "nationalHeading": false }""", false)]
    [TestCase("""{ "place": "Minh Họa" }""", false)]
    [TestCase("""{ "place": "Minh Họa", "nationalHeading": true }""", true)]
    [TestCase("""{ "issuer": "UBND QUẬN MINH HỌA", "nationalHeading": null }""", true)]
    public void Read_NationalHeading_ShownWithAnIssuerUnlessTurnedOff(string report, bool standardHeading)
    {
        var (settings, problems) = Read(report);

        Assert.That(problems, Is.Empty);
        Assert.That(settings!.Report.NationalHeading is null, Is.EqualTo(standardHeading));
    }

    [Test]
    public void Read_NationalHeadingOfTwoLines_KeepsThem()
    {
        var (settings, _) = Read("""{ "nationalHeading": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"] }""");

        Assert.That(settings!.Report.NationalHeading, Has.Count.EqualTo(2));
        Assert.That(settings.Report.HasHeading, Is.True);
    }

    [TestCase("\"UBND\"", "report", "phải là một đối tượng JSON", "tìm thấy \"UBND\"")]
    [TestCase("""{ "isuer": "UBND" }""", "report.isuer", "mục lạ \"report.isuer\" (gõ nhầm?); các mục có thể dùng: issuer, nationalHeading", "")]
    [TestCase("""{ "issuer": 5 }""", "report.issuer", "phải là một chuỗi, hoặc danh sách 1 đến 3 chuỗi", "tìm thấy 5")]
    [TestCase("""{ "issuer": [] }""", "report.issuer", "danh sách 1 đến 3 chuỗi", "tìm thấy []")]
    [TestCase("""{ "issuer": ["A", "B", "C", "D"] }""", "report.issuer", "danh sách 1 đến 3 chuỗi", "tìm thấy [\"A\", \"B\", \"C\", \"D\"]")]
    [TestCase("""{ "issuer": ["UBND", " "] }""", "report.issuer", "danh sách 1 đến 3 chuỗi", "tìm thấy [\"UBND\", \" \"]")]
    [TestCase("""{ "nationalHeading": "CỘNG HÒA" }""", "report.nationalHeading", "true (quốc hiệu, tiêu ngữ chuẩn), false (không in) hoặc danh sách đúng 2 chuỗi", "tìm thấy \"CỘNG HÒA\"")]
    [TestCase("""{ "decision": "123/QĐ-UBND" }""", "report.decision", "phải là một đối tượng JSON", "tìm thấy \"123/QĐ-UBND\"")]
    [TestCase("""{ "decision": { "date": "2025-01-15" } }""", "report.decision.number", "số quyết định dạng chuỗi", "tìm thấy không có mục này")]
    [TestCase("""{ "decision": { "number": "123/QĐ-UBND" } }""", "report.decision.date", "một ngày viết năm-tháng-ngày", "tìm thấy không có mục này")]
    [TestCase("""{ "decision": { "number": "123/QĐ-UBND", "date": "15/01/2025" } }""", "report.decision.date", "ví dụ \"2025-01-15\"", "tìm thấy \"15/01/2025\"")]
    [TestCase("""{ "decision": { "number": "123/QĐ-UBND", "date": "2025-02-30" } }""", "report.decision.date", "năm-tháng-ngày", "tìm thấy \"2025-02-30\"")]
    [TestCase("""{ "decision": { "number": 123, "date": "2025-01-15" } }""", "report.decision.number", "số quyết định dạng chuỗi", "tìm thấy 123")]
    [TestCase("""{ "decision": { "number": "1", "date": "2025-01-15", "signed": "x" } }""", "report.decision.signed", "mục lạ \"report.decision.signed\"", "number, date, by")]
    [TestCase("""{ "place": "" }""", "report.place", "một chuỗi không rỗng", "tìm thấy \"\"")]
    [TestCase("""{ "date": 2025 }""", "report.date", "năm-tháng-ngày", "tìm thấy 2025")]
    [TestCase("""{ "signers": { "title": "CHỦ TỊCH" } }""", "report.signers", "danh sách 1 đến 3 khối chữ ký", "tìm thấy {")]
    [TestCase("""{ "signers": [] }""", "report.signers", "danh sách 1 đến 3 khối chữ ký", "tìm thấy []")]
    [TestCase("""{ "signers": [{"title": "A"}, {"title": "B"}, {"title": "C"}, {"title": "D"}] }""", "report.signers", "danh sách 1 đến 3 khối chữ ký", "tìm thấy [")]
    [TestCase("""{ "signers": [ { "title": "CHỦ TỊCH" }, { "name": "Lê Văn Mẫu" } ] }""", "report.signers[2].title", "danh sách 1 đến 3 chuỗi", "tìm thấy không có mục này")]
    [TestCase("""{ "signers": [ { "title": "CHỦ TỊCH", "name": null, "seal": true } ] }""", "report.signers[1].seal", "mục lạ \"report.signers[1].seal\"", "title, name")]
    [TestCase("""{ "signers": [ "CHỦ TỊCH" ] }""", "report.signers[1]", "phải là một đối tượng JSON", "tìm thấy \"CHỦ TỊCH\"")]
    [TestCase("""{ "groupByBand": "yes" }""", "report.groupByBand", "true hoặc false (không có ngoặc kép)", "tìm thấy \"yes\"")]
    public void Read_WrongField_RefusedNamingTheFieldWhatWasExpectedAndWhatWasFound(string report, string field, string expected, string found)
    {
        var (settings, problems) = Read(report);

        Assert.That(settings, Is.Null);
        Assert.That(problems, Has.Count.EqualTo(1), string.Join("\n", problems));
        var problem = problems[0];
        Assert.That(problem.Location, Is.EqualTo(new SourceLocation("campaign.json", Cell: field)));
        Assert.That(problem.ToString(), Does.StartWith($"campaign.json › {field}: ").And.Contain(expected).And.Contain(found));
    }

    [Test]
    public void Read_SeveralWrongFields_ReportsEveryOneAtOnce()
    {
        var (_, problems) = Read("""{ "issuer": 1, "date": "hôm nay", "signers": [ { "title": 2 } ], "groupByBand": 0 }""");

        Assert.That(problems.Select(p => p.Location!.Cell), Is.EqualTo(new[] { "report.issuer", "report.date", "report.signers[1].title", "report.groupByBand" }));
    }

    [Test]
    public void Read_WrongField_EnglishTextHasNoVietnameseLetters()
    {
        foreach (var code in Enumerable.Range(18, 8).Select(n => $"CF0{n}"))
        {
            var english = IoMessages.Catalog[code].En;
            Assert.That(english, Does.Not.Match("[À-ỹĐđ]"), code);
        }
    }
}
