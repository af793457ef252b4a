using IndexScorer.Comparison;
using IndexScorer.Frameworks;

namespace IndexScorer.Core.Tests.Comparison;

/// <summary>Tiny builders of scored years for comparison tests: a tree of fields and leaves, units with points per leaf.</summary>
internal static class Years
{
    public static CriterionSummary Field(string code, decimal max, string title = "") =>
        new(CriterionCode.Parse(code), title.Length > 0 ? title : "Lĩnh vực " + code, max, SectionKind.Scored, PointSource.SelfAssessment, false);

    public static CriterionSummary Leaf(string code, decimal max, string title = "") =>
        new(CriterionCode.Parse(code), title.Length > 0 ? title : "Tiêu chí " + code, max, SectionKind.Scored, PointSource.SelfAssessment, true);

    /// <summary>
    /// A unit with the given leaf points (others 0), every leaf's maximum in use; parents sum their leaves. The index is
    /// given, not computed, so that a test can set the headline apart from the leaves.
    /// </summary>
    public static ScoredUnit Unit(string code, int rank, decimal index, IReadOnlyList<CriterionSummary> tree, params (string Code, decimal Points)[] points) =>
        Unit(code, "Đơn vị " + code, rank, index, tree, points);

    public static ScoredUnit Unit(string code, string name, int rank, decimal index, IReadOnlyList<CriterionSummary> tree, params (string Code, decimal Points)[] points)
    {
        var given = points.ToDictionary(p => p.Code, p => p.Points);
        var results = tree.Select(node =>
        {
            var leaves = tree.Where(l => l.IsLeaf && node.Code.Contains(l.Code)).ToArray();
            return new CriterionResult(node.Code, node.Title, node.MaxPoints, null, null,
                leaves.Sum(l => given.GetValueOrDefault(l.Code.Value)), leaves.Sum(l => l.MaxPoints), false);
        }).ToArray();
        return new ScoredUnit(code, name, rank, false, null, index, 0m, 0m, tree.Where(c => c.IsField).Sum(c => c.MaxPoints), results);
    }

    public static ScoredGroup Group(IReadOnlyList<CriterionSummary> tree, params ScoredUnit[] units) =>
        new("PHONG", "Phòng chuyên môn", true, tree, units);

    public static ScoredYear Year(int year, ScoredGroup group) => new(year, "khung-" + year, "Khung " + year, "1.0", [group]);

    public static CrosswalkLink Link(string? old, string? now) =>
        new("PHONG", old is null ? null : CriterionCode.Parse(old), now is null ? null : CriterionCode.Parse(now), "");
}
