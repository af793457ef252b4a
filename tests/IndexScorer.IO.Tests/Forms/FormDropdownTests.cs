using IndexScorer.Diagnostics;
using IndexScorer.IO.Forms;
using IndexScorer.Rules;
using IndexScorer.Scoring;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests.Forms;

/// <summary>
/// Dropdowns offer every level whole, whatever it holds (issue 10, defect 4): the items are read back from the written
/// file's XML (the validation's formula1 and the range it names), each picked in turn, and the form scored.
/// </summary>
public sealed class FormDropdownTests
{
    [Test]
    public void Write_LevelDropdowns_OfferEveryLevelWholeAndEachPickScoresItsPoints()
    {
        using var folder = new TempFolder();
        var checkedCodes = new HashSet<string>();
        foreach (var group in Repo.Framework.Groups)
        {
            using var blank = FormFiller.Blank(Repo.Framework, group.Code, "U01", "Đơn vị thử");
            var blankPath = blank.Save(folder.File($"{group.Code}-blank.xlsx"));
            foreach (var leaf in blank.SelfAssessedLeaves.Where(l => l.Rule is LevelsRule))
            {
                var levels = ((LevelsRule)leaf.Rule!).Levels;
                var cell = blank.InputCell(leaf.Code.Value, 0).Address.ToString()!;
                var items = XlsxDropdown.Items(blankPath, blank.Sheet.Name, cell);
                Assert.That(items, Is.EqualTo(levels.Select(l => l.Name)), $"{group.Code} {leaf.Code}: the dropdown's items");
                if (levels.Any(l => l.Name.Contains(','))) checkedCodes.Add(leaf.Code.Value);

                foreach (var (item, i) in items.Select((item, i) => (item, i)))
                {
                    using var form = FormFiller.Valid(Repo.Framework, group.Code, "U01", "Đơn vị thử");
                    form.Set(form.InputCell(leaf.Code.Value, 0), item);
                    var path = form.Save(folder.File($"{group.Code}-{leaf.Code}-{i}.xlsx"));
                    var diagnostics = new DiagnosticBag();
                    var submission = new FormReader(Repo.Framework).Read(path, Path.GetFileName(path), diagnostics);
                    var score = submission is null ? null : UnitScorer.Score(group, submission, null, diagnostics);
                    Assert.That(score, Is.Not.Null, string.Join("\n", diagnostics.Items.Show()));
                    Assert.That(score!.Leaves[group.LeafIndexOf(leaf.Code)].SelfPoints, Is.EqualTo(levels[i].Points), $"{group.Code} {leaf.Code} '{item}'");
                }
            }
        }
        Assert.That(checkedCodes, Is.SupersetOf(new[] { "1.3", "4.1" }), "levels with a comma in the shipped framework");
    }

    [Test]
    public void Write_YesNoAndNotApplicableDropdowns_ComeFromTheListsSheet()
    {
        using var folder = new TempFolder();
        using var form = FormFiller.Blank(Repo.Framework, "PHUONG", "PH01", "Phường Hòa An", Language.English);
        var path = form.Save(folder.File("PH01.xlsx"));
        var yesNo = form.SelfAssessedLeaves.First(l => l.Rule is YesNoRule);
        var applicable = form.SelfAssessedLeaves.First(l => l.NotApplicable != IndexScorer.Frameworks.NotApplicablePolicy.NotAllowed);

        Assert.That(XlsxDropdown.Formula(path, form.Sheet.Name, form.InputCell(yesNo.Code.Value, 0).Address.ToString()!), Does.StartWith($"'{FormLists.SheetTitle}'!"));
        Assert.That(XlsxDropdown.Items(path, form.Sheet.Name, form.InputCell(yesNo.Code.Value, 0).Address.ToString()!), Is.EqualTo(new[] { "Yes", "No" }));
        Assert.That(XlsxDropdown.Items(path, form.Sheet.Name, form.LeafCell(applicable.Code.Value, FormColumns.NotApplicable).Address.ToString()!),
            Is.EqualTo(new[] { "Not applicable" }));
    }

    [Test]
    public void Write_ListsSheet_IsVeryHiddenAndProtected()
    {
        using var folder = new TempFolder();
        using var form = FormFiller.Blank(Repo.Framework, "PHONG", "PB01", "Văn phòng");
        var path = form.Save(folder.File("PB01.xlsx"));

        Assert.That(XlsxDropdown.Visibility(path, FormLists.SheetTitle), Is.EqualTo(("veryHidden", true)));
        Assert.That(form.Workbook.Worksheet(1).Name, Is.EqualTo(form.Sheet.Name), "the self-assessment sheet stays first");
    }
}
