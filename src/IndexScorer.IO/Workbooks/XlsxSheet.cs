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

    /// <summary>
    /// The A1 address of a cell, e.g. E14. The addresses of a form's area are made once and shared, since every leaf of every
    /// unit of a national run keeps the addresses of its cells.
    /// </summary>
    public static string Address(int row, int column)
    {
        if (row is < 1 or > SharedRows || column is < 1 or > SharedColumns)
            return ColumnName(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var columnAddresses = Volatile.Read(ref SharedAddresses[column - 1]);
        if (columnAddresses is null)
        {
            Interlocked.CompareExchange(ref SharedAddresses[column - 1], new string?[SharedRows], null);
            columnAddresses = SharedAddresses[column - 1]!;
        }
        // Two threads may both make an address; either copy is the same text.
        return columnAddresses[row - 1] ??= ColumnName(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private const int SharedRows = 4096;
    private const int SharedColumns = 32;
    private static readonly string?[]?[] SharedAddresses = new string?[SharedColumns][];

    /// <summary>The letters of a column number: 1 → A, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        var letters = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters;
    }
}
