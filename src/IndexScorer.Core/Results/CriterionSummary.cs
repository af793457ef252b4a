using IndexScorer.Frameworks;
using IndexScorer.Rules;

namespace IndexScorer.Results;

/// <summary>A node of a group's criteria tree as results need it: code, wording, maximum, section, source and whether it is a leaf.</summary>
/// <param name="Code">The hierarchical code; its depth is the node's level.</param>
/// <param name="Title">The wording.</param>
/// <param name="MaxPoints">The maximum (for bonus and penalty sections, the cap).</param>
/// <param name="Section">Scored field, bonus or penalty.</param>
/// <param name="Source">Self-assessment or survey.</param>
/// <param name="IsLeaf">True for a leaf (it carries the points).</param>
/// <param name="SurveyOptions">
/// A survey leaf's answer options and their weights, in the rule's order: what re-scoring a resampled survey needs; null for
/// other nodes and when the results were written without them.
/// </param>
public sealed record CriterionSummary(
    CriterionCode Code, string Title, decimal MaxPoints, SectionKind Section, PointSource Source, bool IsLeaf, IReadOnlyList<SurveyOption>? SurveyOptions = null)
{
    /// <summary>Equal nodes: the same members, the survey options compared item by item.</summary>
    public bool Equals(CriterionSummary? other) =>
        other is not null && Code == other.Code && Title == other.Title && MaxPoints == other.MaxPoints && Section == other.Section
        && Source == other.Source && IsLeaf == other.IsLeaf
        && (SurveyOptions is null ? other.SurveyOptions is null : other.SurveyOptions is not null && SurveyOptions.SequenceEqual(other.SurveyOptions));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Title, MaxPoints, Section, Source, IsLeaf);

    /// <summary>True for a top-level scored field (lĩnh vực).</summary>
    public bool IsField => Code.Depth == 1 && Section == SectionKind.Scored;

    /// <summary>The summary of a framework node.</summary>
    public static CriterionSummary Of(Criterion criterion) =>
        new(criterion.Code, criterion.Title, criterion.MaxPoints, criterion.Section, criterion.Source, criterion.IsLeaf, (criterion.Rule as SurveyRule)?.Options);

    /// <summary>Every node of a unit group in framework order.</summary>
    public static IReadOnlyList<CriterionSummary> Of(UnitGroup group) =>
        group.Sections.SelectMany(s => s.SelfAndDescendants()).Select(Of).ToArray();
}
