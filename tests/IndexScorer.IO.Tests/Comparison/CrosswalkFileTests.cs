using IndexScorer.App.Comparison;
using IndexScorer.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Comparison;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests.Comparison;

public class CrosswalkFileTests
{
    [Test]
    public void Read_ShippedSample_SixRowsOfEveryKindButMerges()
    {
        var diagnostics = new DiagnosticBag();

        var crosswalk = CrosswalkFile.Read(SampleYears.CrosswalkPath, "crosswalk-2023-2024.csv", diagnostics)!;

        Assert.That(crosswalk.Links.Select(crosswalk.KindOf), Is.EqualTo(new[]
        {
            CrosswalkKind.OneToOne, CrosswalkKind.OneToOne, CrosswalkKind.New, CrosswalkKind.OneToOne, CrosswalkKind.OneToOne, CrosswalkKind.Removed,
        }));
    }

    [Test]
    public void Read_OldGroupColumn_RowsMapTheOlderYearsGroupIntoTheNewerOnes()
    {
        var diagnostics = new DiagnosticBag();

        var crosswalk = CrosswalkFile.Read(Path.Combine(Repo.Root, "samples", "tinh-minh-hoa-2025", "crosswalk-2024-2025.csv"), "crosswalk-2024-2025.csv", diagnostics)!;

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(crosswalk.Links.Select(l => (l.Group, l.OlderGroup)).Distinct(), Is.EqualTo(new[] { ("XA", "PHUONG") }));
        Assert.That(crosswalk.ForGroups("PHUONG", "XA").Count(), Is.EqualTo(6));
        Assert.That(crosswalk.ForGroups("XA", "XA"), Is.Empty);
    }

    [Test]
    public void Read_MalformedCode_ErrorNamesFileLineAndColumn()
    {
        using var temp = new TempFolder();
        var path = temp.File("cw.csv");
        File.WriteAllText(path, "Nhóm,Mã cũ,Mã mới\nPHONG,5.x,5.2\n");
        var diagnostics = new DiagnosticBag();

        var crosswalk = CrosswalkFile.Read(path, "cw.csv", diagnostics);

        Assert.That(crosswalk, Is.Null);
        Assert.That(diagnostics.Items.Single().Show().ToString(),
            Is.EqualTo("cw.csv › dòng 2, Mã cũ: mã cũ '5.x' không đúng dạng; cần dạng như 3.2.1, hoặc để trống cho tiêu chí mới"));
    }

    [Test]
    public void Read_RepeatedRowAndBlankCodes_EveryProblemReported()
    {
        using var temp = new TempFolder();
        var path = temp.File("cw.csv");
        File.WriteAllText(path, "Group,Old code,New code,Note\nPHONG,5.1,5.2,a\nPHONG,,,b\nPHONG,5.1,5.2,c\n");
        var diagnostics = new DiagnosticBag();

        CrosswalkFile.Read(path, "cw.csv", diagnostics);

        Assert.That(diagnostics.Items.Select(d => (d.Code, d.Location!.Point(Language.Vietnamese))), Is.EqualTo(new[] { ("CW004", "dòng 3"), ("CW005", "dòng 4") }));
    }

    [Test]
    public void Read_DecideColumn_BlankOrANoWordOfEitherLanguageClearsTheMark()
    {
        using var temp = new TempFolder();
        var path = temp.File("cw.csv");
        File.WriteAllText(path, "Nhóm,Mã cũ,Mã mới,Cần quyết định\nPHONG,1.1,1.1,\nPHONG,1.2,1.2,Không\nPHONG,1.3,1.3,No\nPHONG,1.4,1.4,DECIDE\nPHONG,1.5,1.5,x\n");

        var crosswalk = CrosswalkFile.Read(path, "cw.csv", new DiagnosticBag())!;

        Assert.That(crosswalk.Links.Select(l => l.NeedsDecision), Is.EqualTo(new[] { false, false, false, true, true }));
    }

    [Test]
    public void Compare_CrosswalkCodeNotInFramework_ErrorNamesTheRow()
    {
        using var temp = new TempFolder();
        var path = temp.File("cw.csv");
        File.WriteAllText(path, "Nhóm,Mã cũ,Mã mới\nPHONG,6.2.9,\n");
        var run = new CompareRequest(SampleYears.Folder2023, SampleYears.Folder2024) { Crosswalk = path, OutputFolder = temp.File("out"), Rescore = true }.Run();

        Assert.That(run.Value, Is.Null);
        Assert.That(run.Written, Is.Empty);
        Assert.That(run.Diagnostics.Single(d => d.Severity == Severity.Error).Show().ToString(), Does.StartWith($"{path} › dòng 2: mã cũ 6.2.9 không có trong khung năm 2023 của nhóm PHONG"));
    }
}
