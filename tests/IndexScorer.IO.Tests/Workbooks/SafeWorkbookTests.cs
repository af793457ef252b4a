using System.Buffers.Binary;
using System.Text;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Workbooks;

namespace IndexScorer.IO.Tests.Workbooks;

[TestFixture]
public sealed class SafeWorkbookTests
{
    [Test]
    public void Open_ValidForm_OpensWithoutDiagnosticAndLeavesFileUnchanged()
    {
        using var temp = new TempFolder();
        var path = ValidForm(temp);
        var before = FileHashes.Of(path);
        var diagnostics = new DiagnosticBag();

        using (var workbook = XlsxWorkbook.Open(path, "PH01-2024.xlsx", diagnostics))
        {
            Assert.That(workbook, Is.Not.Null);
            foreach (var name in workbook!.SheetNames.ToArray()) Assert.That(workbook.Sheet(name, diagnostics), Is.Not.Null);
        }

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(FileHashes.Of(path), Is.EqualTo(before));
    }

    [Test]
    public void Read_FrameworkWithAPastedLogo_ReadAsWithoutAndFileUnchanged()
    {
        using var temp = new TempFolder();
        var path = temp.File("khung.xlsx");
        File.Copy(Repo.FrameworkPath, path);
        XlsxPatch.AddPicture(path, "Khung");
        var before = FileHashes.Of(path);
        var diagnostics = new DiagnosticBag();

        var framework = IndexScorer.IO.Frameworks.FrameworkWorkbookReader.Read(path, "khung.xlsx", diagnostics);

        Assert.That(diagnostics.Items, Is.Empty, string.Join("\n", diagnostics.Items.Show()));
        Assert.That(framework!.Groups.Select(g => g.Fingerprint), Is.EqualTo(Repo.Framework.Groups.Select(g => g.Fingerprint)));
        Assert.That(FileHashes.Of(path), Is.EqualTo(before));
    }

    [Test]
    public void Open_ZipUnderstatingItsDecompressedSize_ReportedAsDamagedWithoutCrash()
    {
        using var temp = new TempFolder();
        var path = ValidForm(temp);
        var bytes = File.ReadAllBytes(path);
        // A bomb that lies: the sheet declares 100 bytes while it inflates to far more; reading must stop there.
        DeclareUncompressedSize(bytes, "xl/worksheets/sheet1.xml", 100);
        File.WriteAllBytes(path, bytes);
        var diagnostics = new DiagnosticBag();

        using var workbook = XlsxWorkbook.Open(path, "PH01-2024.xlsx", diagnostics);
        var sheets = workbook?.SheetNames.Select(name => workbook.Sheet(name, diagnostics)).ToArray() ?? [];

        Assert.That(sheets, Has.Some.Null);
        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { "IO008" }));
    }

    [Test]
    public void Open_MissingFile_ReportsCannotOpen()
    {
        using var temp = new TempFolder();
        var diagnostics = new DiagnosticBag();

        using var workbook = XlsxWorkbook.Open(temp.File("khong-co.xlsx"), "khong-co.xlsx", diagnostics);

        Assert.That(workbook, Is.Null);
        Assert.That(diagnostics.Items.Select(d => $"{d.Code} {d.Location}"), Is.EqualTo(new[] { "IO001 khong-co.xlsx" }));
    }

    [Test]
    public void Sheet_NameTypedInDecomposedUnicodeAndOtherCase_Found()
    {
        using var temp = new TempFolder();
        var diagnostics = new DiagnosticBag();
        using var workbook = XlsxWorkbook.Open(ValidForm(temp), "PH01-2024.xlsx", diagnostics)!;

        var sheet = workbook.Sheet("TỰ ĐÁNH GIÁ".Normalize(NormalizationForm.FormD), diagnostics);

        Assert.That(sheet?.Name, Is.EqualTo("Tự đánh giá"));
        Assert.That(diagnostics.Items, Is.Empty);
    }

    private static string ValidForm(TempFolder temp)
    {
        using var form = FormFiller.Valid(Repo.Framework, TestCampaign.Group, "PH01", "Phường Phúc Diễn");
        return form.Save(temp.File("PH01-2024.xlsx"));
    }

    /// <summary>Rewrites the uncompressed size an entry declares, in its local header and in the central directory.</summary>
    private static void DeclareUncompressedSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        var patched = 0;
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            var (nameAt, sizeAt) = signature switch
            {
                0x04034b50 => (30, 22),
                0x02014b50 => (46, 24),
                _ => (0, 0),
            };
            if (nameAt == 0 || !zip.AsSpan(i + nameAt).StartsWith(name)) continue;
            BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + sizeAt), size);
            patched++;
        }
        Assert.That(patched, Is.EqualTo(2), $"{entryName} not found in the zip");
    }
}
