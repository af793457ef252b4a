using IndexScorer.Text;

namespace IndexScorer.Results;

/// <summary>
/// Decides which unit of an older year is the same unit in a newer one, within one group: the same code (Unicode form and
/// case ignored), else the same name (diacritics ignored too) when exactly one older unit not yet matched bears it.
/// Made once per pair of groups; every look-up is a dictionary read.
/// </summary>
public sealed class UnitMatching
{
    private readonly Dictionary<ScoredUnit, (ScoredUnit Older, UnitMatch By)> _olderOf;

    private UnitMatching(Dictionary<ScoredUnit, (ScoredUnit Older, UnitMatch By)> olderOf, IReadOnlyList<ScoredUnit> onlyOlder)
    {
        _olderOf = olderOf;
        OnlyOlder = onlyOlder;
    }

    /// <summary>The older units no newer unit matched, in the older year's rank order.</summary>
    public IReadOnlyList<ScoredUnit> OnlyOlder { get; }

    /// <summary>The older year's result of a newer unit and how it was found; (null, <see cref="UnitMatch.None"/>) when it has none.</summary>
    public (ScoredUnit? Older, UnitMatch By) OlderOf(ScoredUnit newer) =>
        _olderOf.TryGetValue(newer, out var match) ? match : (null, UnitMatch.None);

    /// <summary>Matches the units of <paramref name="newer"/> with those of <paramref name="older"/>: codes first, then names in the newer year's rank order.</summary>
    public static UnitMatching Of(ScoredGroup older, ScoredGroup newer) => Of(older, newer, _ => false);

    /// <summary>The same, leaving out the units (of either year) that <paramref name="settled"/> says are accounted for elsewhere (by a unit lineage).</summary>
    internal static UnitMatching Of(ScoredGroup older, ScoredGroup newer, Func<ScoredUnit, bool> settled)
    {
        var byCode = new Dictionary<string, ScoredUnit>();
        foreach (var unit in older.Units.Where(u => !settled(u))) byCode.TryAdd(TextKey.Of(unit.Code), unit);
        var olderOf = new Dictionary<ScoredUnit, (ScoredUnit Older, UnitMatch By)>(ReferenceEqualityComparer.Instance);
        var matched = new HashSet<ScoredUnit>(ReferenceEqualityComparer.Instance);
        foreach (var unit in newer.Units.Where(u => !settled(u)))
        {
            if (!byCode.Remove(TextKey.Of(unit.Code), out var before)) continue;
            olderOf[unit] = (before, UnitMatch.Code);
            matched.Add(before);
        }

        var byName = older.Units.Where(u => !matched.Contains(u) && !settled(u)).GroupBy(u => TextKey.Folded(u.Name)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var unit in newer.Units.Where(u => !olderOf.ContainsKey(u) && !settled(u)))
        {
            if (!byName.TryGetValue(TextKey.Folded(unit.Name), out var candidates) || candidates.Count != 1) continue;
            olderOf[unit] = (candidates[0], UnitMatch.Name);
            matched.Add(candidates[0]);
            candidates.Clear();
        }
        return new UnitMatching(olderOf, older.Units.Where(u => !matched.Contains(u) && !settled(u)).ToArray());
    }
}
