using ClosedXML.Excel;
using IndexScorer.IO.Workbooks;

namespace IndexScorer.IO.Tests.Workbooks;

public class XlsxWriterTests
{
    private static readonly string[] Texts =
    [
        "Sở Nội vụ & UBND <phường> \"Minh Họa\" 'A'",
        "  two leading spaces",
        "hai dòng\r\nthứ hai\rthứ ba\nthứ tư",
        "=SUM(A1:A2)",
        "emoji 📄 kept",
        "bell\u0007 and half a pair \ud800 dropped",
    ];

    /// <summary>A workbook written by the streaming writer: texts that need escaping, numbers, styles, sheets made while others are written.</summary>
    private static string Written(TempFolder temp)
    {
        var path = temp.File("written.xlsx");
        using (var stream = File.Create(path))
        using (var writer = new XlsxWriter(stream))
        {
            writer.WriteAll(Sheets(writer));
            writer.Finish();
        }
        return path;

        static IEnumerable<SheetBuffer> Sheets(XlsxWriter writer)
        {
            for (var s = 1; s <= 3; s++)
            {
                yield return Filled(writer.AddSheet($"Trang {s}"), s);
            }
        }
    }

    /// <summary>Sheet <paramref name="s"/> of the test workbook: escaped texts, numbers, styles, a tall row and a long styled column.</summary>
    private static SheetBuffer Filled(SheetBuffer sheet, int s)
    {
        for (var i = 0; i < Texts.Length; i++) sheet.Text(i + 1, 1, Texts[i], new CellStyle { Wrap = i == 2 });
        sheet.Number(1, 2, 87.83486553226219366445200391m, new CellStyle { NumberFormat = "0.00" });
        sheet.Number(2, 2, -0.1, null);
        sheet.Number(3, 2, s * 1_000_000, new CellStyle { Bold = true });
        sheet.Height(3, 45);
        for (var row = 10; row < 2_000; row++) sheet.Number(row, 30, row + 0.5, new CellStyle { Fill = row % 2 == 0 ? "#FFEB9C" : null });
        return sheet;
    }

    [Test]
    public void Write_TextsNumbersAndStyles_ReadBackByAnotherLibraryAsWritten()
    {
        using var temp = new TempFolder();

        using var workbook = new XLWorkbook(Written(temp));

        Assert.That(workbook.Worksheets.Select(w => w.Name), Is.EqualTo(new[] { "Trang 1", "Trang 2", "Trang 3" }));
        var sheet = workbook.Worksheet("Trang 2");
        Assert.That(Enumerable.Range(1, Texts.Length).Select(r => sheet.Cell(r, 1).GetString()), Is.EqualTo(new[]
        {
            Texts[0], Texts[1], "hai dòng\nthứ hai\nthứ ba\nthứ tư", "=SUM(A1:A2)", "emoji 📄 kept", "bell and half a pair  dropped",
        }));
        Assert.That(sheet.Cell(4, 1).HasFormula, Is.False, "text that looks like a formula stays text");
        Assert.That(sheet.Cell(1, 2).GetDouble(), Is.EqualTo(87.834865532262194));
        Assert.That(sheet.Cell(1, 2).Style.NumberFormat.Format, Is.EqualTo("0.00"));
        Assert.That((sheet.Cell(2, 2).GetDouble(), sheet.Cell(3, 2).GetDouble(), sheet.Cell(3, 2).Style.Font.Bold), Is.EqualTo((-0.1, 2_000_000d, true)));
        Assert.That(sheet.Row(3).Height, Is.EqualTo(45));
        Assert.That(sheet.Cell(1_999, 30).GetDouble(), Is.EqualTo(1_999.5));
    }

    [Test]
    public void Write_TextsNumbersAndStyles_IsAValidSpreadsheetPackageForExcel()
    {
        using var temp = new TempFolder();

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Written(temp), isEditable: false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010)
            .Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").Take(10).ToArray();

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void WriteAll_SameBytesAsWritingTheSheetsOneByOne()
    {
        using var temp = new TempFolder();
        var pipelined = File.ReadAllBytes(Written(temp));

        var path = temp.File("one-by-one.xlsx");
        using (var stream = File.Create(path))
        using (var writer = new XlsxWriter(stream))
        {
            for (var s = 1; s <= 3; s++) writer.Write(Filled(writer.AddSheet($"Trang {s}"), s));
            writer.Finish();
        }

        Assert.That(Entries(path), Is.EqualTo(Entries(temp.File("written.xlsx"))));
        Assert.That(pipelined, Is.Not.Empty);
    }

    private static Dictionary<string, string> Entries(string path)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        return zip.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open()).ReadToEnd());
    }
}
