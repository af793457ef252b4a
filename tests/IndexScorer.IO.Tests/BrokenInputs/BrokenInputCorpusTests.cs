using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Forms;
using IndexScorer.IO.Workbooks;
using static IndexScorer.IO.Forms.FormColumns;

namespace IndexScorer.IO.Tests.BrokenInputs;

/// <summary>
/// The broken-input corpus: each case breaks one thing in a valid campaign, generated here, and
/// <c>validate</c> must report exactly that, at the right file, sheet and cell, without crashing and
/// without changing any input file.
/// </summary>
[TestFixture]
public sealed class BrokenInputCorpusTests
{
    private const string Form = "PH01";
    private const string Sheet = "Tự đánh giá";
    private const string WardSheet = "TC-PHUONG";
    private static string FormFile => TestCampaign.FormFile(Form);
    private static string RosterCell(int line) => $"roster.csv › dòng {line}, Mã đơn vị";
    private static int TotalRow => FormLayout.For(Repo.Framework.FindGroup(TestCampaign.Group)!).Total.Number;
    private const string SurveyHeader = "Mã đơn vị,Mã tiêu chí,Phương án,Số phiếu\n";

    /// <summary>Every case; the corpus must hold at least 30.</summary>
    public static IEnumerable<BrokenInput> Corpus()
    {
        // Files that are not what they claim (the form of PH01 is replaced, so PH01 also has no form: CP005).
        yield return FileCase("legacy .xls (CFB header)", LegacyXls(), "IO003", "tệp Excel đời cũ (.xls)");
        yield return FileCase("password-encrypted workbook", Encrypted(), "IO004", "đặt mật khẩu");
        yield return FileCase("CSV renamed .xlsx", Encoding.UTF8.GetBytes("Mã đơn vị,Tên đơn vị\nPH01,Phường Phúc Diễn\n"), "IO005", "văn bản (CSV) đổi đuôi");
        yield return FileCase("empty file", [], "IO002", "tệp rỗng (0 byte)");
        yield return FileCase("PNG renamed .xlsx", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "IO006", "không phải bảng tính .xlsx hợp lệ");
        yield return FileCase("zip that is not an xlsx", Zip(("ghi-chu.txt", Encoding.UTF8.GetBytes("không phải bảng tính"))), "IO006", "không phải bảng tính .xlsx hợp lệ");
        yield return new BrokenInput("truncated xlsx (first half)", c => Truncate(c.FormPath(Form)), "IO008", _ => FormFile, "bị hỏng hoặc không trọn vẹn", "CP005");
        yield return new BrokenInput("xlsx with damaged workbook.xml", c => ReplaceEntry(c.FormPath(Form), "xl/workbook.xml", "<workbook"), "IO008",
            _ => FormFile, "bị hỏng hoặc không trọn vẹn", "CP005");
        yield return new BrokenInput("zip bomb (decompresses past the limit)", c => File.WriteAllBytes(c.FormPath(Form), ZipBomb()), "IO007",
            _ => FormFile, $"vượt giới hạn {SafeWorkbook.MaxUncompressedBytes / (1024 * 1024)} MB", "CP005");
        yield return EditCase("self-assessment sheet renamed", f => f.Sheet.Name = "Sheet1", "IO009", _ => FormFile,
            "không có sheet 'Tự đánh giá'; các sheet có: Sheet1", "CP005");

        // Form identity and layout.
        yield return EditCase("form without _meta", f => f.Workbook.Worksheet(FormMetadata.SheetTitle).Delete(), "FM001", _ => FormFile,
            "không phải biểu mẫu tự đánh giá do IndexScorer tạo", "CP005");
        yield return EditCase("form of another year", f => Meta(f, "year", "2023"), "FM002", _ => FormFile,
            "khung 'hanoi-quan-2024' năm 2023, nhưng đợt đánh giá dùng khung 'hanoi-quan-2024' năm 2024", "CP005");
        yield return EditCase("form of another framework", f => Meta(f, "framework_id", "hanoi-xa-2024"), "FM002", _ => FormFile,
            "lập theo khung 'hanoi-xa-2024'", "CP005");
        yield return EditCase("form of an unknown group", f => Meta(f, "group", "XA"), "FM003", _ => FormFile, "nhóm 'XA'", "CP005");
        yield return EditCase("form of another framework version", f => Meta(f, "fingerprint", "0123456789ab"), "FM004", _ => FormFile,
            "phiên bản khung khác", "CP005");
        yield return EditCase("criterion title edited", f => f.LeafCell("2.2", Title).SetValue("Tuyên truyền pháp luật"), "FM005",
            _ => TestCampaign.At(Form, "2.2", Title), "đã bị sửa, chèn, xóa hoặc di chuyển", "CP005");
        yield return EditCase("criterion maximum edited", f => f.LeafCell("2.2", Max).SetValue(3), "FM005",
            _ => TestCampaign.At(Form, "2.2", Max), "phải là '2.2 Tuyên truyền, phổ biến pháp luật theo kế hoạch (2)'", "CP005");
        yield return EditCase("row inserted", f => f.Sheet.Row(f.Layout.RowOf(f.Leaf("2.2")).Number).InsertRowsAbove(1), "FM005",
            _ => TestCampaign.At(Form, "2.2", Code), "đã bị sửa, chèn, xóa hoặc di chuyển", "CP005");
        yield return EditCase("input row deleted", f => f.Sheet.Row(f.Layout.RowOf(f.Leaf("2.2")).Number + 1).Delete(), "FM005",
            _ => TestCampaign.At(Form, "2.3", Code), "phải là '2.3 Hòa giải ở cơ sở (3)'", "CP005");
        yield return EditCase("input row under the last leaf deleted", f => f.Sheet.Row(TotalRow - 1).Delete(), "FM006",
            _ => $"{FormFile} › {Sheet} › G{TotalRow}", $"dòng tổng điểm phải là dòng {TotalRow}", "CP005");
        yield return EditCase("criteria rows moved (4.1 and 4.2 swapped)", SwapRows("4.1", "4.2"), "FM005",
            _ => TestCampaign.At(Form, "4.1", Code), "phải là '4.1 Thực hiện quy chế làm việc của UBND phường (3)'", "CP005");

        // Forms against the roster.
        yield return new BrokenInput("second form for the same unit", c => File.Copy(c.FormPath(Form), c.PathOf("forms/PH01-2024 (2).xlsx")), "CP004",
            _ => FormFile, "đơn vị PH01 đã có biểu mẫu khác (forms/PH01-2024 (2).xlsx)");
        yield return new BrokenInput("form for a unit not in the roster", c => c.WriteText("roster.csv", "Mã đơn vị,Tên đơn vị,Nhóm\nPH01,Phường Phúc Diễn,PHUONG\n"),
            "CP003", _ => TestCampaign.FormFile("PH02"), "biểu mẫu của đơn vị PH02, đơn vị này không có trong danh sách");
        yield return new BrokenInput("roster unit without a form", c => File.Delete(c.FormPath("PH02")), "CP005", _ => RosterCell(3),
            "đơn vị PH02 (Phường Minh Khai) có trong danh sách nhưng chưa có biểu mẫu");
        yield return new BrokenInput("roster puts the unit in another group", c => c.WriteText("roster.csv",
                "Mã đơn vị,Tên đơn vị,Nhóm\nPH01,Phường Phúc Diễn,PHONG\nPH02,Phường Minh Khai,PHUONG\n"), "CP006",
            _ => FormFile, "lập cho nhóm PHUONG nhưng danh sách xếp đơn vị vào nhóm PHONG", "CP014");
        yield return new BrokenInput("roster group unknown", c => c.WriteText("roster.csv",
                "Mã đơn vị,Tên đơn vị,Nhóm\nPH01,Phường Phúc Diễn,PHUONG\nPH02,Phường Minh Khai,XA\n"), "CP001",
            _ => RosterCell(3), "nhóm 'XA' nhưng khung không có nhóm này");
        yield return new BrokenInput("roster lists a unit twice", c => c.WriteText("roster.csv",
                "Mã đơn vị,Tên đơn vị,Nhóm\nPH01,Phường Phúc Diễn,PHUONG\nPH02,Phường Minh Khai,PHUONG\nPH01,Phường Phúc Diễn,PHUONG\n"), "CP002",
            _ => RosterCell(4), "mã đơn vị PH01 đã có trong danh sách");

        // Values typed into a form.
        yield return EditCase("manual points over the maximum", f => f.InputCell("6.3", 0).SetValue(3.5), "SC011",
            _ => TestCampaign.AtInput(Form, "6.3", 0), "điểm 3,5 vượt điểm tối đa 3 của tiêu chí 6.3");
        yield return EditCase("negative count", f => f.InputCell("3.2.1", 0).SetValue(-1), "SC015",
            _ => TestCampaign.AtInput(Form, "3.2.1", 0), "'Số hồ sơ giải quyết đúng hạn' không được âm; tìm thấy -1");
        yield return EditCase("text where a number belongs", f => f.InputCell("3.2.1", 1).SetValue("mười"), "SC014",
            _ => TestCampaign.AtInput(Form, "3.2.1", 1), "'Số hồ sơ tiếp nhận' phải là số; tìm thấy 'mười'");
        yield return new BrokenInput("error value #DIV/0! (formula =1/0)", c => XlsxPatch.SetCachedError(c.FormPath(Form), Sheet,
                TestCampaign.Cell("3.1", Input, 1), "1/0", "#DIV/0!"), "FM007",
            _ => TestCampaign.AtInput(Form, "3.1", 0), "chứa công thức (kết quả lưu sẵn '#DIV/0!' không được dùng)");
        yield return EditCase("percentage typed as a bare share, without % format", f => f.InputCell("7.1.1", 0).SetValue(0.875), "FM008",
            _ => TestCampaign.AtInput(Form, "7.1.1", 0), "không rõ là 0,875% hay 87,5%; hãy gõ 87,5");
        yield return new BrokenInput("formula with a stored result in an input cell (=1+1 stored as 961)", c => XlsxPatch.SetCachedNumber(c.FormPath(Form), Sheet,
                TestCampaign.Cell("3.2.1", Input, 2), "1+1", "961"), "FM007",
            _ => TestCampaign.AtInput(Form, "3.2.1", 1), "chứa công thức (kết quả lưu sẵn '961' không được dùng)");
        yield return EditCase("error value typed as text", f => f.InputCell("3.1", 1).SetValue("#VALUE!"), "SC014",
            _ => TestCampaign.AtInput(Form, "3.1", 1), "tìm thấy '#VALUE!'");
        yield return EditCase("absurdly large number (1E+30)", f => f.InputCell("3.2.1", 1).SetValue(1e30), "SC014",
            _ => TestCampaign.AtInput(Form, "3.2.1", 1), "phải là số; tìm thấy '1E+30'");
        yield return EditCase("date where a count belongs (Excel turned 8/10 into a date)", f => f.InputCell("3.2.1", 0).SetValue(new DateTime(2024, 10, 8)), "SC014",
            _ => TestCampaign.AtInput(Form, "3.2.1", 0), "phải là số; tìm thấy '2024-10-08'");
        yield return EditCase("count beyond any real figure (28 digits typed as text)", f => f.InputCell("3.2.1", 1).SetValue("9999999999999999999999999999"), "SC019",
            _ => TestCampaign.AtInput(Form, "3.2.1", 1), "lớn quá mức hợp lý");
        yield return EditCase("non-integer count", f => f.InputCell("3.2.1", 1).SetValue("10,5"), "SC016",
            _ => TestCampaign.AtInput(Form, "3.2.1", 1), "phải là số nguyên (số lượng); tìm thấy '10,5'");
        yield return EditCase("percentage over 100", f => f.InputCell("7.1.1", 0).SetValue(120), "SC017",
            _ => TestCampaign.AtInput(Form, "7.1.1", 0), "là tỷ lệ phần trăm, cần từ 0 đến 100; tìm thấy 120");
        yield return EditCase("numerator larger than denominator", f => f.InputCell("3.2.1", 0).SetValue(12), "SC004",
            _ => TestCampaign.AtInput(Form, "3.2.1", 0), "'Số hồ sơ giải quyết đúng hạn' (12) lớn hơn 'Số hồ sơ tiếp nhận' (10)");
        yield return EditCase("missing evidence where required", f => f.LeafCell("2.2", Evidence).Clear(XLClearOptions.Contents), "SC006",
            _ => TestCampaign.At(Form, "2.2", Evidence), "tiêu chí 2.2 có điểm tự chấm nhưng chưa ghi tài liệu kiểm chứng");
        yield return EditCase("N/A mark where not allowed", f => f.LeafCell("1.2", NotApplicable).SetValue("Không phát sinh"), "SC003",
            _ => TestCampaign.At(Form, "1.2", NotApplicable), "tiêu chí 1.2 không được đánh dấu không phát sinh");
        yield return EditCase("unknown level", f => f.InputCell("1.3", 0).SetValue("Tuyệt vời"), "SC013",
            _ => TestCampaign.AtInput(Form, "1.3", 0), "tìm thấy 'Tuyệt vời'");
        yield return EditCase("yes/no answered otherwise", f => f.InputCell("2.2", 0).SetValue("chắc có"), "SC013",
            _ => TestCampaign.AtInput(Form, "2.2", 0), "cần chọn một trong Có / Không; tìm thấy 'chắc có'");
        yield return EditCase("required input left blank", f => f.InputCell("5.1", 1).Clear(XLClearOptions.Contents), "SC012",
            _ => TestCampaign.AtInput(Form, "5.1", 1), "chưa nhập 'Tổng số công chức phường'");

        // The campaign folder.
        yield return new BrokenInput("missing campaign.json", c => File.Delete(c.PathOf("campaign.json")), "CF001", c => c.Folder, "không có tệp campaign.json");
        yield return new BrokenInput("campaign.json is not JSON", c => c.WriteText("campaign.json", "{ \"year\": 2024,\n  \"framework\": hanoi }"), "CF002",
            _ => "campaign.json › dòng 2", "không đúng cú pháp JSON ở cột 16");
        yield return new BrokenInput("campaign.json without a year", c => c.WriteText("campaign.json", """{ "framework": "hanoi-quan-2024" }"""), "CF011",
            _ => "campaign.json › year", "mục \"year\" của campaign.json phải là một năm như 2024; tìm thấy không có mục này");
        yield return new BrokenInput("campaign.json with a null roster", c => c.WriteText("campaign.json", """{ "year": 2024, "framework": "hanoi-quan-2024", "roster": null }"""),
            "CF011", _ => "campaign.json › roster", "mục \"roster\" của campaign.json phải là một chuỗi như \"roster.csv\"; tìm thấy null");
        yield return new BrokenInput("campaign.json with a null forms folder", c => c.WriteText("campaign.json", """{ "year": 2024, "framework": "hanoi-quan-2024", "forms": null }"""),
            "CF011", _ => "campaign.json › forms", "tìm thấy null");
        yield return new BrokenInput("campaign.json with the year as text", c => c.WriteText("campaign.json", """{ "year": "2024", "framework": "hanoi-quan-2024" }"""),
            "CF011", _ => "campaign.json › year", "tìm thấy \"2024\"");
        yield return new BrokenInput("campaign.json with a mistyped entry", c => c.WriteText("campaign.json", """{ "year": 2024, "framework": "hanoi-quan-2024", "rooster": "roster.csv" }"""),
            "CF012", _ => "campaign.json › rooster", "mục lạ \"rooster\" (gõ nhầm?)");
        yield return new BrokenInput("framework not found", c => c.WriteText("campaign.json", """{ "year": 2024, "framework": "hanoi-quan-2042" }"""), "CF004",
            _ => "campaign.json", "không tìm thấy khung 'hanoi-quan-2042'");
        yield return new BrokenInput("campaign year differs from the framework's", c => c.WriteText("campaign.json", """{ "year": 2023, "framework": "hanoi-quan-2024" }"""),
            "CF005", _ => "campaign.json", "ghi năm 2023 nhưng khung hanoi-quan-2024.xlsx là của năm 2024");
        yield return new BrokenInput("campaign.json names a roster outside the campaign folder",
            c => c.WriteText("campaign.json", """{ "year": 2024, "framework": "hanoi-quan-2024", "roster": "/etc/passwd" }"""), "CF017",
            _ => "campaign.json", "mục \"roster\" của campaign.json trỏ ra ngoài thư mục đợt đánh giá ('/etc/passwd') nên không được đọc");
        yield return new BrokenInput("campaign.json names a framework elsewhere on the machine",
            c => c.WriteText("campaign.json", $$"""{ "year": 2024, "framework": "{{Repo.FrameworkPath}}" }"""), "CF017",
            _ => "campaign.json", "mục \"framework\" của campaign.json trỏ ra ngoài thư mục đợt đánh giá");
        yield return new BrokenInput("campaign.json names a forms folder above the campaign folder",
            c => c.WriteText("campaign.json", """{ "year": 2024, "framework": "hanoi-quan-2024", "forms": "../" }"""), "CF017",
            _ => "campaign.json", "mục \"forms\" của campaign.json trỏ ra ngoài thư mục đợt đánh giá ('../')");
        yield return new BrokenInput("roster file missing", c => File.Delete(c.PathOf("roster.csv")), "CF007", _ => "roster.csv", "không có tệp danh sách đơn vị");
        yield return new BrokenInput("roster missing a column", c => c.WriteText("roster.csv", "Mã đơn vị,Tên đơn vị\nPH01,Phường Phúc Diễn\n"), "IO010",
            _ => "roster.csv › dòng 1", "thiếu cột Nhóm ở dòng tiêu đề");
        yield return new BrokenInput("roster saved in a Windows code page, not UTF-8", c => File.WriteAllBytes(c.PathOf("roster.csv"),
                Encoding.Latin1.GetBytes("Mã don vi,Tên don vi,Nhóm\nPH01,Phuong Phuc Dien,PHUONG\n")), "IO013",
            _ => "roster.csv › dòng 1", "không được lưu theo mã UTF-8");
        yield return new BrokenInput("survey row for an unknown unit", c => c.WriteText("survey.csv", SurveyHeader + "PH99,3.5,Hài lòng,10\n"), "CP010",
            _ => "survey.csv › dòng 2, Mã đơn vị", "kết quả điều tra cho đơn vị PH99");
        yield return new BrokenInput("survey option not in the rule", c => c.WriteText("survey.csv", SurveyHeader + "PH01,3.5,Tuyệt vời,10\n"), "CP012",
            _ => "survey.csv › dòng 2, Phương án", "phương án 'Tuyệt vời' không có trong quy tắc của tiêu chí 3.5");
        yield return new BrokenInput("survey respondents beyond any real survey (10^27)", c => c.WriteText("survey.csv", SurveyHeader + "PH01,3.5,Hài lòng,1000000000000000000000000000\n"), "CP013",
            _ => "survey.csv › dòng 2, Số phiếu", "từ 0 đến 10000000");
        yield return new BrokenInput("survey respondents not a count", c => c.WriteText("survey.csv", SurveyHeader + "PH01,3.5,Hài lòng,mười\n"), "CP013",
            _ => "survey.csv › dòng 2, Số phiếu", "tìm thấy 'mười'");

        // The framework workbook.
        yield return new BrokenInput("framework with a wrong parent sum", c => EditFramework(c, "3.2.1", "Điểm tối đa", 6), "FW004",
            _ => FrameworkCell("3.2", "Điểm tối đa"), "điểm tối đa của 3.2 là 12 nhưng tổng điểm tối đa các mục con (3.2.1, 3.2.2, 3.2.3, 3.2.4) là 13");
        yield return new BrokenInput("framework rule with a tier gap", c => EditFramework(c, "3.2.1", "Quy tắc chấm",
                "bậc [Số hồ sơ giải quyết đúng hạn] / [Số hồ sơ tiếp nhận]: 100% = 5; từ 95% đến dưới 100% = 3; dưới 80% = 0"), "FW006",
            _ => FrameworkCell("3.2.1", "Quy tắc chấm"), "các bậc để trống khoảng tại 80% (ngay trước 'từ 95% đến dưới 100%')");
    }

    [TestCaseSource(nameof(Corpus))]
    public void Validate_BrokenInput_ReportsExactlyItsDiagnostic(BrokenInput broken)
    {
        using var campaign = new TestCampaign();
        broken.Break(campaign);

        var (result, diagnostics) = campaign.Validate();

        var expected = diagnostics.Items.Where(d => d.Code == broken.Code).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.Null);
            Assert.That(expected, Is.Not.Empty, string.Join("\n", diagnostics.Items.Show()));
            Assert.That(expected.Select(d => d.Location?.ToString()), Has.Some.EqualTo(broken.Location(campaign)), string.Join("\n", expected.Show()));
            Assert.That(expected.Show().Select(d => d.Message), Has.Some.Contains(broken.Phrase), string.Join("\n", expected.Show()));
            Assert.That(diagnostics.Items.Where(d => d.Severity == Severity.Error).Select(d => d.Code).Distinct(),
                Is.EquivalentTo(new[] { broken.Code }.Concat(broken.AlsoCodes)), string.Join("\n", diagnostics.Items.Show()));
        });
    }

    [Test]
    public void Corpus_HasAtLeastThirtyCases() => Assert.That(Corpus().Count(), Is.GreaterThanOrEqualTo(30));

    [Test]
    public void Validate_UnbrokenCampaign_HasNoDiagnostic()
    {
        using var campaign = new TestCampaign();

        var (result, diagnostics) = campaign.Validate();

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(result!.Groups.Single().Units, Has.Count.EqualTo(2));
    }

    private static BrokenInput FileCase(string name, byte[] bytes, string code, string phrase) =>
        new(name, c => File.WriteAllBytes(c.FormPath(Form), bytes), code, _ => FormFile, phrase, "CP005");

    private static BrokenInput EditCase(string name, Action<FormFiller> edit, string code, Func<TestCampaign, string> location, string phrase, params string[] also) =>
        new(name, c => c.EditForm(Form, edit), code, location, phrase, also);

    private static void Meta(FormFiller form, string key, string value)
    {
        var meta = form.Workbook.Worksheet(FormMetadata.SheetTitle);
        var row = meta.RowsUsed().Single(r => r.Cell(1).GetString() == key);
        row.Cell(2).SetValue(value);
    }

    private static Action<FormFiller> SwapRows(string a, string b) => form =>
    {
        var rowA = form.Layout.RowOf(form.Leaf(a)).Number;
        var rowB = form.Layout.RowOf(form.Leaf(b)).Number;
        for (var column = Code; column <= Last; column++)
        {
            var (cellA, cellB) = (form.Sheet.Cell(rowA, column), form.Sheet.Cell(rowB, column));
            // A formula cell's value is never read: ClosedXML would evaluate it with its own engine, which lacks the form's functions.
            var (valueA, formulaA) = (cellA.HasFormula ? "" : cellA.GetString(), cellA.FormulaA1);
            var (valueB, formulaB) = (cellB.HasFormula ? "" : cellB.GetString(), cellB.FormulaA1);
            if (formulaA.Length == 0) cellA.SetValue(valueB); else cellA.FormulaA1 = formulaB;
            if (formulaB.Length == 0) cellB.SetValue(valueA); else cellB.FormulaA1 = formulaA;
        }
    };

    private static byte[] LegacyXls()
    {
        var bytes = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("Workbook").CopyTo(bytes, 512);
        return bytes;
    }

    private static byte[] Encrypted()
    {
        var bytes = LegacyXls();
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 640);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 768);
        return bytes;
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        }
        return stream.ToArray();
    }

    /// <summary>An xlsx-looking zip with one highly compressible entry just over the limit (a few hundred KB on disk).</summary>
    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open()) types.Write(Encoding.UTF8.GetBytes("<Types/>"));
            using var big = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
            var chunk = new byte[1024 * 1024];
            for (long written = 0; written <= SafeWorkbook.MaxUncompressedBytes; written += chunk.Length) big.Write(chunk);
        }
        return stream.ToArray();
    }

    private static void Truncate(string path)
    {
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
    }

    private static void ReplaceEntry(string path, string entryName, string content)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry(entryName)!.Delete();
        using var entry = zip.CreateEntry(entryName).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }

    private static void EditFramework(TestCampaign campaign, string code, string header, object value) =>
        FrameworkCells.Edit(campaign.FrameworkPath, WardSheet, (code, header, value));

    private static string FrameworkCell(string code, string header) => FrameworkCells.Location(Repo.FrameworkPath, WardSheet, code, header);
}
