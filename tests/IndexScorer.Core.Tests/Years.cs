using IndexScorer.Comparison;
using IndexScorer.Frameworks;
using IndexScorer.Results;

namespace IndexScorer.Core.Tests;

/// <summary>Tiny builders of scored years for comparison and results tests: a tree of fields and leaves, units with points per leaf.</summary>
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
            var (final, max) = (leaves.Sum(l => given.GetValueOrDefault(l.Code.Value)), leaves.Sum(l => l.MaxPoints));
            return node.IsLeaf
                ? new CriterionResult(node, null, null, null, null, final, max, false, "", "", "", "")
                : CriterionResult.OfParent(node, final, max);
        }).ToArray();
        var fields = results.Where(r => r.Criterion.IsField).ToArray();
        return new ScoredUnit(code, name, rank, false, null, index, fields.Sum(r => r.FinalPoints), 0m, 0m, fields.Sum(r => r.MaxInUse), results);
    }

    public static ScoredGroup Group(IReadOnlyList<CriterionSummary> tree, params ScoredUnit[] units) =>
        new("PHONG", "Phòng chuyên môn", true, tree, [], units);

    public static ScoredYear Year(int year, ScoredGroup group) => new(year, new FrameworkIdentity("khung-" + year, "Khung " + year, "1.0", ""), [group]);

    public static CrosswalkLink Link(string? old, string? now) =>
        new("PHONG", old is null ? null : CriterionCode.Parse(old), now is null ? null : CriterionCode.Parse(now), "");
}
