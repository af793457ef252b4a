using System.Collections;
using IndexScorer.Frameworks;

namespace IndexScorer.Results;

/// <summary>
/// A unit's results kept as their points only: the final points, maximum in use and N/A mark of every node of the tree,
/// each node's <see cref="CriterionResult"/> made when asked for (without self, appraisal or survey points, texts or
/// provenance). What a reader of last year's points keeps (compare, a report's last-year columns): three arrays per unit
/// instead of an object per node, a fraction of the memory and of the collector's work at national scale.
/// </summary>
internal sealed class PointsOnlyResults : IReadOnlyList<CriterionResult>
{
    private readonly decimal[] _final;
    private readonly decimal[] _maxInUse;
    private readonly bool[] _notApplicable;

    /// <summary>The results, one per node of <paramref name="tree"/>; each array has one item per node.</summary>
    public PointsOnlyResults(IReadOnlyList<CriterionSummary> tree, decimal[] final, decimal[] maxInUse, bool[] notApplicable)
    {
        if (final.Length != tree.Count || maxInUse.Length != tree.Count || notApplicable.Length != tree.Count)
            throw new ArgumentException("One value per node of the tree is needed.", nameof(tree));
        Tree = tree;
        _final = final;
        _maxInUse = maxInUse;
        _notApplicable = notApplicable;
    }

    /// <summary>The group's tree the results follow.</summary>
    public IReadOnlyList<CriterionSummary> Tree { get; }

    public int Count => Tree.Count;

    public CriterionResult this[int index] =>
        new(Tree[index], null, null, null, null, _final[index], _maxInUse[index], _notApplicable[index], "", "", "", "");

    /// <summary>The final points of the node at <paramref name="index"/>, without making its result.</summary>
    public decimal FinalPoints(int index) => _final[index];

    /// <summary>The maximum in use of the node at <paramref name="index"/>, without making its result.</summary>
    public decimal MaxInUse(int index) => _maxInUse[index];

    public IEnumerator<CriterionResult> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
