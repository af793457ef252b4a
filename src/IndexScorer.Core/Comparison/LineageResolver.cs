using IndexScorer.Diagnostics;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.Comparison;

/// <summary>
/// Checks a unit lineage against the two years compared and turns it into each newer unit's parts: every code must be a
/// unit of its year (an old unit may be declared as not scored), an old unit's shares must add up to 1 (equal parts when
/// none is given), a pair must not be written twice, and a newer unit's predecessors must all have a weight or none.
/// Every refusal names the row's cell.
/// </summary>
internal static class LineageResolver
{
    /// <summary>How far an old unit's shares may stray from 1 (shares such as 0.33 + 0.33 + 0.34 are typed by hand).</summary>
    private const decimal ShareTolerance = 0.001m;

    /// <summary>The parts of each newer unit (by its code key) and the older units the lineage accounts for.</summary>
    public static ResolvedLineage Resolve(UnitLineage lineage, ScoredYear older, ScoredYear newer, DiagnosticBag diagnostics)
    {
        var olderUnits = Units(older);
        var newerUnits = Units(newer);
        var errors = diagnostics.ErrorCount;
        var seen = new Dictionary<(string, string), LineageLink>();
        var usable = new List<LineageLink>();
        foreach (var link in lineage.Links)
        {
            var ok = true;
            if (link.OldYear is { } year && year != older.Year)
            {
                diagnostics.Error("LN001", link.Cells?.OldYear, year, older.Year);
                ok = false;
            }
            var found = olderUnits.ContainsKey(TextKey.Of(link.OldCode));
            if (!found && !link.WithoutResults)
            {
                diagnostics.Error("LN002", link.Cells?.OldCode, link.OldCode, older.Year);
                ok = false;
            }
            if (found && link.WithoutResults) diagnostics.Warning("LN008", link.Cells?.OldCode, link.OldCode, older.Year);
            if (link.NewCode is { } now && !newerUnits.ContainsKey(TextKey.Of(now)))
            {
                diagnostics.Error("LN003", link.Cells?.NewCode, now, newer.Year);
                ok = false;
            }
            var pair = (TextKey.Of(link.OldCode), TextKey.Of(link.NewCode));
            if (seen.TryGetValue(pair, out var first))
            {
                diagnostics.Error("LN004", link.Cells?.NewCode ?? link.Cells?.Row, link.OldCode, link.NewCode ?? "—", (object?)first.Cells?.Row ?? "—");
                ok = false;
            }
            else
            {
                seen[pair] = link;
            }
            if (ok) usable.Add(link);
        }

        var shares = new Dictionary<LineageLink, decimal>(ReferenceEqualityComparer.Instance);
        foreach (var rows in usable.GroupBy(l => TextKey.Of(l.OldCode)))
        {
            var links = rows.ToArray();
            var given = links.Where(l => l.Share is not null).ToArray();
            if (given.Length == 0)
            {
                foreach (var link in links) shares[link] = 1m / links.Length;
                continue;
            }
            foreach (var blank in links.Where(l => l.Share is null)) diagnostics.Error("LN006", blank.Cells?.Share, blank.OldCode);
            if (given.Length < links.Length) continue;
            var sum = given.Sum(l => l.Share!.Value);
            if (Math.Abs(sum - 1m) > ShareTolerance)
            {
                diagnostics.Error("LN005", links[^1].Cells?.Share, links[^1].OldCode, sum, links.Length);
                continue;
            }
            foreach (var link in links) shares[link] = link.Share!.Value;
        }

        foreach (var rows in usable.Where(l => l.NewCode is not null).GroupBy(l => TextKey.Of(l.NewCode)))
        {
            if (rows.All(l => l.Weight is null) || rows.All(l => l.Weight is not null)) continue;
            foreach (var blank in rows.Where(l => l.Weight is null)) diagnostics.Error("LN007", blank.Cells?.Weight, blank.NewCode!);
        }

        var resolved = new ResolvedLineage();
        if (diagnostics.ErrorCount > errors) return resolved;
        foreach (var link in usable)
        {
            olderUnits.TryGetValue(TextKey.Of(link.OldCode), out var before);
            if (before.Unit is not null) resolved.Accounted.Add(before.Unit);
            if (link.NewCode is null) continue;
            if (before.Unit is not null) resolved.Succeeded.Add(before.Unit);
            var key = TextKey.Of(link.NewCode);
            if (!resolved.Parts.TryGetValue(key, out var parts)) resolved.Parts[key] = parts = [];
            parts.Add(new LineagePart(link, before.Unit, before.Group, shares[link]));
        }
        return resolved;
    }

    private static Dictionary<string, (ScoredUnit Unit, ScoredGroup Group)> Units(ScoredYear year)
    {
        var units = new Dictionary<string, (ScoredUnit, ScoredGroup)>();
        foreach (var group in year.Groups)
        {
            foreach (var unit in group.Units) units.TryAdd(TextKey.Of(unit.Code), (unit, group));
        }
        return units;
    }
}

/// <summary>A lineage checked against the two years: each newer unit's parts, and the older units it names.</summary>
internal sealed class ResolvedLineage
{
    /// <summary>The parts of each newer unit, by the unit code's key, in lineage order.</summary>
    public Dictionary<string, List<LineagePart>> Parts { get; } = [];

    /// <summary>The older units the lineage names (with or without a successor): never matched again by code or name.</summary>
    public HashSet<ScoredUnit> Accounted { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The older units with at least one successor among the newer units.</summary>
    public HashSet<ScoredUnit> Succeeded { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>True when the older unit went (wholly or in part) into a newer unit.</summary>
    public bool IsSucceeded(ScoredUnit older) => Succeeded.Contains(older);

    /// <summary>The parts of a newer unit; null when the lineage does not name it.</summary>
    public IReadOnlyList<LineagePart>? PartsOf(ScoredUnit newer) => Parts.TryGetValue(TextKey.Of(newer.Code), out var parts) ? parts : null;
}

/// <summary>One part of a newer unit: the lineage row, the old unit's result and group (null when not scored) and the share.</summary>
internal sealed record LineagePart(LineageLink Link, ScoredUnit? Result, ScoredGroup? Group, decimal Share);
