using IndexScorer.Frameworks;

namespace IndexScorer.IO.Forms;

/// <summary>
/// The row plan of a group's form, derived from the framework alone: the writer lays rows out by it and the
/// reader checks that no row was inserted, deleted, moved or edited before it trusts a cell.
/// </summary>
internal sealed class FormLayout
{
    private readonly Dictionary<Criterion, FormRow> _nodeRows;

    private FormLayout(IReadOnlyList<FormRow> rows)
    {
        Rows = rows;
        _nodeRows = rows.Where(r => r.Kind is FormRowKind.Parent or FormRowKind.Leaf).ToDictionary(r => r.Criterion!);
    }

    /// <summary>Every planned row in sheet order.</summary>
    public IReadOnlyList<FormRow> Rows { get; }

    /// <summary>The total row.</summary>
    public FormRow Total => Rows[^1];

    /// <summary>Plans the form of a group: each node in framework order, each leaf followed by its input rows.</summary>
    public static FormLayout For(UnitGroup group)
    {
        var rows = new List<FormRow>();
        var next = FormColumns.FirstContentRow;
        foreach (var node in group.Sections.SelectMany(s => s.SelfAndDescendants()))
        {
            if (!node.IsLeaf)
            {
                rows.Add(new FormRow(next++, FormRowKind.Parent, node));
                continue;
            }
            rows.Add(new FormRow(next++, FormRowKind.Leaf, node));
            for (var i = 0; i < node.Rule!.Inputs.Count; i++) rows.Add(new FormRow(next++, FormRowKind.Input, node, i));
        }
        rows.Add(new FormRow(next, FormRowKind.Total, null));
        return new FormLayout(rows);
    }

    /// <summary>The heading row of the block for the person who filled the form, two rows below the total (nothing there is scored).</summary>
    public int PreparedByRow => Total.Number + 2;

    /// <summary>The row of one line of that block; its value is typed into <see cref="FormColumns.PreparedByValue"/>.</summary>
    public int RowOf(PreparedByField field) => PreparedByRow + 1 + (int)field;

    /// <summary>The last row of the form (and of its print area).</summary>
    public int LastRow => RowOf(PreparedByField.Signature);

    /// <summary>The leaf or parent row of a node.</summary>
    public FormRow RowOf(Criterion node) => _nodeRows[node];
}
