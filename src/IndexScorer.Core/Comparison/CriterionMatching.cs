using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;

using IndexScorer.Results;

namespace IndexScorer.Comparison;

/// <summary>
/// One group's scored leaves matched across two years through a crosswalk: the comparable blocks, and the leaves of
/// one year only (removed, new). A leaf no crosswalk row names maps to the same code when the other year has it.
/// </summary>
public sealed class CriterionMatching
{
    private CriterionMatching(IReadOnlyList<ComparableBlock> blocks, IReadOnlyList<CriterionCode> onlyOlder, IReadOnlyList<CriterionCode> onlyNewer)
    {
        Blocks = blocks;
        OnlyOlder = onlyOlder;
        OnlyNewer = onlyNewer;
    }

    /// <summary>Leaves present in both years, block by block, in the newer framework's order.</summary>
    public IReadOnlyList<ComparableBlock> Blocks { get; }

    /// <summary>Older leaves without a counterpart (removed).</summary>
    public IReadOnlyList<CriterionCode> OnlyOlder { get; }

    /// <summary>Newer leaves without a counterpart (new).</summary>
    public IReadOnlyList<CriterionCode> OnlyNewer { get; }

    /// <summary>
    /// Matches the leaves of <paramref name="older"/> and <paramref name="newer"/>; rows naming unknown codes become
    /// errors at the row's location, doubtful defaults become warnings.
    /// </summary>
    public static CriterionMatching Resolve(
        Crosswalk crosswalk, ScoredGroup older, ScoredGroup newer, (int Older, int Newer) years, DiagnosticBag diagnostics, SourceLocation? crosswalkOrigin = null)
    {
        var parent = new Dictionary<string, string>();
        string Find(string key)
        {
            while (parent[key] != key) key = parent[key] = parent[parent[key]];
            return key;
        }
        void Join(string a, string b) => parent[Find(a)] = Find(b);

        var olderLeaves = older.Criteria.Where(c => c.IsLeaf && c.Section == SectionKind.Scored).ToArray();
        var newerLeaves = newer.Criteria.Where(c => c.IsLeaf && c.Section == SectionKind.Scored).ToArray();
        foreach (var leaf in olderLeaves) parent[Old(leaf.Code)] = Old(leaf.Code);
        foreach (var leaf in newerLeaves) parent[New(leaf.Code)] = New(leaf.Code);

        var coveredOld = new HashSet<string>();
        var coveredNew = new HashSet<string>();
        var links = crosswalk.ForGroups(older.Code, newer.Code).ToArray();
        foreach (var link in links)
        {
            if (link.Old is not null && older.Find(link.Old) is null)
            {
                diagnostics.Error("CW010", link.Location ?? crosswalkOrigin, link.Old.Value, years.Older, older.Code);
                continue;
            }
            if (link.New is not null && newer.Find(link.New) is null)
            {
                diagnostics.Error("CW011", link.Location ?? crosswalkOrigin, link.New.Value, years.Newer, newer.Code);
                continue;
            }
            if (link.NeedsDecision) diagnostics.Warning("CW012", link.Location ?? crosswalkOrigin, link.Old?.Value ?? "—", link.New?.Value ?? "—");
            var keys = (link.Old is null ? [] : older.ScoredLeavesUnder(link.Old).Select(l => Old(l.Code)))
                .Concat(link.New is null ? [] : newer.ScoredLeavesUnder(link.New).Select(l => New(l.Code))).ToArray();
            foreach (var key in keys) (key[0] == 'o' ? coveredOld : coveredNew).Add(key);
            for (var i = 1; i < keys.Length; i++) Join(keys[i - 1], keys[i]);
        }

        foreach (var leaf in olderLeaves.Where(l => !coveredOld.Contains(Old(l.Code))))
        {
            var twin = newer.Find(leaf.Code);
            if (twin is not { IsLeaf: true, Section: SectionKind.Scored } || coveredNew.Contains(New(twin.Code))) continue;
            Join(Old(leaf.Code), New(twin.Code));
            coveredOld.Add(Old(leaf.Code));
            coveredNew.Add(New(twin.Code));
            if (TitleSimilarity.Of(leaf.Title, twin.Title) < FrameworkDiff.Doubtful)
                diagnostics.Warning("CW013", crosswalkOrigin, leaf.Code.Value, years.Older, leaf.Title, years.Newer, twin.Title);
        }

        var onlyOlder = olderLeaves.Where(l => !coveredOld.Contains(Old(l.Code))).Select(l => l.Code).ToArray();
        var onlyNewer = newerLeaves.Where(l => !coveredNew.Contains(New(l.Code))).Select(l => l.Code).ToArray();
        if (links.Length > 0)
        {
            foreach (var code in onlyOlder) diagnostics.Warning("CW014", crosswalkOrigin, code.Value, years.Older, older.Code);
            foreach (var code in onlyNewer) diagnostics.Warning("CW015", crosswalkOrigin, code.Value, years.Newer, newer.Code);
        }
        else if (onlyOlder.Length + onlyNewer.Length > 0)
        {
            diagnostics.Warning("CW016", crosswalkOrigin, newer.Code, string.Join(", ", onlyOlder.Select(c => c.Value)), string.Join(", ", onlyNewer.Select(c => c.Value)));
        }

        var blocks = new List<ComparableBlock>();
        foreach (var root in newerLeaves.Select(l => Find(New(l.Code))).Distinct())
        {
            var olderCodes = olderLeaves.Where(l => Find(Old(l.Code)) == root).Select(l => l.Code).ToArray();
            var newerCodes = newerLeaves.Where(l => Find(New(l.Code)) == root).Select(l => l.Code).ToArray();
            if (olderCodes.Length > 0 && newerCodes.Length > 0) blocks.Add(new ComparableBlock(olderCodes, newerCodes));
        }
        var unmatchedOld = olderLeaves.Where(l => !blocks.Any(b => b.Older.Contains(l.Code))).Select(l => l.Code);
        var unmatchedNew = newerLeaves.Where(l => !blocks.Any(b => b.Newer.Contains(l.Code))).Select(l => l.Code);
        return new CriterionMatching(blocks, unmatchedOld.ToArray(), unmatchedNew.ToArray());
    }

    private static string Old(CriterionCode code) => "o:" + code.Value;

    private static string New(CriterionCode code) => "n:" + code.Value;
}
