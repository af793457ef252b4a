using System.Security.Cryptography;
using System.Text;

namespace IndexScorer.Frameworks;

/// <summary>
/// A group of units scored on the same criteria tree and ranked together (a sub-index), e.g. the
/// district's offices (phòng chuyên môn) or its wards (xã, phường). Immutable.
/// </summary>
public sealed class UnitGroup
{
    private readonly Dictionary<string, Criterion> _byCode;
    private readonly Dictionary<string, int> _leafIndex;

    internal UnitGroup(
        string code, string name, IReadOnlyList<Criterion> sections, SurveyPolicy surveyPolicy,
        IReadOnlyList<ClassificationBand> bands, IReadOnlyList<CriterionCode> tieBreakers)
    {
        Code = code;
        Name = name;
        Sections = sections;
        SurveyPolicy = surveyPolicy;
        Bands = bands;
        TieBreakers = tieBreakers;
        Fields = sections.Where(s => s.Section == SectionKind.Scored).ToArray();
        Bonus = sections.FirstOrDefault(s => s.Section == SectionKind.Bonus);
        Penalty = sections.FirstOrDefault(s => s.Section == SectionKind.Penalty);
        var all = sections.SelectMany(s => s.SelfAndDescendants()).ToArray();
        _byCode = all.ToDictionary(c => c.Code.Value);
        Leaves = all.Where(c => c.IsLeaf).ToArray();
        _leafIndex = Leaves.Select((leaf, i) => (leaf, i)).ToDictionary(x => x.leaf.Code.Value, x => x.i);
        ScaleTotal = Fields.Sum(f => f.MaxPoints);
        SurveyMaximum = Fields.SelectMany(f => f.SelfAndDescendants()).Where(c => c.IsLeaf && c.Source == PointSource.Survey).Sum(c => c.MaxPoints);
        HasWeights = Fields.SelectMany(f => f.SelfAndDescendants()).Any(c => c.Weight is not null);
        Fingerprint = ComputeFingerprint();
    }

    /// <summary>Short code used in the roster, e.g. PHONG.</summary>
    public string Code { get; }

    /// <summary>Display name, e.g. "Phòng chuyên môn".</summary>
    public string Name { get; }

    /// <summary>Every top-level section in framework order: scored fields, then bonus and penalty.</summary>
    public IReadOnlyList<Criterion> Sections { get; }

    /// <summary>The scored fields (lĩnh vực) whose maxima make the scale.</summary>
    public IReadOnlyList<Criterion> Fields { get; }

    /// <summary>The bonus section (điểm thưởng), if any; its maximum is the cap.</summary>
    public Criterion? Bonus { get; }

    /// <summary>The penalty section (điểm trừ), if any; its maximum is the cap.</summary>
    public Criterion? Penalty { get; }

    /// <summary>Every leaf in framework order, bonus and penalty items included.</summary>
    public IReadOnlyList<Criterion> Leaves { get; }

    /// <summary>The maximum of the full scale (usually 100).</summary>
    public decimal ScaleTotal { get; }

    /// <summary>True when a scored node carries a weight: the index is then built from weighted attainments, not plain sums.</summary>
    public bool HasWeights { get; }

    /// <summary>The part of the scale measured by the survey.</summary>
    public decimal SurveyMaximum { get; }

    /// <summary>Whether survey results are required.</summary>
    public SurveyPolicy SurveyPolicy { get; }

    /// <summary>Classification bands, highest minimum first.</summary>
    public IReadOnlyList<ClassificationBand> Bands { get; }

    /// <summary>Nodes whose points separate equal indices, in order; empty when ties share a rank.</summary>
    public IReadOnlyList<CriterionCode> TieBreakers { get; }

    /// <summary>A short hash of the criteria (codes, titles, maxima, rules), printed on forms to detect edits.</summary>
    public string Fingerprint { get; }

    /// <summary>The node with that code, or null.</summary>
    public Criterion? Find(CriterionCode code) => _byCode.GetValueOrDefault(code.Value);

    /// <summary>The position of a leaf in <see cref="Leaves"/>, or -1.</summary>
    public int LeafIndexOf(CriterionCode code) => _leafIndex.GetValueOrDefault(code.Value, -1);

    /// <summary>The band for an index; the lowest band when none matches.</summary>
    public ClassificationBand? Classify(decimal indexPercent) =>
        Bands.FirstOrDefault(b => indexPercent >= b.MinimumPercent) ?? Bands.LastOrDefault();

    private string ComputeFingerprint()
    {
        var text = new StringBuilder(Code).Append('\n');
        foreach (var node in Sections.SelectMany(s => s.SelfAndDescendants()))
        {
            text.Append(node.Code.Value).Append('|').Append(node.Title).Append('|')
                .Append(node.MaxPoints.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('|')
                .Append(node.Rule?.Text).Append('|').Append(node.Source).Append('\n');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12].ToLowerInvariant();
    }
}
