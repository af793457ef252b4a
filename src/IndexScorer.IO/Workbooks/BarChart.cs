namespace IndexScorer.IO.Workbooks;

/// <summary>
/// A native Excel horizontal bar chart of one column of a sheet's table, drawn over a range of the same sheet: one bar per
/// row from <paramref name="FirstRow"/> to <paramref name="LastRow"/>, labelled by <paramref name="CategoryColumn"/>, as
/// long as <paramref name="ValueColumn"/> (whose header, in <paramref name="HeaderRow"/>, names the series), the first row
/// on top. Written by <see cref="XlsxWriter"/> as a DrawingML chart part that refers to the cells and caches their values,
/// so that Excel and LibreOffice draw it on opening.
/// </summary>
/// <param name="Title">The chart's title.</param>
/// <param name="HeaderRow">The table's header row.</param>
/// <param name="FirstRow">The first row charted.</param>
/// <param name="LastRow">The last row charted.</param>
/// <param name="CategoryColumn">The column of the bars' labels.</param>
/// <param name="ValueColumn">The column of the bars' values.</param>
/// <param name="BarColours">Per bar its colour ("#RRGGBB"), in row order; empty: one colour for all.</param>
/// <param name="AxisMaximum">The value axis runs from 0 to this.</param>
/// <param name="Anchor">The cells the chart covers: its top-left cell and the cell just past its bottom-right corner (1-based).</param>
internal sealed record BarChart(
    string Title, int HeaderRow, int FirstRow, int LastRow, int CategoryColumn, int ValueColumn, IReadOnlyList<string> BarColours, double AxisMaximum,
    (int Row, int Column, int EndRow, int EndColumn) Anchor);
