using IndexScorer.Campaigns;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Text;

namespace IndexScorer.Appraisal;

/// <summary>
/// The council's appraisal of a campaign, merged from all its files (one per appraising body, or one for all): per unit and
/// leaf, round 1, the explanation and round 2. Two files that give the same unit and criterion different values are refused
/// (AP101), both named.
/// </summary>
internal sealed class CouncilAppraisal
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, LeafAppraisal>> _byUnit;

    private CouncilAppraisal(IReadOnlyDictionary<string, IReadOnlyDictionary<string, LeafAppraisal>> byUnit) => _byUnit = byUnit;

    /// <summary>No appraisal at all: every self score stands.</summary>
    public static CouncilAppraisal None { get; } = new(new Dictionary<string, IReadOnlyDictionary<string, LeafAppraisal>>());

    private static readonly IReadOnlyDictionary<string, LeafAppraisal> Nothing = new Dictionary<string, LeafAppraisal>();

    /// <summary>The appraisal of a unit per leaf code (empty when the council has written nothing for it).</summary>
    public IReadOnlyDictionary<string, LeafAppraisal> For(string unitCode) => _byUnit.GetValueOrDefault(TextKey.Of(unitCode)) ?? Nothing;

    /// <summary>
    /// Merges the rows of every file in the order given. A row of a unit not on the roster is a warning (AP102) and skipped; a
    /// row whose criterion is not a self-assessed leaf of the unit's group is an error (AP103); a value that two rows give
    /// differently is an error at the later row (AP101) naming the earlier one.
    /// </summary>
    public static CouncilAppraisal Merge(Framework framework, RosterCheck roster, IEnumerable<AppraisalRow> rows, DiagnosticBag diagnostics)
    {
        var merged = new Dictionary<string, Dictionary<string, LeafAppraisal>>();
        foreach (var row in rows)
        {
            var unitKey = TextKey.Of(row.UnitCode.Text);
            if (!roster.Accepted.TryGetValue(unitKey, out var entry))
            {
                if (!roster.Knows(unitKey)) diagnostics.Warning("AP102", row.UnitCode.Location, TextKey.Clean(row.UnitCode.Text));
                continue;
            }
            var group = framework.FindGroup(entry.Unit.GroupCode)!;
            var leaf = CriterionCode.TryParse(TextKey.Clean(row.CriterionCode.Text), out var code) ? group.Find(code) : null;
            if (leaf is not { IsLeaf: true, Source: PointSource.SelfAssessment })
            {
                diagnostics.Error("AP103", row.CriterionCode.Location, TextKey.Clean(row.CriterionCode.Text), entry.Unit.Code, group.Code);
                continue;
            }
            var appraisal = new LeafAppraisal(leaf.Code, row.Round1, row.Round1Note, row.Explanation, row.Round2, row.Round2Note);
            var unit = merged.TryGetValue(unitKey, out var u) ? u : merged[unitKey] = [];
            unit[leaf.Code.Value] = unit.TryGetValue(leaf.Code.Value, out var earlier)
                ? Combine(entry.Unit.Code, earlier, appraisal, diagnostics)
                : appraisal;
        }
        return new CouncilAppraisal(merged.ToDictionary(u => u.Key, u => (IReadOnlyDictionary<string, LeafAppraisal>)u.Value));
    }

    private static LeafAppraisal Combine(string unit, LeafAppraisal earlier, LeafAppraisal later, DiagnosticBag diagnostics)
    {
        LocatedText One(LocatedText first, LocatedText second, string what, bool points)
        {
            if (second.IsBlank) return first;
            if (first.IsBlank) return second;
            var same = points && NumberText.TryParse(first, out var a) && NumberText.TryParse(second, out var b)
                ? a == b
                : TextKey.Clean(first.Text) == TextKey.Clean(second.Text);
            if (!same)
                // A workbook cell renders alike in both languages (no line words), so the other place can travel as text.
                diagnostics.Error("AP101", second.Location, new Message(what, []), unit, later.Code.Value, TextKey.Clean(second.Text),
                    first.Location.Render(Language.English), TextKey.Clean(first.Text));
            return first;
        }
        return new LeafAppraisal(earlier.Code,
            One(earlier.Round1, later.Round1, "AP111", points: true), One(earlier.Round1Note, later.Round1Note, "AP112", points: false),
            One(earlier.Explanation, later.Explanation, "AP113", points: false), One(earlier.Round2, later.Round2, "AP114", points: true),
            One(earlier.Round2Note, later.Round2Note, "AP115", points: false));
    }
}
