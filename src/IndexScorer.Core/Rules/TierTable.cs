using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.Rules;

/// <summary>What makes a tier table: its lines ordered from the lowest range up, covering 0 % and up exactly once.</summary>
internal static class TierTable
{
    /// <summary>The tiers ordered from the lowest range up (an included lower bound before an excluded one).</summary>
    public static IReadOnlyList<Tier> Ordered(IEnumerable<Tier> tiers) =>
        tiers.OrderBy(t => t.Band.Lower).ThenByDescending(t => t.Band.LowerInclusive).ToArray();

    /// <summary>
    /// Why ordered tiers do not cover 0 % up to 100 % (and above) exactly once: RU011 (a gap) or RU012 (an overlap) with the
    /// ranges concerned; null when they do.
    /// </summary>
    public static Message? Problem(IReadOnlyList<Tier> ordered)
    {
        if (ordered[0].Band.Lower != 0m || !ordered[0].Band.LowerInclusive) return new Message("RU011", ["0%", RuleParser.Describe(ordered[0].Band)]);
        for (var i = 1; i < ordered.Count; i++)
        {
            var (a, b) = (ordered[i - 1].Band, ordered[i].Band);
            if (a.Upper is null || a.Upper > b.Lower || (a.Upper == b.Lower && a.UpperInclusive && b.LowerInclusive))
                return new Message("RU012", [RuleParser.Describe(a), RuleParser.Describe(b)]);
            if (a.Upper < b.Lower || (a.Upper == b.Lower && !a.UpperInclusive && !b.LowerInclusive))
                return new Message("RU011", [NumberText.Format(a.Upper.Value) + "%", RuleParser.Describe(b)]);
        }
        var top = ordered[^1].Band;
        return top.Upper is { } upper && (upper < 100m || (upper == 100m && !top.UpperInclusive))
            ? new Message("RU011", ["100%", RuleParser.Describe(top)])
            : null;
    }
}
