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
    public void Write_LevelsWithQuotesAndOver255CharactersInAll_AreOfferedWholeAndScore()
    {
        using var folder = new TempFolder();
        var path = folder.File("khung-muc-dai.xlsx");
        File.Copy(Repo.FrameworkPath, path);
        string[] names =
        [
            "Đa dạng, thường xuyên: \"loa truyền thanh\", hội nghị tổ dân phố, trang thông tin điện tử, mạng xã hội, tờ rơi, mỗi quý ít nhất một lần",
            "Đầy đủ – có kế hoạch, có báo cáo kết quả, nhưng chưa đa dạng hình thức (chỉ một hoặc hai hình thức), 'đúng hạn'",
            "Một phần, chưa thường xuyên",
            "Không thực hiện",
        ];
        Assert.That(names.Sum(n => n.Length + 1), Is.GreaterThan(255), "a literal list holds at most 255 characters");
        FrameworkCells.Edit(path, "TC-PHONG", ("1.3", "Quy tắc chấm", (object)$"mức: {names[0]} = 2; {names[1]} = 1,5; {names[2]} = 0,5; {names[3]} = 0"));
        var diagnostics = new DiagnosticBag();
        var framework = IndexScorer.IO.Frameworks.FrameworkWorkbookReader.Read(path, "khung-muc-dai.xlsx", diagnostics);
        Assert.That(framework, Is.Not.Null, string.Join("\n", diagnostics.Items.Show()));
        var group = framework!.FindGroup("PHONG")!;

        using var blank = FormFiller.Blank(framework, "PHONG", "PB01", "Văn phòng");
        var items = XlsxDropdown.Items(blank.Save(folder.File("blank.xlsx")), blank.Sheet.Name, blank.InputCell("1.3", 0).Address.ToString()!);
        Assert.That(items, Is.EqualTo(names));

        decimal[] points = [2m, 1.5m, 0.5m, 0m];
        for (var i = 0; i < items.Count; i++)
        {
            using var form = FormFiller.Valid(framework, "PHONG", "PB01", "Văn phòng");
            form.Set(form.InputCell("1.3", 0), items[i]);
            var filled = form.Save(folder.File($"PB01-{i}.xlsx"));
            var bag = new DiagnosticBag();
            var submission = new FormReader(framework).Read(filled, "PB01.xlsx", bag);
            var score = submission is null ? null : UnitScorer.Score(group, submission, null, bag);
            Assert.That(score, Is.Not.Null, string.Join("\n", bag.Items.Show()));
            Assert.That(score!.Leaves[group.LeafIndexOf(IndexScorer.Frameworks.CriterionCode.Parse("1.3"))].SelfPoints, Is.EqualTo(points[i]));
        }
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
