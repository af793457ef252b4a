using IndexScorer.Rules;

namespace IndexScorer.Frameworks;

/// <summary>A node of a unit group's criteria tree: a field, a criterion, a sub-criterion, … Immutable.</summary>
public sealed class Criterion
{
    internal Criterion(
        CriterionCode code, string title, decimal maxPoints, decimal? weight, IReadOnlyList<Criterion> children,
        Rule? rule, PointSource source, NotApplicablePolicy notApplicable, SectionKind section,
        string guidance, string evidence, bool evidenceRequired, string appraisingBody = "")
    {
        AppraisingBody = appraisingBody;
        Code = code;
        Title = title;
        MaxPoints = maxPoints;
        Weight = weight;
        Children = children;
        Rule = rule;
        Source = source;
        NotApplicable = notApplicable;
        Section = section;
        Guidance = guidance;
        Evidence = evidence;
        EvidenceRequired = evidenceRequired;
    }

    /// <summary>The hierarchical code, e.g. 3.2.1.</summary>
    public CriterionCode Code { get; }

    /// <summary>The wording of the criterion.</summary>
    public string Title { get; }

    /// <summary>Điểm tối đa; for a parent the sum of its children (for bonus and penalty sections, the cap).</summary>
    public decimal MaxPoints { get; }

    /// <summary>An explicit weight; when null the node weighs its maximum points.</summary>
    public decimal? Weight { get; }

    /// <summary>The children in framework order; empty for a leaf.</summary>
    public IReadOnlyList<Criterion> Children { get; }

    /// <summary>True when the node has no children and carries a rule.</summary>
    public bool IsLeaf => Children.Count == 0;

    /// <summary>The scoring rule of a leaf; null for a parent.</summary>
    public Rule? Rule { get; }

    /// <summary>Self-assessment (then appraisal) or survey.</summary>
    public PointSource Source { get; }

    /// <summary>What "không phát sinh" means for this criterion.</summary>
    public NotApplicablePolicy NotApplicable { get; }

    /// <summary>Scored field, bonus or penalty section.</summary>
    public SectionKind Section { get; }

    /// <summary>Scoring guidance shown on the form (hướng dẫn chấm điểm).</summary>
    public string Guidance { get; }

    /// <summary>The evidence expected (tài liệu kiểm chứng).</summary>
    public string Evidence { get; }

    /// <summary>Whether a self score must cite evidence.</summary>
    public bool EvidenceRequired { get; }

    /// <summary>The agency that appraises this criterion (cơ quan thẩm định), named on it or on a node above; empty when the whole council does.</summary>
    public string AppraisingBody { get; }

    /// <summary>This node and all below it, depth first in framework order.</summary>
    public IEnumerable<Criterion> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.SelfAndDescendants()) yield return node;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Title}";
}
