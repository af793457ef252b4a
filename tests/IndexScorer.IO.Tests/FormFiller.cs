using ClosedXML.Excel;
using IndexScorer.Frameworks;
using IndexScorer.IO.Forms;
using IndexScorer.Rules;
using IndexScorer.Text;
using IndexScorer.Units;

namespace IndexScorer.IO.Tests;

/// <summary>Builds a unit's form with <see cref="FormWriter.Build"/> and types values into it as a unit would.</summary>
public sealed class FormFiller : IDisposable
{
    /// <summary>What the unit writes in the evidence column.</summary>
    public const string EvidenceText = "Kế hoạch số 12/KH-UBND ngày 15/01/2024";

    private FormFiller(Framework framework, UnitGroup group, Unit unit, Language language)
    {
        Group = group;
        Language = language;
        Layout = FormLayout.For(group);
        Workbook = FormWriter.Build(framework, group, Layout, unit, language);
        Sheet = Workbook.Worksheet(1);
    }

    public UnitGroup Group { get; }

    /// <summary>The form's language, which is also the language of the words typed into it.</summary>
    public Language Language { get; }

    internal FormLayout Layout { get; }

    public XLWorkbook Workbook { get; }

    /// <summary>The self-assessment sheet.</summary>
    public IXLWorksheet Sheet { get; }

    /// <summary>A blank form of <paramref name="unitCode"/> in <paramref name="groupCode"/>.</summary>
    public static FormFiller Blank(
        Framework framework, string groupCode, string unitCode, string unitName, Language language = Language.Vietnamese) =>
        new(framework, framework.FindGroup(groupCode)!, new Unit(unitCode, unitName, groupCode), language);

    /// <summary>
    /// A form every self-assessed leaf of which is filled with valid values and cites evidence; yes/no inputs are answered
    /// with the items of the form's language (yes in scored fields, no in bonus and penalty).
    /// </summary>
    public static FormFiller Valid(
        Framework framework, string groupCode, string unitCode, string unitName, Language language = Language.Vietnamese)
    {
        var form = Blank(framework, groupCode, unitCode, unitName, language);
        foreach (var leaf in form.SelfAssessedLeaves)
        {
            var rule = leaf.Rule!;
            for (var i = 0; i < rule.Inputs.Count; i++)
            {
                var input = rule.Inputs[i];
                object? value = input.Kind switch
                {
                    InputKind.Count when input == rule.ViolationOverride || leaf.Section != SectionKind.Scored => null,
                    InputKind.YesNo => YesNoWords.Item(leaf.Section == SectionKind.Scored, language),
                    InputKind.Count or InputKind.Amount => i == 0 ? 9 : 10,
                    InputKind.Percent => 95.5,
                    InputKind.Points => (double)leaf.MaxPoints / 2,
                    _ => input.Options[0],
                };
                form.Set(form.InputCell(leaf.Code.Value, i), value);
            }
            form.Set(form.LeafCell(leaf.Code.Value, FormColumns.Evidence), EvidenceText);
        }
        return form;
    }

    /// <summary>Every leaf the unit scores itself, in form order.</summary>
    public IEnumerable<Criterion> SelfAssessedLeaves =>
        Layout.Rows.Where(r => r.Kind == FormRowKind.Leaf && r.Criterion!.Source == PointSource.SelfAssessment).Select(r => r.Criterion!);

    /// <summary>The leaf with that code.</summary>
    public Criterion Leaf(string code) => Group.Find(CriterionCode.Parse(code)) ?? throw new ArgumentException($"No criterion {code}.", nameof(code));

    /// <summary>The cell of the leaf's own row in <paramref name="column"/> (a <see cref="FormColumns"/> constant).</summary>
    public IXLCell LeafCell(string code, int column) => Sheet.Cell(Layout.RowOf(Leaf(code)).Number, column);

    /// <summary>Answers a yes/no input with the item of the form's language.</summary>
    public void Answer(string code, bool yes) => Set(InputCell(code, 0), YesNoWords.Item(yes, Language));

    /// <summary>Marks a leaf not applicable with the item of the form's language.</summary>
    public void MarkNotApplicable(string code) => Set(LeafCell(code, FormColumns.NotApplicable), NotApplicableMarks.Item(Language));

    /// <summary>The input cell of the leaf's <paramref name="index"/>-th input.</summary>
    public IXLCell InputCell(string code, int index) => Sheet.Cell(Layout.RowOf(Leaf(code)).Number + 1 + index, FormColumns.Input);

    /// <summary>Types a value: text stays text, numbers are numbers, null clears the cell.</summary>
    public void Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                cell.Clear(XLClearOptions.Contents);
                break;
            case string text:
                cell.SetValue(text);
                break;
            case decimal m:
                cell.SetValue((double)m);
                break;
            default:
                cell.SetValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>Saves the workbook (without cached formula results, as the writer does).</summary>
    public string Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Workbook.SaveAs(path, new SaveOptions { EvaluateFormulasBeforeSaving = false });
        return path;
    }

    public void Dispose() => Workbook.Dispose();
}
