using IndexScorer.Appraisal;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Scoring;
using IndexScorer.Text;
using IndexScorer.Units;

namespace IndexScorer.Core.Tests;

/// <summary>
/// Builds a unit's filled form (sheet "Tự đánh giá" of form.xlsx). Leaves are on rows 5, 6, …; inputs in
/// columns E, F, G, then H Không phát sinh, I Tài liệu kiểm chứng, J Ghi chú; the council's appraisal, joined to the
/// submission as a campaign joins it, is placed at K (round 1) and N (round 2) of the same row.
/// </summary>
internal sealed class FormBuilder(Unit unit)
{
    public const string File = "form.xlsx";
    public const string Sheet = "Tự đánh giá";
    public const string SomeEvidence = "QĐ 12/QĐ-UBND";

    private readonly List<LeafEntry> _entries = [];
    private readonly Dictionary<string, LeafAppraisal> _appraisal = [];

    /// <summary>A form of <see cref="Some.Unit"/>.</summary>
    public FormBuilder()
        : this(Some.Unit())
    {
    }

    /// <summary>A cell of the form.</summary>
    public static SourceLocation Cell(string cell) => new(File, Sheet, cell);

    /// <summary>A leaf with its inputs in rule order, with evidence cited.</summary>
    public FormBuilder Leaf(string code, params string[] inputs) => Entry(code, inputs);

    /// <summary>A leaf with every cell the tests care about.</summary>
    public FormBuilder Entry(
        string code, string[] inputs, string evidence = SomeEvidence, string notApplicable = "", string appraisal1 = "", string appraisal2 = "")
    {
        var row = _entries.Count + 5;
        LocatedText At(string column, string text) => new(text, Cell(column + row));
        _entries.Add(new LeafEntry(
            CriterionCode.Parse(code), inputs.Select((text, i) => At(((char)('E' + i)).ToString(), text)).ToArray(),
            At("H", notApplicable), At("I", evidence), At("J", "")));
        if (appraisal1.Length > 0 || appraisal2.Length > 0)
            _appraisal[code] = new LeafAppraisal(CriterionCode.Parse(code), At("K", appraisal1), At("L", ""), At("M", ""), At("N", appraisal2), At("O", ""));
        return this;
    }

    /// <summary>A leaf the unit marks "không phát sinh".</summary>
    public FormBuilder NotApplicable(string code) => Entry(code, [], evidence: "", notApplicable: "x");

    public UnitSubmission Build() => new(unit, _entries, new SourceLocation(File)) { Appraisal = _appraisal };
}
