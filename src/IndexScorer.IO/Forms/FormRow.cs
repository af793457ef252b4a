using IndexScorer.Frameworks;

namespace IndexScorer.IO.Forms;

/// <summary>One planned row of a form: its sheet row number, kind, node and (for inputs) the input's index.</summary>
internal sealed record FormRow(int Number, FormRowKind Kind, Criterion? Criterion, int InputIndex = -1);
