using IndexScorer.Diagnostics;
using IndexScorer.Results;

namespace IndexScorer.Comparison;

/// <summary>
/// Compares two scored years: units matched by code (else by name, reported), index and rank changes, band changes, field
/// attainment, and each unit's index recomputed over only the criteria present in both years.
/// </summary>
internal static class YearComparer
{
    /// <summary>
    /// The comparison; problems with the crosswalk go to <paramref name="diagnostics"/> (errors at the crosswalk row,
    /// <paramref name="crosswalkOrigin"/> otherwise). Check <see cref="DiagnosticBag.HasErrors"/> before using the result.
    /// </summary>
    public static YearComparison Compare(ScoredYear older, ScoredYear newer, Crosswalk crosswalk, DiagnosticBag diagnostics, SourceLocation? crosswalkOrigin = null)
    {
        if (older.Year >= newer.Year) diagnostics.Warning("CW020", null, older.Year, newer.Year);
        foreach (var link in crosswalk.Links.Where(l => newer.FindGroup(l.Group) is null || older.FindGroup(l.Group) is null))
            diagnostics.Error("CW017", link.Location ?? crosswalkOrigin, link.Group, string.Join(", ", newer.Groups.Select(g => g.Code).Intersect(older.Groups.Select(g => g.Code))));

        var groups = new List<GroupComparison>();
        foreach (var group in newer.Groups)
        {
            var before = older.FindGroup(group.Code);
            if (before is null)
            {
                groups.Add(new GroupComparison(group.Code, group.Name, group.Units.Select(u => Alone(group.Code, null, u, group)).ToArray(), null));
                continue;
            }
            var matching = CriterionMatching.Resolve(crosswalk, before, group, (older.Year, newer.Year), diagnostics, crosswalkOrigin);
            groups.Add(new GroupComparison(group.Code, group.Name, CompareUnits(before, group, matching, (older.Year, newer.Year), diagnostics), matching));
        }
        foreach (var group in older.Groups.Where(g => newer.FindGroup(g.Code) is null))
            groups.Add(new GroupComparison(group.Code, group.Name, group.Units.Select(u => Alone(group.Code, u, null, group)).ToArray(), null));
        return new YearComparison(older, newer, crosswalk, groups);
    }

    private static List<UnitComparison> CompareUnits(
        ScoredGroup older, ScoredGroup newer, CriterionMatching matching, (int Older, int Newer) years, DiagnosticBag diagnostics)
    {
        var units = UnitMatching.Of(older, newer);
        var result = new List<UnitComparison>();
        foreach (var unit in newer.Units)
        {
            var (before, by) = units.OlderOf(unit);
            if (before is null)
            {
                result.Add(Alone(newer.Code, null, unit, newer, older));
                continue;
            }
            if (by == UnitMatch.Name) diagnostics.Warning("CW021", null, before.Code, before.Name, years.Older, unit.Code, unit.Name, years.Newer);
            var (comparableOlder, comparableNewer) = Comparable(matching, older, newer, before, unit);
            result.Add(new UnitComparison(newer.Code, before, unit, by, Fields(older, newer, before, unit), comparableOlder, comparableNewer));
        }
        result.AddRange(units.OnlyOlder.Select(u => Alone(newer.Code, u, null, newer, older)));
        return result;
    }

    private static UnitComparison Alone(string group, ScoredUnit? older, ScoredUnit? newer, ScoredGroup scored, ScoredGroup? olderGroup = null) =>
        new(group, older, newer, UnitMatch.None, Fields(olderGroup ?? scored, scored, older, newer), null, null);

    private static FieldChange[] Fields(ScoredGroup olderGroup, ScoredGroup newerGroup, ScoredUnit? older, ScoredUnit? newer)
    {
        var fields = newerGroup.Fields.Concat(olderGroup.Fields.Where(f => newerGroup.Find(f.Code) is not { IsField: true }));
        return fields.Select(f => new FieldChange(f.Code, f.Title, Percent(olderGroup, older, f), Percent(newerGroup, newer, f))).ToArray();
    }

    private static decimal? Percent(ScoredGroup group, ScoredUnit? unit, CriterionSummary field) =>
        unit is null ? null : group.ResultOf(unit, field.Code)?.Percent;

    /// <summary>
    /// Both years' index over the comparable blocks only: a block counts for a unit when it has a maximum in use in both
    /// years (a criterion excluded as N/A, or a survey not run, in either year drops the block from both).
    /// </summary>
    private static (decimal? Older, decimal? Newer) Comparable(
        CriterionMatching matching, ScoredGroup olderGroup, ScoredGroup newerGroup, ScoredUnit older, ScoredUnit newer)
    {
        decimal olderPoints = 0m, olderMax = 0m, newerPoints = 0m, newerMax = 0m;
        foreach (var block in matching.Blocks)
        {
            var before = block.Older.Select(c => olderGroup.ResultOf(older, c)).OfType<CriterionResult>().ToArray();
            var after = block.Newer.Select(c => newerGroup.ResultOf(newer, c)).OfType<CriterionResult>().ToArray();
            var (maxBefore, maxAfter) = (before.Sum(c => c.MaxInUse), after.Sum(c => c.MaxInUse));
            if (maxBefore == 0m || maxAfter == 0m) continue;
            olderPoints += before.Sum(c => c.FinalPoints);
            olderMax += maxBefore;
            newerPoints += after.Sum(c => c.FinalPoints);
            newerMax += maxAfter;
        }
        return olderMax == 0m || newerMax == 0m ? (null, null) : (100m * olderPoints / olderMax, 100m * newerPoints / newerMax);
    }
}
