namespace IndexScorer.IO.Workbooks;

/// <summary>Paper orientation of a printed sheet.</summary>
internal enum Orientation : byte
{
    Portrait,
    Landscape,
}

/// <summary>
/// One worksheet being written: its cells (a value and a style each, a few dozen bytes per cell), column widths, row
/// heights, merged ranges, links, colour scales and print setup, kept only until <see cref="XlsxWriter.Write"/> streams it
/// to the file. Cells may be written and styled in any order; rows and columns count from 1.
/// </summary>
internal sealed class SheetBuffer
{
    /// <summary>Excel's default row height in points (Calibri 11).</summary>
    public const double DefaultRowHeight = 15;

    private readonly StyleSheet _styles;
    private readonly List<Row?> _rows = [];
    private readonly List<double> _widths = [];

    internal SheetBuffer(string name, StyleSheet styles)
    {
        Name = name;
        _styles = styles;
    }

    /// <summary>The worksheet's name, as Excel shows it on the tab.</summary>
    public string Name { get; }

    /// <summary>Rows kept in view while scrolling (0: none).</summary>
    public int FrozenRows { get; set; }

    /// <summary>A filter on the table from A1 to this last row and column; null: none.</summary>
    public (int LastRow, int LastColumn)? AutoFilter { get; set; }

    /// <summary>How the sheet prints; null: Excel's defaults.</summary>
    public PrintSetup? Print { get; set; }

    /// <summary>A bar chart drawn over the sheet; null: none.</summary>
    public BarChart? Chart { get; set; }

    internal List<(int Row, int Column, int LastRow, int LastColumn)> Merges { get; } = [];

    internal List<(int Row, int Column, string Sheet)> Links { get; } = [];

    internal List<(int Row, int Column, int LastRow, string Low, string Middle, string High)> ColourScales { get; } = [];

    /// <summary>The last row holding a cell, or 0.</summary>
    public int LastRow => _rows.Count - 1 < 0 ? 0 : _rows.Count - 1;

    /// <summary>The last column holding a cell, or 0.</summary>
    public int LastColumn { get; private set; }

    /// <summary>Writes text (always text, never read as a number or a date); null or empty leaves the value empty.</summary>
    public void Text(int row, int column, string? text, CellStyle? style = null)
    {
        ref var cell = ref CellAt(row, column);
        cell.Text = string.IsNullOrEmpty(text) ? null : text;
        cell.Kind = cell.Text is null ? CellKind.Empty : CellKind.Text;
        if (style is { } s) cell.Style = _styles.Id(s);
    }

    /// <summary>Writes a number; null leaves the value empty (the style still applies).</summary>
    public void Number(int row, int column, decimal? value, CellStyle? style = null) =>
        Number(row, column, value is { } v ? (double)v : null, style);

    /// <summary>Writes a whole number; null leaves the value empty (the style still applies).</summary>
    public void Number(int row, int column, int? value, CellStyle? style = null) => Number(row, column, (double?)value, style);

    /// <summary>Writes a number; null leaves the value empty (the style still applies).</summary>
    public void Number(int row, int column, double? value, CellStyle? style = null)
    {
        ref var cell = ref CellAt(row, column);
        cell.Text = null;
        cell.Kind = value is null ? CellKind.Empty : CellKind.Number;
        cell.Number = value ?? 0;
        if (style is { } s) cell.Style = _styles.Id(s);
    }

    /// <summary>The text of a cell, or null when it holds none.</summary>
    public string? TextAt(int row, int column) =>
        row < _rows.Count && _rows[row] is { } r && column < r.Cells.Length && r.Cells[column].Kind == CellKind.Text ? r.Cells[column].Text : null;

    /// <summary>The number of a cell, or null when it holds none.</summary>
    public double? NumberAt(int row, int column) =>
        row < _rows.Count && _rows[row] is { } r && column < r.Cells.Length && r.Cells[column].Kind == CellKind.Number ? r.Cells[column].Number : null;

    /// <summary>The style of a cell.</summary>
    public CellStyle StyleAt(int row, int column) =>
        row < _rows.Count && _rows[row] is { } r && column < r.Cells.Length ? _styles[r.Cells[column].Style] : CellStyle.Default;

    /// <summary>Changes the style of one cell.</summary>
    public void Restyle(int row, int column, Func<CellStyle, CellStyle> change)
    {
        ref var cell = ref CellAt(row, column);
        cell.Style = _styles.Id(change(_styles[cell.Style]));
    }

    /// <summary>Changes the style of every cell of a range, empty ones included; nothing when the range is empty.</summary>
    public void Restyle(int row, int column, int lastRow, int lastColumn, Func<CellStyle, CellStyle> change)
    {
        // The change is worked out once per style the range holds, not once per cell.
        var changed = new Dictionary<int, int>();
        for (var r = row; r <= lastRow; r++)
        {
            for (var c = column; c <= lastColumn; c++)
            {
                ref var cell = ref CellAt(r, c);
                if (!changed.TryGetValue(cell.Style, out var style)) changed[cell.Style] = style = _styles.Id(change(_styles[cell.Style]));
                cell.Style = style;
            }
        }
    }

    /// <summary>Sets the widths of the first columns, in characters.</summary>
    public void Widths(params double[] widths)
    {
        _widths.Clear();
        _widths.AddRange(widths);
    }

    /// <summary>The width of a column in characters (8.43, Excel's default, when not set).</summary>
    public double WidthOf(int column) => column - 1 < _widths.Count ? _widths[column - 1] : 8.43;

    internal IReadOnlyList<double> ColumnWidths => _widths;

    /// <summary>The height of a row in points.</summary>
    public double HeightOf(int row) => row < _rows.Count && _rows[row]?.Height is { } h ? h : DefaultRowHeight;

    /// <summary>Sets the height of a row in points.</summary>
    public void Height(int row, double height) => RowAt(row).Height = height;

    /// <summary>Merges a range into one cell showing the top-left cell's value.</summary>
    public void Merge(int row, int column, int lastRow, int lastColumn)
    {
        Merges.Add((row, column, lastRow, lastColumn));
        CellAt(lastRow, lastColumn);
    }

    /// <summary>Links a cell to cell A1 of another sheet of the workbook.</summary>
    public void LinkTo(int row, int column, string sheet) => Links.Add((row, column, sheet));

    /// <summary>A three-colour scale over one column's rows (lowest, median, highest), colours as "#RRGGBB".</summary>
    public void ColourScale(int row, int column, int lastRow, string low, string middle, string high)
    {
        if (lastRow >= row) ColourScales.Add((row, column, lastRow, low, middle, high));
    }

    /// <summary>
    /// Raises the rows' heights to show their wrapped text whole, estimated from the text's length and the column's
    /// width: neither Excel nor LibreOffice sizes the rows of a generated file.
    /// </summary>
    public void FitRowHeights(int firstRow, int lastRow)
    {
        var merged = new HashSet<(int, int)>();
        foreach (var (r0, c0, r1, c1) in Merges)
        {
            for (var r = r0; r <= r1; r++)
            {
                for (var c = c0; c <= c1; c++) merged.Add((r, c));
            }
        }
        for (var r = firstRow; r <= Math.Min(lastRow, LastRow); r++)
        {
            if (_rows[r] is not { } row) continue;
            var lines = 1;
            for (var c = 1; c < row.Cells.Length; c++)
            {
                var cell = row.Cells[c];
                if (cell.Kind != CellKind.Text || merged.Contains((r, c))) continue;
                var style = _styles[cell.Style];
                if (style.Wrap) lines = Math.Max(lines, Lines(cell.Text!, WidthOf(c), style.Bold));
            }
            FitHeight(r, lines);
        }
    }

    /// <summary>Raises one row's height to show these wrapped texts whole (regular weight) in their columns.</summary>
    public void FitRowHeight(int row, params (string Text, double Width)[] wrapped)
    {
        var lines = 1;
        foreach (var (text, width) in wrapped) lines = Math.Max(lines, Lines(text, width, bold: false));
        FitHeight(row, lines);
    }

    private void FitHeight(int row, int lines)
    {
        var height = 13 * lines + 2;
        if (height > HeightOf(row)) Height(row, height);
    }

    /// <summary>How many lines a wrapped text takes in a column of that width.</summary>
    private static int Lines(string text, double width, bool bold)
    {
        var capacity = Math.Max(1.0, width * (bold ? 0.9 : 1.2) - 1);
        var lines = 0;
        foreach (var part in text.Split('\n')) lines += Math.Max(1, (int)Math.Ceiling(part.Length / capacity));
        return lines;
    }

    /// <summary>The rows in order, each with its cells (index = column; index 0 unused).</summary>
    internal IEnumerable<(int Number, Row Row)> Rows()
    {
        for (var r = 1; r < _rows.Count; r++)
        {
            if (_rows[r] is { } row) yield return (r, row);
        }
    }

    private Row RowAt(int row)
    {
        if (row < 1) throw new ArgumentOutOfRangeException(nameof(row));
        while (_rows.Count <= row) _rows.Add(null);
        // A new row is made as wide as the sheet so far: the rows of a table then never grow cell by cell.
        return _rows[row] ??= new Row { Cells = new Cell[Math.Max(8, LastColumn + 1)] };
    }

    private ref Cell CellAt(int row, int column)
    {
        if (column < 1) throw new ArgumentOutOfRangeException(nameof(column));
        var r = RowAt(row);
        if (r.Cells.Length <= column) Array.Resize(ref r.Cells, Math.Max(column + 1, Math.Min(2 * r.Cells.Length, 16384)));
        if (column > LastColumn) LastColumn = column;
        if (column > r.LastColumn) r.LastColumn = column;
        return ref r.Cells[column];
    }

    internal enum CellKind : byte
    {
        Empty,
        Text,
        Number,
    }

    internal struct Cell
    {
        public string? Text;
        public double Number;
        public CellKind Kind;
        public int Style;
    }

    internal sealed class Row
    {
        public Cell[] Cells = new Cell[8];

        public int LastColumn;

        public double? Height;
    }
}

/// <summary>
/// How a sheet prints: A4 in the given orientation, one page wide, the rows <paramref name="RepeatRow"/> (0: none) repeated
/// on every page, page numbers in the footer as <paramref name="PageFooter"/> writes them (Excel's codes: &amp;P the page,
/// &amp;N the count), and when set the print area's last row and column.
/// </summary>
/// <remarks>
/// <paramref name="RepeatColumns"/> above 0: the sheet is too wide to fit one page at a readable size, so it prints at full size over
/// as many pages across as it needs, its first columns (the unit's code and name) repeated on each.
/// </remarks>
internal sealed record PrintSetup(Orientation Orientation, int RepeatRow, string PageFooter, int AreaLastRow = 0, int AreaLastColumn = 0, int RepeatColumns = 0);
