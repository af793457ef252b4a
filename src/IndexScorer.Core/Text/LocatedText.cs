using IndexScorer.Diagnostics;

namespace IndexScorer.Text;

/// <summary>
/// A text as the user wrote it (a cell of a workbook, a field of a CSV line) with where it was written, so that a
/// diagnostic can point at it. A number cell reads in invariant culture and an error cell as Excel shows it ("#DIV/0!");
/// whoever reads it checks and interprets it.
/// </summary>
/// <param name="Text">The text, untrimmed.</param>
/// <param name="Location">The file, sheet and cell, or the line and column.</param>
public sealed record LocatedText(string Text, SourceLocation Location)
{
    /// <summary>True when nothing but white space was written.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>True when the reader already refused the value (and said why): whoever checks it next skips it, so one cause gives one message.</summary>
    public bool Refused { get; init; }

    /// <summary>True when a workbook stored the value as a number: its text is then invariant and exact, never read with thousands separators.</summary>
    public bool IsNumber { get; init; }
}
