using System.Text;
using ClosedXML.Excel;
using IndexScorer.App.Campaigns;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Campaigns;
using IndexScorer.IO.Forms;
using IndexScorer.Rules;
using IndexScorer.Text;

namespace IndexScorer.App.Tests.Campaigns;

/// <summary>Forms written by template in English: every word the program writes is English; only the framework's and the roster's own texts stay as written.</summary>
[TestFixture]
public sealed class TemplateRequestTests
{
    private TempFolder _temp = null!;
    private IReadOnlyList<string> _forms = [];

    [OneTimeSetUp]
    public void WriteEnglishForms()
    {
        _temp = new TempFolder();
        var run = new TemplateRequest(Repo.SampleCampaign) { Language = Language.English, OutputFolder = _temp.File("templates") }.Run();
        Assert.That(run.Succeeded, Is.True, string.Join("\n", run.Diagnostics.Select(run.Render)));
        _forms = run.Written;
    }

    [OneTimeTearDown]
    public void DeleteForms() => _temp.Dispose();

    [Test]
    public void Run_English_OneFormPerRosterUnit()
    {
        Assert.That(_forms, Has.Count.EqualTo(25));
    }

    [Test]
    public void Run_English_NoVietnameseLetterOutsideTheFrameworksAndRostersOwnTexts()
    {
        var own = OwnTexts().Select(t => t.Normalize(NormalizationForm.FormC)).Where(t => t.Length > 0).Distinct().OrderByDescending(t => t.Length).ToArray();
        var leftOver = new List<string>();
        foreach (var path in _forms)
        {
            using var workbook = new XLWorkbook(path);
            foreach (var (where, text) in Strings(workbook))
            {
                var rest = own.Aggregate(text.Normalize(NormalizationForm.FormC), (t, o) => t.Replace(o, " ", StringComparison.Ordinal));
                if (rest.Any(IsVietnameseLetter)) leftOver.Add($"{Path.GetFileName(path)} › {where}: {text}");
            }
        }

        Assert.That(leftOver, Is.Empty);
    }

    [Test]
    public void Run_English_OffersTheEnglishYesNoItemsAndNotApplicableMark()
    {
        using var workbook = new XLWorkbook(_forms[0]);
        var lists = workbook.Worksheet(1).DataValidations.Where(v => v.AllowedValues == XLAllowedValues.List).Select(v => v.Value).ToList();
        var items = workbook.Worksheet(FormLists.SheetTitle).CellsUsed().Where(c => !c.HasFormula).Select(c => c.GetString()).ToHashSet();

        Assert.That(lists, Is.Not.Empty.And.All.StartWith($"'{FormLists.SheetTitle}'!"));
        Assert.That(items, Does.Contain("Yes").And.Contain("No").And.Contain("Not applicable"));
    }

    /// <summary>
    /// Every string a user can see or that a client evaluates: sheet names, cell values and formulas, header and footer,
    /// and each data validation's list, titles and messages.
    /// </summary>
    private static IEnumerable<(string Where, string Text)> Strings(XLWorkbook workbook)
    {
        foreach (var sheet in workbook.Worksheets)
        {
            yield return ("sheet name", sheet.Name);
            foreach (var cell in sheet.CellsUsed())
            {
                var where = $"{sheet.Name}!{cell.Address}";
                // The lists sheet's formulas are never shown: they hold the table that folds Vietnamese letters to read what a unit typed.
                if (cell.HasFormula)
                {
                    if (sheet.Name != FormLists.SheetTitle) yield return (where + " formula", cell.FormulaA1);
                }
                else if (cell.DataType == XLDataType.Text) yield return (where, cell.GetString());
            }
            foreach (var (part, headerFooter) in new[] { ("header", sheet.PageSetup.Header), ("footer", sheet.PageSetup.Footer) })
            {
                foreach (var item in new[] { headerFooter.Left, headerFooter.Center, headerFooter.Right })
                {
                    foreach (var occurrence in Enum.GetValues<XLHFOccurrence>()) yield return ($"{sheet.Name} {part}", item.GetText(occurrence));
                }
            }
            foreach (var validation in sheet.DataValidations)
            {
                var where = $"{sheet.Name}!{string.Join(",", validation.Ranges.Select(r => r.RangeAddress.ToString()))} validation";
                yield return (where + " list", validation.Value);
                yield return (where + " input title", validation.InputTitle);
                yield return (where + " input message", validation.InputMessage);
                yield return (where + " error title", validation.ErrorTitle);
                yield return (where + " error message", validation.ErrorMessage);
            }
        }
    }

    /// <summary>The texts the forms carry as the framework and the roster wrote them.</summary>
    private static IEnumerable<string> OwnTexts()
    {
        var diagnostics = new DiagnosticBag();
        var campaign = CampaignFolder.Load(Repo.SampleCampaign, diagnostics) ?? throw new AssertionException(string.Join("\n", diagnostics.Items.Show()));
        var framework = campaign.Framework;
        foreach (var unit in campaign.Roster) yield return unit.Unit.Name;
        yield return framework.Name;
        yield return framework.Id;
        yield return framework.Version;
        yield return framework.Note;
        foreach (var group in framework.Groups)
        {
            yield return group.Name;
            foreach (var node in group.Sections.SelectMany(s => s.SelfAndDescendants()))
            {
                yield return node.Code.Value;
                yield return node.Title;
                yield return node.Guidance;
                yield return node.Evidence;
                if (node.Rule is not { } rule) continue;
                yield return rule.Text;
                foreach (var input in rule.Inputs)
                {
                    if (input.Prompt.Label is { } label) yield return label;
                    foreach (var level in input.Options) yield return level;
                }
            }
        }
    }

    /// <summary>A Latin letter with a Vietnamese diacritic (ă, ơ, ư, ế, ọ, …) or đ/Đ: outside ASCII, and an ASCII letter once its marks are taken off.</summary>
    private static bool IsVietnameseLetter(char c) =>
        c is 'đ' or 'Đ' || (c > 0x7F && char.IsLetter(c) && c.ToString().Normalize(NormalizationForm.FormD)[0] is var b && b < 0x80 && char.IsAsciiLetter(b));
}
