namespace IndexScorer.IO.Forms;

/// <summary>What a row of a self-assessment form holds.</summary>
internal enum FormRowKind
{
    /// <summary>A field, criterion or section that has children: its points are the sum below.</summary>
    Parent,

    /// <summary>A leaf: max, N/A mark, self points, evidence, note and the appraisal columns.</summary>
    Leaf,

    /// <summary>One input of the leaf above (a count, a percentage, a choice).</summary>
    Input,

    /// <summary>The closing total row.</summary>
    Total,
}
