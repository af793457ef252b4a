using ClosedXML.Excel;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Forms;
using IndexScorer.Text;
using IndexScorer.Units;

namespace IndexScorer.IO.Tests.Forms;

/// <summary>The form as it prints and as it shows on a laptop screen (the printed pages themselves: PrintedPagesTests).</summary>
public sealed class FormPrintingTests
{
    private const string Group = "PHONG";

    [Test]
    public void Write_Form_PrintsA4LandscapeOnePageWideWithTheHeaderRowOnEveryPageAndPageNumbers()
    {
        using var folder = new TempFolder();
        var sheet = PrintSettings.Of(Written(folder, Language.Vietnamese))[0];

        Assert.That((sheet.PaperSize, sheet.Orientation, sheet.FitToPage, sheet.FitToWidth, sheet.FitToHeight), Is.EqualTo((9, "landscape", true, 1, 0)));
        Assert.That(sheet.PrintTitles, Is.EqualTo($"'Tự đánh giá'!${FormColumns.HeaderRow}:${FormColumns.HeaderRow}"), "absolute rows: LibreOffice ignores 7:7");
        Assert.That(sheet.Footer, Does.Contain("Trang &P/&N"));
        Assert.That(sheet.FrozenRows, Is.EqualTo(FormColumns.HeaderRow));
    }

    [Test]
    public void Write_InEnglish_NumbersPagesInEnglish()
    {
        using var folder = new TempFolder();

        Assert.That(PrintSettings.Of(Written(folder, Language.English))[0].Footer, Does.Contain("Page &P of &N"));
    }

    [Test]
    public void Write_Form_PrintAreaEndsWithThePreparedByBlockAndHoldsNoTechnicalNote()
    {
        using var folder = new TempFolder();
        var path = Written(folder, Language.Vietnamese);
        var group = Repo.Framework.FindGroup(Group)!;
        var layout = FormLayout.For(group);

        Assert.That(PrintSettings.Of(path)[0].PrintArea, Is.EqualTo($"'Tự đánh giá'!$A$1:$I${layout.LastRow}"));
        using var workbook = new XLWorkbook(path);
        var printed = workbook.Worksheet(1).Range(1, 1, layout.LastRow, FormColumns.Last).CellsUsed(c => !c.HasFormula).Select(c => c.GetString()).ToList();
        Assert.That(printed, Has.None.Contain(group.Fingerprint).And.None.Contain(Repo.Framework.Id));
        Assert.That(workbook.Worksheets.Where(s => s.Visibility == XLWorksheetVisibility.Visible).Select(s => s.Name), Is.EqualTo(new[] { "Tự đánh giá" }));
    }

    /// <summary>
    /// On a 1366×768 laptop at 100 % the columns from A to the points column fit the window's ~1,300 pixels: Excel shows a
    /// column of w characters (as stored) in Truncate(((256·w + Truncate(128/7)) / 256) · 7) pixels with Calibri 11.
    /// </summary>
    [Test]
    public void Write_Form_InputAndPointsColumnsFitALaptopScreenWithoutScrollingSideways()
    {
        using var folder = new TempFolder();
        var sheet = PrintSettings.Of(Written(folder, Language.Vietnamese))[0];

        var pixels = Enumerable.Range(1, FormColumns.SelfPoints).Sum(c => Pixels(sheet.WidthOf(c) ?? DefaultWidth));

        Assert.That(pixels, Is.LessThanOrEqualTo(1300), $"columns A to {ExcelFormulas.Col(FormColumns.SelfPoints)} are {pixels} px wide");
        TestContext.Out.WriteLine($"Columns A–G: {pixels} px at 100 % zoom");
    }

    [Test]
    public void Write_Form_PreparedByBlockBelowTheTotalIsLabelledAndOpenForInput()
    {
        var group = Repo.Framework.FindGroup(Group)!;
        var layout = FormLayout.For(group);
        using var form = FormFiller.Blank(Repo.Framework, Group, "PB01", "Văn phòng");

        Assert.That(form.Sheet.Cell(layout.PreparedByRow, FormColumns.Title).GetString(), Is.EqualTo("NGƯỜI LẬP BIỂU"));
        Assert.That(Enum.GetValues<PreparedByField>().Select(f => form.Sheet.Cell(layout.RowOf(f), FormColumns.Title).GetString()),
            Is.EqualTo(new[] { "Họ và tên", "Chức vụ", "Số điện thoại", "Ngày lập biểu", "Ký, ghi rõ họ tên" }));
        Assert.That(Enum.GetValues<PreparedByField>().Select(f => form.Sheet.Cell(layout.RowOf(f), FormColumns.PreparedByValue).Style.Protection.Locked),
            Is.All.False);
    }

    [Test]
    public void Read_PreparedByBlockFilled_ReadsAsBeforeWithoutAnyMessage()
    {
        using var folder = new TempFolder();
        using var form = FormFiller.Valid(Repo.Framework, Group, "PB01", "Văn phòng");
        var before = new FormReader(Repo.Framework).Read(form.Save(folder.File("before.xlsx")), "before.xlsx", new DiagnosticBag())!;
        var layout = FormLayout.For(form.Group);
        form.Set(form.Sheet.Cell(layout.RowOf(PreparedByField.Name), FormColumns.PreparedByValue), "Nguyễn Thị Lan");
        form.Set(form.Sheet.Cell(layout.RowOf(PreparedByField.Phone), FormColumns.PreparedByValue), "0912 345 678");
        form.Set(form.Sheet.Cell(layout.RowOf(PreparedByField.Date), FormColumns.PreparedByValue), "15/01/2025");
        var diagnostics = new DiagnosticBag();

        var after = new FormReader(Repo.Framework).Read(form.Save(folder.File("after.xlsx")), "after.xlsx", diagnostics)!;

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(after.Entries.Select(e => (e.Code, string.Join("|", e.Inputs.Select(i => i.Text)), e.Evidence.Text)),
            Is.EqualTo(before.Entries.Select(e => (e.Code, string.Join("|", e.Inputs.Select(i => i.Text)), e.Evidence.Text))));
    }

    private const double DefaultWidth = 8.43 + 0.71;

    private static int Pixels(double storedWidth) => (int)Math.Truncate((256 * storedWidth + Math.Truncate(128.0 / 7)) / 256 * 7);

    private static string Written(TempFolder folder, Language language)
    {
        var group = Repo.Framework.FindGroup(Group)!;
        var path = folder.File("PB01-2024.xlsx");
        FormWriter.Write(path, Repo.Framework, group, FormLayout.For(group), new Unit("PB01", "Văn phòng HĐND và UBND quận", Group), language);
        return path;
    }
}
