using IndexScorer.Diagnostics;

namespace IndexScorer.Scoring;

/// <summary>
/// What a cell holds, as text (a number cell in invariant culture, an error cell as "#DIV/0!"), with its
/// location. The engine checks and interprets it; it never trusts a form's own formulas.
/// </summary>
public sealed record EnteredValue(string Text, SourceLocation Location)
{
    /// <summary>True when the cell is empty or only white space.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
