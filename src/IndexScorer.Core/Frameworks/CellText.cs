using IndexScorer.Diagnostics;

namespace IndexScorer.Frameworks;

/// <summary>The text of one cell of a framework workbook, with where it stands, so that diagnostics can point at it.</summary>
public sealed record CellText(string Text, SourceLocation Location)
{
    /// <summary>True when nothing but white space was written.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
