using IndexScorer.Text;

namespace IndexScorer.Diagnostics;

/// <summary>Where a value came from: a file, and optionally a sheet and a cell, or a line of a text file (and its column).</summary>
/// <param name="File">The file name as the user knows it (usually relative to the campaign folder).</param>
/// <param name="Sheet">The sheet name, when the file is a workbook.</param>
/// <param name="Cell">The cell address (E14); in a text file, the column's header, or a JSON path.</param>
/// <param name="Line">The line of a text file, counted from 1.</param>
public sealed record SourceLocation(string File, string? Sheet = null, string? Cell = null, long? Line = null)
{
    /// <summary>The same file and sheet, another cell.</summary>
    public SourceLocation WithCell(string cell) => this with { Cell = cell };

    /// <summary>Renders as <c>file › sheet › cell</c> or <c>file › line 7, column</c>, leaving out what is unknown.</summary>
    public string Render(Language language)
    {
        var parts = new List<string> { File };
        if (!string.IsNullOrEmpty(Sheet)) parts.Add(Sheet);
        if (Point(language) is { Length: > 0 } point) parts.Add(point);
        return string.Join(" › ", parts);
    }

    /// <summary>The place inside the file: the cell, or the line and column ("dòng 7, Mã đơn vị"); empty when only the file is known.</summary>
    public string Point(Language language)
    {
        if (Line is not { } line) return Cell ?? string.Empty;
        var words = language == Language.English ? $"line {line}" : $"dòng {line}";
        return string.IsNullOrEmpty(Cell) ? words : $"{words}, {Cell}";
    }

    /// <summary>The Vietnamese rendering (the default language), for logs and debugging.</summary>
    public override string ToString() => Render(Language.Vietnamese);
}
