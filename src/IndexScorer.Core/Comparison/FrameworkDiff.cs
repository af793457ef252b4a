using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Text;

using IndexScorer.Results;

namespace IndexScorer.Comparison;

/// <summary>
/// Proposes a crosswalk between two frameworks, group by group, leaf by leaf: the same code with a like title maps to
/// itself (a row only when the maximum or the wording changed); otherwise the most alike titles are paired (renumbered).
/// Pairs whose titles are only somewhat alike, and removals or additions that resemble another criterion (a possible
/// merge or split), are marked for a person to decide.
/// </summary>
internal static class FrameworkDiff
{
    /// <summary>At or above this similarity two titles are the same criterion.</summary>
    internal const decimal Certain = 0.8m;

    /// <summary>At or above this similarity, the same code keeps its meaning even if reworded.</summary>
    internal const decimal SameCodeCertain = 0.6m;

    /// <summary>Below this similarity two titles are not taken for the same criterion without a person's word.</summary>
    internal const decimal Doubtful = 0.5m;

    /// <summary>At or above this, an unpaired criterion resembles another enough to ask whether it was merged or split.</summary>
    internal const decimal Resembles = 0.35m;

    /// <summary>
    /// The proposed crosswalk, its notes written in <paramref name="language"/> (they go into a file people edit). Groups
    /// present in one framework only are reported as warnings naming <paramref name="olderFile"/> or <paramref name="newerFile"/>.
    /// </summary>
    public static Crosswalk Propose(Framework older, Framework newer, Language language, DiagnosticBag diagnostics, string olderFile, string newerFile)
    {
        var links = new List<CrosswalkLink>();
        foreach (var group in newer.Groups)
        {
            var before = older.FindGroup(group.Code);
            if (before is null)
            {
                diagnostics.Warning("CW030", new SourceLocation(newerFile), group.Code, older.Year);
                continue;
            }
            links.AddRange(ProposeGroup(group.Code, language, CriterionSummary.Of(before).Where(c => c.IsLeaf).ToArray(), CriterionSummary.Of(group).Where(c => c.IsLeaf).ToArray()));
        }
        foreach (var group in older.Groups.Where(g => newer.FindGroup(g.Code) is null))
            diagnostics.Warning("CW031", new SourceLocation(olderFile), group.Code, newer.Year);
        return new Crosswalk(links);
    }

    internal static List<CrosswalkLink> ProposeGroup(string group, Language language, CriterionSummary[] olderLeaves, CriterionSummary[] newerLeaves)
    {
        var similarity = new decimal[olderLeaves.Length, newerLeaves.Length];
        var candidates = new List<(int Old, int New, decimal Score)>();
        for (var o = 0; o < olderLeaves.Length; o++)
        {
            for (var n = 0; n < newerLeaves.Length; n++)
            {
                var s = similarity[o, n] = TitleSimilarity.Of(olderLeaves[o].Title, newerLeaves[n].Title);
                var sameCode = olderLeaves[o].Code.Value == newerLeaves[n].Code.Value;
                // The same code weighs a little: of two equally alike titles, the one keeping its number wins.
                if (s >= Doubtful || (sameCode && s >= Resembles)) candidates.Add((o, n, s + (sameCode ? 0.05m : 0m)));
            }
        }

        var pairOfOld = new int?[olderLeaves.Length];
        var pairOfNew = new int?[newerLeaves.Length];
        foreach (var (o, n, _) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Old).ThenBy(c => c.New))
        {
            if (pairOfOld[o] is not null || pairOfNew[n] is not null) continue;
            pairOfOld[o] = n;
            pairOfNew[n] = o;
        }

        var rows = new List<(CriterionCode Order, CrosswalkLink Link)>();
        for (var o = 0; o < olderLeaves.Length; o++)
        {
            var old = olderLeaves[o];
            if (pairOfOld[o] is not { } n)
            {
                var (hint, score) = Closest(newerLeaves, i => similarity[o, i]);
                var doubt = score >= Resembles;
                rows.Add((old.Code, new CrosswalkLink(group, old.Code, null,
                    doubt ? Note(language, "CW103", hint!.Code.Value, hint.Title) : Note(language, "CW102", old.Title), doubt)));
                continue;
            }
            var now = newerLeaves[n];
            var s = similarity[o, n];
            var sameCode = old.Code.Value == now.Code.Value;
            var sameTitle = TextKey.Folded(old.Title) == TextKey.Folded(now.Title);
            if (sameCode && sameTitle && old.MaxPoints == now.MaxPoints) continue;
            var notes = new List<string>();
            if (!sameCode) notes.Add(Note(language, "CW100", old.Code.Value, now.Code.Value));
            if (!sameTitle) notes.Add(Note(language, "CW105", old.Title, now.Title, Math.Round(s * 100m)));
            if (old.MaxPoints != now.MaxPoints) notes.Add(Note(language, "CW101", old.MaxPoints, now.MaxPoints));
            var certain = s >= Certain || (sameCode && s >= SameCodeCertain);
            rows.Add((now.Code, new CrosswalkLink(group, old.Code, now.Code, string.Join("; ", notes), !certain)));
        }
        for (var n = 0; n < newerLeaves.Length; n++)
        {
            if (pairOfNew[n] is not null) continue;
            var now = newerLeaves[n];
            var (hint, score) = Closest(olderLeaves, i => similarity[i, n]);
            var doubt = score >= Resembles;
            rows.Add((now.Code, new CrosswalkLink(group, null, now.Code,
                doubt ? Note(language, "CW104", hint!.Code.Value, hint.Title) : Note(language, "CW106", now.Title), doubt)));
        }
        return rows.OrderBy(r => r.Order).Select(r => r.Link).ToList();
    }

    private static string Note(Language language, string code, params object[] args) => CoreMessages.Catalog.Message(code, args, language);

    private static (CriterionSummary? Leaf, decimal Score) Closest(CriterionSummary[] leaves, Func<int, decimal> similarity)
    {
        var best = Enumerable.Range(0, leaves.Length).Select(i => (Leaf: leaves[i], Score: similarity(i))).OrderByDescending(x => x.Score).FirstOrDefault();
        return best.Leaf is null ? (null, 0m) : best;
    }
}
