using ClosedXML.Excel;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Comparison;

namespace IndexScorer.IO.Tests.Comparison;

public class LineageFileTests
{
    private static string SampleLineage => Path.Combine(Repo.Root, "samples", "tinh-minh-hoa-2025", "lineage-2024-2025.csv");

    [Test]
    public void Read_ShippedSample_SplitsMergersAndEndedOffices()
    {
        var diagnostics = new DiagnosticBag();

        var lineage = LineageFile.Read(SampleLineage, "lineage-2024-2025.csv", diagnostics)!;

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(lineage.Links.Where(l => l.NewCode == "XA01").Select(l => (l.OldCode, l.Weight, l.Basis)),
            Is.EqualTo(new[] { ("PH01", (decimal?)21400m, "dân số"), ("PH02", 18900m, "dân số"), ("PH03", 15200m, "dân số") }));
        Assert.That(lineage.Links.Where(l => l.OldCode == "PH07").Select(l => (l.NewCode, l.Share)), Is.EqualTo(new[] { ("XA05", (decimal?)0.6m), ("XA06", 0.4m) }));
        Assert.That(lineage.Links.Count(l => l.WithoutResults), Is.EqualTo(5));
        Assert.That(lineage.Links.Count(l => l.NewCode is null && l.OldYear == 2024), Is.EqualTo(12), "the district's offices end with it");
    }

    [Test]
    public void Read_BadCells_EveryProblemAtItsLineAndColumn()
    {
        using var temp = new TempFolder();
        var path = temp.File("lineage.csv");
        File.WriteAllText(path, """
            Năm cũ,Mã đơn vị cũ,Mã đơn vị mới,Tỷ lệ,Trọng số,Có kết quả
            2024,,XA01,,,
            hai nghìn,PH01,XA01,,,
            2024,PH02,XA01,1.5,,
            2024,PH03,XA01,40%,-5,
            2024,PH04,XA02,,,có lẽ
            """);
        var diagnostics = new DiagnosticBag();

        var lineage = LineageFile.Read(path, "lineage.csv", diagnostics);

        Assert.That(lineage, Is.Null);
        Assert.That(diagnostics.Items.Show().Select(d => $"{d.Code} {d}"), Is.EqualTo(new[]
        {
            "LN010 lineage.csv › dòng 2, Mã đơn vị cũ: thiếu mã đơn vị cũ; mỗi dòng ghi một đơn vị của năm trước",
            "LN013 lineage.csv › dòng 3, Năm cũ: năm cũ phải là số như 2024; tìm thấy 'hai nghìn'",
            "LN011 lineage.csv › dòng 4, Tỷ lệ: tỷ lệ phải là số lớn hơn 0 và không quá 1 (như 0,4 hoặc 40%); tìm thấy '1.5'",
            "LN012 lineage.csv › dòng 5, Trọng số: trọng số phải là số dương (dân số, diện tích, số hồ sơ…); tìm thấy '-5'",
            "LN014 lineage.csv › dòng 6, Có kết quả: cột Có kết quả cần Có / Không hoặc để trống (có); tìm thấy 'có lẽ'",
        }));
    }

    [Test]
    public void Read_Workbook_EnglishHeadersAndAShareInPercentAtItsCell()
    {
        using var temp = new TempFolder();
        var path = temp.File("lineage.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Lineage");
            string[][] rows = [["Old unit code", "New unit code", "Share", "Weight"], ["PH07", "XA05", "60%", "30000"], ["PH07", "XA06", "abc", "30000"]];
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < rows[r].Length; c++) workbook.Worksheet(1).Cell(r + 1, c + 1).SetValue(rows[r][c]);
            }
            workbook.SaveAs(path);
        }
        var diagnostics = new DiagnosticBag();

        LineageFile.Read(path, "lineage.xlsx", diagnostics);

        Assert.That(diagnostics.Items.Single().Show().ToString(), Does.StartWith("lineage.xlsx › Lineage › C3: tỷ lệ phải là số"));
    }

    [Test]
    public void Read_PercentShare_IsAPartOfOne()
    {
        using var temp = new TempFolder();
        var path = temp.File("lineage.csv");
        File.WriteAllText(path, "Old unit code,New unit code,Share\nPH07,XA05,60%\nPH07,XA06,\"0,4\"\n");

        var lineage = LineageFile.Read(path, "lineage.csv", new DiagnosticBag())!;

        Assert.That(lineage.Links.Select(l => l.Share), Is.EqualTo(new decimal?[] { 0.6m, 0.4m }));
    }
}
