using IndexScorer.Frameworks;
using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>
/// Whether a group's fields measure something together: the correlations between fields (of their attainment, % of the
/// maximum in use), each field against the index without that field, and each field's Cronbach's α over its criteria.
/// </summary>
/// <param name="Fields">The scored fields, in framework order.</param>
/// <param name="Pearson">Pearson's r between fields i and j (symmetric, 1 on the diagonal); null where undefined.</param>
/// <param name="Spearman">Spearman's ρ between fields i and j; null where undefined.</param>
/// <param name="AgainstRest">Per field, its correlations with the index computed without it.</param>
/// <param name="Alpha">Per field, Cronbach's α over its criteria (the field's children), on the units for which all count; null where undefined.</param>
public sealed record Coherence(
    IReadOnlyList<CriterionSummary> Fields, double?[,] Pearson, double?[,] Spearman, IReadOnlyList<(double? Pearson, double? Spearman)> AgainstRest,
    IReadOnlyList<double?> Alpha)
{
    /// <summary>Below this α a field's criteria are flagged as not measuring one thing.</summary>
    public const double AlphaThreshold = 0.7;

    /// <summary>The fields whose α is below <see cref="AlphaThreshold"/>.</summary>
    public IEnumerable<CriterionSummary> LowAlpha => Fields.Where((_, i) => Alpha[i] < AlphaThreshold);

    /// <summary>The pairs of fields (i &lt; j) with a negative Pearson or Spearman correlation.</summary>
    public IEnumerable<(CriterionSummary First, CriterionSummary Second)> NegativePairs =>
        from i in Enumerable.Range(0, Fields.Count)
        from j in Enumerable.Range(i + 1, Fields.Count - i - 1)
        where Pearson[i, j] < 0d || Spearman[i, j] < 0d
        select (Fields[i], Fields[j]);

    /// <summary>The coherence of a group's fields.</summary>
    public static Coherence Of(ScoredGroup group)
    {
        var fields = group.Fields;
        var positions = fields.Select(f => group.IndexOf(f.Code)).ToArray();
        var pearson = new double?[fields.Count, fields.Count];
        var spearman = new double?[fields.Count, fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            for (var j = i; j < fields.Count; j++)
            {
                var (x, y) = Paired(group.Units, u => u.Criteria[positions[i]].Percent, u => u.Criteria[positions[j]].Percent);
                pearson[i, j] = pearson[j, i] = i == j ? 1d : Correlations.Pearson(x, y);
                spearman[i, j] = spearman[j, i] = i == j ? 1d : Correlations.Spearman(x, y);
            }
        }
        var againstRest = positions.Select(p =>
        {
            var (x, y) = Paired(group.Units, u => u.Criteria[p].Percent, u => IndexWithout(u, u.Criteria[p]));
            return (Correlations.Pearson(x, y), Correlations.Spearman(x, y));
        }).ToArray();
        var alpha = fields.Select(f => CronbachOf(group, f)).ToArray();
        return new Coherence(fields, pearson, spearman, againstRest, alpha);
    }

    /// <summary>A unit's index computed without one of its fields; null when nothing else counts.</summary>
    internal static decimal? IndexWithout(ScoredUnit unit, CriterionResult field)
    {
        var max = unit.MaxInUse - field.MaxInUse;
        return max <= 0m ? null : 100m * (unit.TotalPoints - field.FinalPoints) / max;
    }

    private static (double[] X, double[] Y) Paired(IEnumerable<ScoredUnit> units, Func<ScoredUnit, decimal?> x, Func<ScoredUnit, decimal?> y)
    {
        var pairs = units.Select(u => (X: x(u), Y: y(u))).Where(p => p.X is not null && p.Y is not null).ToArray();
        return (pairs.Select(p => (double)p.X!.Value).ToArray(), pairs.Select(p => (double)p.Y!.Value).ToArray());
    }

    private static double? CronbachOf(ScoredGroup group, CriterionSummary field)
    {
        var items = group.Criteria.Select((c, i) => (c, i))
            .Where(x => x.c.Section == SectionKind.Scored && x.c.Code.Depth == 2 && field.Code.Contains(x.c.Code))
            .Select(x => x.i).ToArray();
        var rows = group.Units
            .Where(u => items.All(i => u.Criteria[i].MaxInUse > 0m))
            .Select(u => items.Select(i => (double)u.Criteria[i].FinalPoints).ToArray())
            .ToArray();
        return Correlations.CronbachAlpha(rows);
    }
}
