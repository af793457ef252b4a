using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Ranking;
using IndexScorer.Results;

namespace IndexScorer.Comparison;

/// <summary>
/// Compares two scored years: units matched by code (else by name, reported), or through a unit lineage (mergers, splits,
/// renames: each newer unit against its pro-forma last year); index and rank changes, band changes, field attainment, and
/// each unit's index recomputed over only the criteria present in both years.
/// </summary>
internal static class YearComparer
{
    /// <summary>
    /// The comparison; problems with the crosswalk or the lineage go to <paramref name="diagnostics"/> (errors at the row's
    /// cell, <paramref name="crosswalkOrigin"/> or <paramref name="lineageOrigin"/> otherwise). Check
    /// <see cref="DiagnosticBag.HasErrors"/> before using the result.
    /// </summary>
    public static YearComparison Compare(
        ScoredYear older, ScoredYear newer, Crosswalk crosswalk, DiagnosticBag diagnostics, SourceLocation? crosswalkOrigin = null,
        UnitLineage? lineage = null, decimal minimumCoverage = UnitLineage.DefaultMinimumCoverage, SourceLocation? lineageOrigin = null)
    {
        if (older.Year >= newer.Year) diagnostics.Warning("CW020", null, older.Year, newer.Year);
        foreach (var link in crosswalk.Links.Where(l => newer.FindGroup(l.Group) is null || older.FindGroup(l.OlderGroup) is null))
        {
            var group = newer.FindGroup(link.Group) is null ? link.Group : link.OlderGroup;
            diagnostics.Error("CW017", link.Location ?? crosswalkOrigin, group, string.Join(", ", newer.Groups.Select(g => g.Code).Intersect(older.Groups.Select(g => g.Code))));
        }
        var errors = diagnostics.ErrorCount;
        var resolved = lineage is null ? null : LineageResolver.Resolve(lineage, older, newer, diagnostics);
        // A refused lineage would make every old unit look unaccounted for: report its errors alone.
        if (diagnostics.ErrorCount > errors && resolved is not null) return new YearComparison(older, newer, crosswalk, []) { Lineage = lineage, MinimumCoverage = minimumCoverage };
        var context = new Context(older, newer, crosswalk, diagnostics, crosswalkOrigin, resolved, minimumCoverage);

        var groups = new List<GroupComparison>();
        var listed = new HashSet<ScoredUnit>(ReferenceEqualityComparer.Instance);
        foreach (var group in newer.Groups)
        {
            var before = older.FindGroup(group.Code);
            var matching = before is null ? null : context.Matching(before, group);
            var units = CompareUnits(context, before, group, listed);
            matching ??= context.FirstMatchingOf(group);
            groups.Add(new GroupComparison(group.Code, group.Name, units, matching));
        }
        foreach (var group in older.Groups.Where(g => newer.FindGroup(g.Code) is null))
        {
            var alone = group.Units.Where(u => !listed.Contains(u) && resolved?.IsSucceeded(u) != true)
                .Select(u => Alone(group.Code, u, null, group)).ToArray();
            if (alone.Length > 0 || resolved is null) groups.Add(new GroupComparison(group.Code, group.Name, alone, null));
        }
        if (resolved is not null)
        {
            foreach (var (group, unit) in groups.SelectMany(g => g.Units.Where(u => u.Newer is null && !resolved.Accounted.Contains(u.Older!)).Select(u => (g, u.Older!))))
                diagnostics.Warning("LN009", lineageOrigin, unit.Code, unit.Name, group.Code, older.Year);
        }
        return new YearComparison(older, newer, crosswalk, groups) { Lineage = lineage, MinimumCoverage = minimumCoverage };
    }

    /// <summary>What one comparison needs everywhere: the years, the crosswalk, the lineage and the criteria matchings made so far.</summary>
    private sealed class Context(
        ScoredYear older, ScoredYear newer, Crosswalk crosswalk, DiagnosticBag diagnostics, SourceLocation? crosswalkOrigin,
        ResolvedLineage? lineage, decimal minimumCoverage)
    {
        private readonly Dictionary<(ScoredGroup, ScoredGroup), CriterionMatching> _matchings = [];
        private readonly Dictionary<(ScoredGroup, ScoredGroup), BlockPositions> _positions = [];

        public (int Older, int Newer) Years { get; } = (older.Year, newer.Year);

        public DiagnosticBag Diagnostics => diagnostics;

        public ResolvedLineage? Lineage => lineage;

        public decimal MinimumCoverage => minimumCoverage;

        /// <summary>The first matching made for a newer group (through its units' predecessors), or null.</summary>
        public CriterionMatching? FirstMatchingOf(ScoredGroup after) => _matchings.FirstOrDefault(m => ReferenceEquals(m.Key.Item2, after)).Value;

        /// <summary>The criteria of an older group matched with a newer one's, resolved once per pair.</summary>
        public CriterionMatching Matching(ScoredGroup before, ScoredGroup after)
        {
            if (!_matchings.TryGetValue((before, after), out var matching))
                _matchings[(before, after)] = matching = CriterionMatching.Resolve(crosswalk, before, after, Years, diagnostics, crosswalkOrigin);
            return matching;
        }

        /// <summary>Where the leaves of each comparable block sit in the two groups' results, found once per pair.</summary>
        public BlockPositions Positions(ScoredGroup before, ScoredGroup after)
        {
            if (!_positions.TryGetValue((before, after), out var positions))
                _positions[(before, after)] = positions = new BlockPositions(Matching(before, after), before, after);
            return positions;
        }
    }

    /// <summary>Each comparable block's leaves as positions in the older and the newer group's results (codes a group lacks left out).</summary>
    private sealed class BlockPositions(CriterionMatching matching, ScoredGroup older, ScoredGroup newer)
    {
        public (int[] Older, int[] Newer)[] Blocks { get; } =
            matching.Blocks.Select(b => (Of(older, b.Older), Of(newer, b.Newer))).ToArray();

        private static int[] Of(ScoredGroup group, IReadOnlyList<CriterionCode> codes) => codes.Select(group.IndexOf).Where(i => i >= 0).ToArray();
    }

    private static List<UnitComparison> CompareUnits(Context context, ScoredGroup? older, ScoredGroup newer, HashSet<ScoredUnit> listed)
    {
        var lineage = context.Lineage;
        bool Settled(ScoredUnit unit) => lineage is not null && (lineage.Accounted.Contains(unit) || lineage.PartsOf(unit) is not null);
        var units = older is null ? null : UnitMatching.Of(older, newer, Settled);
        var result = new List<UnitComparison>();
        foreach (var unit in newer.Units)
        {
            if (lineage?.PartsOf(unit) is { } parts)
            {
                result.Add(FromParts(context, newer, unit, parts));
                continue;
            }
            var (before, by) = units?.OlderOf(unit) ?? (null, UnitMatch.None);
            if (before is null)
            {
                result.Add(Alone(newer.Code, null, unit, newer, older));
                continue;
            }
            listed.Add(before);
            if (by == UnitMatch.Name) context.Diagnostics.Warning("CW021", null, before.Code, before.Name, context.Years.Older, unit.Code, unit.Name, context.Years.Newer);
            var (comparableOlder, comparableNewer) = Comparable(context.Positions(older!, newer), before, unit);
            var comparison = new UnitComparison(newer.Code, before, unit, by, Fields(older!, newer, before, unit), comparableOlder, comparableNewer);
            if (lineage is not null)
            {
                var self = new LineagePart(new LineageLink(before.Code, unit.Code), before, older, 1m);
                comparison = comparison with { ProForma = ProForma(context, newer, unit, [self]).ProForma };
            }
            result.Add(comparison);
        }
        if (lineage is not null) Rerank(result);
        if (units is not null)
        {
            foreach (var alone in units.OnlyOlder)
            {
                listed.Add(alone);
                result.Add(Alone(newer.Code, alone, null, newer, older));
            }
        }
        if (older is not null && lineage is not null)
        {
            // Older units of this group the lineage names without a successor: listed, never dropped.
            foreach (var gone in older.Units.Where(u => lineage.Accounted.Contains(u) && !lineage.IsSucceeded(u) && listed.Add(u)))
                result.Add(Alone(newer.Code, gone, null, newer, older));
        }
        return result;
    }

    /// <summary>A newer unit against its pro-forma last year, formed from the lineage's parts.</summary>
    private static UnitComparison FromParts(Context context, ScoredGroup newer, ScoredUnit unit, IReadOnlyList<LineagePart> parts)
    {
        var (proForma, fields, comparable) = ProForma(context, newer, unit, parts);
        return new UnitComparison(newer.Code, null, unit, UnitMatch.Lineage, fields, comparable.Older, comparable.Newer) { ProForma = proForma };
    }

    /// <summary>
    /// The pro-forma last year of <paramref name="unit"/>: each part weighs (weight or 1) × share; the index, each field
    /// (over the crosswalked criteria) and the comparable index are the weighted means over the parts with results, and the
    /// coverage is their share of the whole weight.
    /// </summary>
    private static (ProFormaYear ProForma, FieldChange[] Fields, (decimal? Older, decimal? Newer) Comparable) ProForma(
        Context context, ScoredGroup newer, ScoredUnit unit, IReadOnlyList<LineagePart> parts)
    {
        var weights = parts.Select(p => (p.Link.Weight ?? 1m) * p.Share).ToArray();
        var total = weights.Sum();
        var predecessors = parts.Select((p, i) => new Predecessor(
            p.Link.OldCode, p.Result?.Name ?? p.Link.OldName, p.Group?.Code, p.Result, p.Share, p.Link.Weight, p.Link.Basis, weights[i],
            total == 0m ? 0m : weights[i] / total)).ToArray();
        var scored = Enumerable.Range(0, parts.Count).Where(i => parts[i].Result is not null).ToArray();
        var covered = scored.Sum(i => weights[i]);
        var coverage = total == 0m ? 0m : covered / total;
        decimal? index = covered == 0m ? null : scored.Sum(i => weights[i] * parts[i].Result!.IndexPercent) / covered;
        var proForma = new ProFormaYear(predecessors, index, coverage, parts.All(p => p.Link.Weight is not null), coverage < context.MinimumCoverage);

        decimal? Mean(Func<LineagePart, decimal?> value)
        {
            decimal sum = 0m, weight = 0m;
            foreach (var i in scored)
            {
                if (value(parts[i]) is not { } v) continue;
                sum += weights[i] * v;
                weight += weights[i];
            }
            return weight == 0m ? null : sum / weight;
        }

        var fields = newer.Fields.Select(f => new FieldChange(f.Code, f.Title,
            Mean(p => FieldPercent(context.Matching(p.Group!, newer), p.Group!, p.Result!, f)), newer.ResultOf(unit, f.Code)?.Percent)).ToArray();
        var comparableOlder = Mean(p => Comparable(context.Positions(p.Group!, newer), p.Result!, unit).Older);
        var comparableNewer = Mean(p => Comparable(context.Positions(p.Group!, newer), p.Result!, unit).Newer);
        return (proForma, fields, (comparableOlder, comparableNewer));
    }

    /// <summary>
    /// An older unit's attainment, in %, over the older leaves that the crosswalk matches with the newer field's leaves (a
    /// block belongs to the field of its first newer leaf); null when nothing of it counts.
    /// </summary>
    private static decimal? FieldPercent(CriterionMatching matching, ScoredGroup olderGroup, ScoredUnit older, CriterionSummary field)
    {
        var results = matching.Blocks.Where(b => field.Code.Contains(b.Newer[0]))
            .SelectMany(b => b.Older).Select(c => olderGroup.ResultOf(older, c)).OfType<CriterionResult>().ToArray();
        var max = results.Sum(r => r.MaxInUse);
        return max == 0m ? null : 100m * results.Sum(r => r.FinalPoints) / max;
    }

    /// <summary>Last year's ranks recomputed among the units with a pro-forma index, and this year's among the same units.</summary>
    private static void Rerank(List<UnitComparison> units)
    {
        var compared = units.Select((u, i) => (Unit: u, At: i)).Where(x => x.Unit.ProForma?.IndexPercent is not null).ToArray();
        var before = CompetitionRanks.Of(compared.Select(x => x.Unit.ProForma!.IndexPercent!.Value).ToArray());
        var after = CompetitionRanks.Of(compared.Select(x => x.Unit.Newer!.IndexPercent).ToArray());
        for (var k = 0; k < compared.Length; k++)
        {
            var (unit, at) = compared[k];
            units[at] = unit with { ProForma = unit.ProForma! with { Rank = before[k], NewerRank = after[k] } };
        }
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
    /// <remarks>Sums in the blocks' order without a copy: it runs once per unit, thousands of times at national scale.</remarks>
    private static (decimal? Older, decimal? Newer) Comparable(BlockPositions positions, ScoredUnit older, ScoredUnit newer)
    {
        decimal olderPoints = 0m, olderMax = 0m, newerPoints = 0m, newerMax = 0m;
        foreach (var (olderAt, newerAt) in positions.Blocks)
        {
            var (pointsBefore, maxBefore) = Sum(older, olderAt);
            var (pointsAfter, maxAfter) = Sum(newer, newerAt);
            if (maxBefore == 0m || maxAfter == 0m) continue;
            olderPoints += pointsBefore;
            olderMax += maxBefore;
            newerPoints += pointsAfter;
            newerMax += maxAfter;
        }
        return olderMax == 0m || newerMax == 0m ? (null, null) : (100m * olderPoints / olderMax, 100m * newerPoints / newerMax);
    }

    private static (decimal Points, decimal Max) Sum(ScoredUnit unit, int[] positions)
    {
        decimal points = 0m, max = 0m;
        if (unit.Criteria is PointsOnlyResults kept)
        {
            // A year read for its points: summed from its arrays, no result made per node.
            foreach (var i in positions)
            {
                points += kept.FinalPoints(i);
                max += kept.MaxInUse(i);
            }
            return (points, max);
        }
        foreach (var i in positions)
        {
            points += unit.Criteria[i].FinalPoints;
            max += unit.Criteria[i].MaxInUse;
        }
        return (points, max);
    }
}
