using ClosedXML.Excel;
using IndexScorer.Frameworks;
using IndexScorer.IO.Results;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests.Results;

public sealed class ResultsWorkbookWriterTests
{
    /// <summary>One group, two units; the first has an index with more decimals than shown.</summary>
    private static ScoredYear Year(bool provisional = false)
    {
        var field = new CriterionSummary(CriterionCode.Parse("1"), "Công tác chỉ đạo, điều hành", 10m, SectionKind.Scored, PointSource.SelfAssessment, true);
        var bonus = new CriterionSummary(CriterionCode.Parse("T"), "Điểm thưởng", 2m, SectionKind.Bonus, PointSource.SelfAssessment, true);
        ScoredUnit Unit(string code, string name, int rank, decimal points, decimal index) => new(code, name, rank, false, "Tốt", index, points, 1m, 0m, 10m,
        [
            new CriterionResult(field, points, null, null, null, points, 10m, false, "", "", "", ""),
            new CriterionResult(bonus, 1m, null, null, null, 1m, 2m, false, "", "", "", ""),
        ]);
        var group = new ScoredGroup("PHONG", "Phòng chuyên môn", false, [field, bonus], [new ClassificationBand("Tốt", 80m)],
            [Unit("PB01", "Phòng Nội vụ", 1, 8.456789m, 94.56789123m), Unit("PB02", "Phòng Tư pháp", 2, 8m, 90m)]);
        return new ScoredYear(2024, new FrameworkIdentity("khung", "Khung", "1", ""), [group]) { Provisional = provisional };
    }

    /// <summary>The workbook as written, opened as a reader of the file would open it.</summary>
    private static XLWorkbook Written(ScoredYear year, Language language)
    {
        var stream = new MemoryStream();
        ResultsWorkbookWriter.Write(stream, year, language);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    [Test]
    public void Build_Written_HasAFilterOverTheTableAndAFrozenHeader()
    {
        using var workbook = Written(Year(), Language.Vietnamese);
        var sheet = workbook.Worksheet(1);

        Assert.That(sheet.AutoFilter.Range.RangeAddress.ToString(), Is.EqualTo("A1:K3"));
        Assert.That(sheet.SheetView.SplitRow, Is.EqualTo(1));
    }

    [Test]
    public void Build_Vietnamese_HeadersInVietnamese()
    {
        using var workbook = Written(Year(), Language.Vietnamese);
        var sheet = workbook.Worksheet("Kết quả");

        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToArray();

        Assert.That(headers, Is.EqualTo(new[]
        {
            "Nhóm", "Mã đơn vị", "Tên đơn vị", "1. Công tác chỉ đạo, điều hành", "Điểm thưởng", "Điểm trừ", "Tổng điểm",
            "Điểm tối đa áp dụng", "Chỉ số (%)", "Xếp hạng", "Xếp loại",
        }));
    }

    [Test]
    public void Build_English_HeadersInEnglishExceptTheFrameworksOwnTitles()
    {
        using var workbook = Written(Year(), Language.English);

        var headers = workbook.Worksheet("Results").Row(1).CellsUsed().Select(c => c.GetString()).ToArray();

        Assert.That(headers, Does.Contain("Index (%)").And.Contain("Unit code").And.Contain("1. Công tác chỉ đạo, điều hành"));
    }

    [Test]
    public void Build_Index_ANumberShownWithTwoDecimalsStoredInFull()
    {
        using var workbook = Written(Year(), Language.Vietnamese);
        var index = workbook.Worksheet(1).Cell(2, 9);

        Assert.That(index.DataType, Is.EqualTo(XLDataType.Number));
        Assert.That(index.GetDouble(), Is.EqualTo(94.56789123d));
        Assert.That(index.Style.NumberFormat.Format, Is.EqualTo("0.00"));
        Assert.That(workbook.Worksheet(1).Cell(2, 10).GetDouble(), Is.EqualTo(1d));
    }

    [Test]
    public void Build_Provisional_EveryRowMarked()
    {
        using var workbook = Written(Year(provisional: true), Language.Vietnamese);
        var sheet = workbook.Worksheet(1);

        Assert.That(sheet.Cell(1, 12).GetString(), Is.EqualTo("Tình trạng"));
        Assert.That(new[] { sheet.Cell(2, 12).GetString(), sheet.Cell(3, 12).GetString() }, Is.All.EqualTo("TẠM TÍNH"));
    }

    [Test]
    public void Write_File_OpensInLibreOfficeWithTheNumbers()
    {
        LibreOffice.RequireExecutable();
        var folder = Path.Combine(Path.GetTempPath(), "indexscorer-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "results.xlsx");
        ResultsWorkbookWriter.Write(path, Year(), Language.Vietnamese);

        LibreOffice.ConvertToXlsx([path], Path.Combine(folder, "lo"));

        using var roundTrip = new XLWorkbook(Path.Combine(folder, "lo", "results.xlsx"));
        Assert.That(roundTrip.Worksheet(1).Cell(2, 9).GetDouble(), Is.EqualTo(94.56789123d).Within(1e-9));
        Assert.That(roundTrip.Worksheet(1).Cell(3, 2).GetString(), Is.EqualTo("PB02"));
    }
}
