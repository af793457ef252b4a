using System.Runtime.CompilerServices;
using IndexScorer.Frameworks;
using IndexScorer.Results;

namespace IndexScorer.Campaigns;

/// <summary>
/// A group's nodes in tree order (sections, then each node before its children) with their summaries for the results model,
/// made once per group and shared by every unit of it.
/// </summary>
internal sealed class GroupNodes
{
    private static readonly ConditionalWeakTable<UnitGroup, GroupNodes> Made = [];

    private readonly Dictionary<string, int> _index;

    private GroupNodes(UnitGroup group)
    {
        Nodes = group.Sections.SelectMany(s => s.SelfAndDescendants()).ToArray();
        Summaries = Nodes.Select(CriterionSummary.Of).ToArray();
        _index = Nodes.Select((n, i) => (n.Code.Value, i)).ToDictionary(p => p.Value, p => p.i);
    }

    public Criterion[] Nodes { get; }

    public CriterionSummary[] Summaries { get; }

    public int IndexOf(CriterionCode code) => _index[code.Value];

    /// <summary>The group's nodes, made on first use (safe from several threads).</summary>
    public static GroupNodes Of(UnitGroup group) => Made.GetValue(group, g => new GroupNodes(g));
}
