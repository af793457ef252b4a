using IndexScorer.IO.Workbooks;

namespace IndexScorer.IO.Reports;

/// <summary>report.xlsx's look: titles, header rows, numbers with 2 decimals, borders and A4 print setup (the same as <see cref="SheetLayout"/>'s).</summary>
internal static class ReportLayout
{
    /// <summary>Text colour of points lowered (by the appraisal, below the group's average).</summary>
    public const string Lowered = "#C00000";

    /// <summary>Text colour of points raised (above the self score, above the group's average).</summary>
    public const string Raised = "#375623";

    public static readonly CellStyle Bold = new() { Bold = true };
    public static readonly CellStyle Italic = new() { Italic = true };
    public static readonly CellStyle Number = new() { NumberFormat = SheetLayout.NumberFormat };
    public static readonly CellStyle BoldNumber = Number with { Bold = true };

    /// <summary>A title line: bold, larger; dark red and marked when the results are provisional.</summary>
    public static void Title(SheetBuffer sheet, int row, string text, ReportContext context)
    {
        var provisional = context.Result.Provisional;
        sheet.Text(row, 1, provisional ? $"{context.L("report.provisional")} — {text}" : text,
            new CellStyle { Bold = true, FontSize = 13, FontColor = provisional ? "#8B0000" : null });
    }

    /// <summary>A bold line heading a block.</summary>
    public static void Heading(SheetBuffer sheet, int row, string text) => sheet.Text(row, 1, text, Bold);

    /// <summary>A number shown with 2 decimals, in the cell's style otherwise; null leaves the cell empty.</summary>
    public static void Points(SheetBuffer sheet, int row, int column, decimal? value, bool bold = false) =>
        sheet.Number(row, column, value, sheet.StyleAt(row, column) with { NumberFormat = SheetLayout.NumberFormat, Bold = bold || sheet.StyleAt(row, column).Bold });

    /// <summary>A header row: bold, filled, centred, wrapped, with borders.</summary>
    public static void HeaderRow(SheetBuffer sheet, int row, IReadOnlyList<string> headers, double height = 30)
    {
        var style = new CellStyle
        {
            Bold = true,
            Fill = SheetLayout.HeaderColour,
            Wrap = true,
            Horizontal = Horizontal.Center,
            Vertical = Vertical.Center,
            Borders = Edges.All,
        };
        for (var c = 0; c < headers.Count; c++) sheet.Text(row, c + 1, headers[c], style);
        sheet.Height(row, height);
    }

    /// <summary>Thin borders inside and around a table body, text at the top of its cells.</summary>
    public static void Borders(SheetBuffer sheet, int firstRow, int lastRow, int lastColumn) =>
        sheet.Restyle(firstRow, 1, lastRow, lastColumn, s => s with { Borders = s.Borders | Edges.All, Vertical = Vertical.Top });

    /// <summary>A thin line around a range, none inside.</summary>
    public static void Outline(SheetBuffer sheet, int row, int column, int lastRow, int lastColumn)
    {
        for (var r = row; r <= lastRow; r++)
        {
            for (var c = column; c <= lastColumn; c++)
            {
                var edges = (r == row ? Edges.Top : 0) | (r == lastRow ? Edges.Bottom : 0) | (c == column ? Edges.Left : 0) | (c == lastColumn ? Edges.Right : 0);
                sheet.Restyle(r, c, s => s with { Borders = s.Borders | edges });
            }
        }
    }

    /// <summary>A4, one page wide, the header row repeated on every page and kept in view, page numbers in the footer.</summary>
    public static void PrintA4(SheetBuffer sheet, Orientation orientation, int headerRow, ReportContext context, int areaLastRow = 0, int areaLastColumn = 0)
    {
        sheet.Print = new PrintSetup(orientation, headerRow, context.L("report.pageFooter", "&P", "&N"), areaLastRow, areaLastColumn);
        sheet.FrozenRows = headerRow;
    }
}
