namespace IndexScorer.Diagnostics;

/// <summary>Where a value came from: a file, and optionally a sheet and a cell (or a CSV line).</summary>
/// <param name="File">The file name as the user knows it (usually relative to the campaign folder).</param>
/// <param name="Sheet">The sheet name, when the file is a workbook.</param>
/// <param name="Cell">The cell address (E14) or, for CSV, "dòng 7".</param>
public sealed record SourceLocation(string File, string? Sheet = null, string? Cell = null)
{
    /// <summary>The same file and sheet, another cell.</summary>
    public SourceLocation WithCell(string cell) => this with { Cell = cell };

    /// <summary>Renders as <c>file › sheet › cell</c>, leaving out what is unknown.</summary>
    public override string ToString()
    {
        var parts = new List<string> { File };
        if (!string.IsNullOrEmpty(Sheet)) parts.Add(Sheet);
        if (!string.IsNullOrEmpty(Cell)) parts.Add(Cell);
        return string.Join(" › ", parts);
    }
}
