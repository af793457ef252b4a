using IndexScorer.Diagnostics;

namespace IndexScorer.IO.Workbooks;

/// <summary>Every non-empty cell of one worksheet, read once; a cell not in it is blank.</summary>
internal sealed class XlsxSheet(string name, IReadOnlyDictionary<(int Row, int Column), XlsxCell> cells)
{
    /// <summary>The sheet's name as the workbook spells it.</summary>
    public string Name { get; } = name;

    /// <summary>The cell at a row and column (both from 1); <see cref="XlsxCell.Blank"/> when nothing is there.</summary>
    public XlsxCell this[int row, int column] => cells.TryGetValue((row, column), out var cell) ? cell : XlsxCell.Blank;

    /// <summary>The last row holding a cell (0 when the sheet is empty).</summary>
    public int LastRow { get; } = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Row);

    /// <summary>The last column holding a cell (0 when the sheet is empty).</summary>
    public int LastColumn { get; } = cells.Count == 0 ? 0 : cells.Keys.Max(k => k.Column);

    /// <summary>Where a cell stands, for messages: file, sheet and A1 address.</summary>
    public SourceLocation At(string file, int row, int column) => new(file, Name, Address(row, column));

    /// <summary>The A1 address of a cell, e.g. E14.</summary>
    public static string Address(int row, int column) => ColumnName(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The letters of a column number: 1 → A, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        var letters = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters;
    }
}
