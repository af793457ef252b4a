using ClosedXML.Excel;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Forms;
using IndexScorer.Text;
using IndexScorer.Units;

namespace IndexScorer.IO.Tests.Forms;

public sealed class FormWriterTests
{
    [Test]
    public void Build_InputCells_AreUnlockedAndValidatedWhileCriteriaCellsAreLocked()
    {
        using var form = FormFiller.Blank(Repo.Framework, "PHONG", "PB01", "Văn phòng");
        var inputs = form.Layout.Rows.Where(r => r.Kind == FormRowKind.Input).Select(r => form.Sheet.Cell(r.Number, FormColumns.Input)).ToList();

        Assert.That(form.Sheet.IsProtected, Is.True);
        Assert.That(inputs, Is.Not.Empty);
        Assert.That(inputs.All(c => !c.Style.Protection.Locked && c.HasDataValidation), Is.True);
        var leafRow = form.Layout.Rows.First(r => r.Kind == FormRowKind.Leaf).Number;
        Assert.That(new[] { FormColumns.Code, FormColumns.Title, FormColumns.Max, FormColumns.SelfPoints }
            .All(c => form.Sheet.Cell(leafRow, c).Style.Protection.Locked), Is.True);
    }

    [Test]
    public void Build_EveryLeaf_HasALivePointsFormulaAndTheTotalRowSumsThem()
    {
        using var form = FormFiller.Blank(Repo.Framework, "PHONG", "PB01", "Văn phòng");

        foreach (var leaf in form.SelfAssessedLeaves)
            Assert.That(form.LeafCell(leaf.Code.Value, FormColumns.SelfPoints).HasFormula, Is.True, leaf.Code.Value);
        Assert.That(form.Sheet.Cell(form.Layout.Total.Number, FormColumns.SelfPoints).FormulaA1, Does.Contain("SUM("));
    }

    [Test]
    public void Build_InEnglish_SpeaksEnglishAndStillReadsBack()
    {
        var group = Repo.Framework.FindGroup("PHUONG")!;
        using var folder = new TempFolder();
        var path = folder.File("PH01-2024.xlsx");
        FormWriter.Write(path, Repo.Framework, group, FormLayout.For(group), new Unit("PH01", "Phường Hòa An", "PHUONG"), Language.English);

        using (var workbook = new XLWorkbook(path))
        {
            var sheet = workbook.Worksheet(1);
            Assert.That(sheet.Name, Is.EqualTo("Self-assessment"));
            Assert.That(sheet.Cell(FormColumns.HeaderRow, FormColumns.Max).GetString(), Is.EqualTo("Max points"));
        }
        var diagnostics = new DiagnosticBag();
        var submission = new FormReader(Repo.Framework).Read(path, "PH01-2024.xlsx", diagnostics);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(submission!.Unit, Is.EqualTo(new Unit("PH01", "Phường Hòa An", "PHUONG")));
    }

    [Test]
    public void Read_FilledForm_ReturnsWhatWasTypedNotTheFormulaResults()
    {
        using var folder = new TempFolder();
        using var form = FormFiller.Valid(Repo.Framework, "PHONG", "PB01", "Văn phòng");
        var leaf = form.SelfAssessedLeaves.First(l => l.Rule!.Inputs.Count == 2);
        form.Set(form.InputCell(leaf.Code.Value, 0), "7999");
        form.Set(form.InputCell(leaf.Code.Value, 1), 10000);
        form.Set(form.LeafCell(leaf.Code.Value, FormColumns.SelfPoints), 99);
        var path = form.Save(folder.File("PB01.xlsx"));

        var submission = new FormReader(Repo.Framework).Read(path, "PB01.xlsx", new DiagnosticBag())!;
        var entry = submission.Entries.Single(e => e.Code == leaf.Code);

        Assert.That(entry.Inputs.Select(i => i.Text), Is.EqualTo(new[] { "7999", "10000" }));
        Assert.That(entry.Evidence.Text, Is.EqualTo(FormFiller.EvidenceText));
        Assert.That(entry.Inputs[0].Location.ToString(), Is.EqualTo($"PB01.xlsx › Tự đánh giá › {form.InputCell(leaf.Code.Value, 0).Address}"));
    }
}
