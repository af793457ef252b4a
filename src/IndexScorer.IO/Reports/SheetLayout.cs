using ClosedXML.Excel;

namespace IndexScorer.IO.Reports;

/// <summary>The report's shared look: fills, the number format, header rows, borders and A4 print setup.</summary>
internal static class SheetLayout
{
    /// <summary>Points and percentages: numbers shown with 2 decimals.</summary>
    public const string NumberFormat = "0.00";

    public static readonly XLColor HeaderFill = XLColor.FromHtml("#D9E1F2");
    public static readonly XLColor TieFill = XLColor.FromHtml("#FFF2CC");
    public static readonly XLColor NearTieFill = XLColor.FromHtml("#F8CBAD");
    public static readonly XLColor FieldFill = XLColor.FromHtml("#EDEDED");
    public static readonly XLColor EmptyColumnFill = XLColor.FromHtml("#F2F2F2");

    /// <summary>Writes text as text (never coerced to a number or a date).</summary>
    public static IXLCell Text(this IXLCell cell, string text) => cell.SetValue(text);

    /// <summary>Writes a number shown with 2 decimals; null leaves the cell empty.</summary>
    public static IXLCell Number(this IXLCell cell, decimal? value)
    {
        if (value is { } v) cell.SetValue(v);
        cell.Style.NumberFormat.Format = NumberFormat;
        return cell;
    }

    /// <summary>A title line: bold, larger.</summary>
    public static void Title(IXLWorksheet sheet, int row, string text) =>
        sheet.Cell(row, 1).Text(text).Style.Font.SetBold().Font.SetFontSize(13);

    /// <summary>A bold line heading a block.</summary>
    public static void Heading(IXLWorksheet sheet, int row, string text) =>
        sheet.Cell(row, 1).Text(text).Style.Font.SetBold().Font.SetFontSize(11);

    /// <summary>Writes a header row: bold, filled, centred, wrapped, with borders.</summary>
    public static void HeaderRow(IXLWorksheet sheet, int row, IReadOnlyList<string> headers, double height = 30)
    {
        for (var c = 0; c < headers.Count; c++) sheet.Cell(row, c + 1).Text(headers[c]);
        var range = sheet.Range(row, 1, row, headers.Count);
        range.Style.Font.SetBold().Fill.SetBackgroundColor(HeaderFill)
            .Alignment.SetWrapText().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center).Alignment.SetVertical(XLAlignmentVerticalValues.Center)
            .Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        sheet.Row(row).Height = height;
    }

    /// <summary>Thin borders inside and around a table body.</summary>
    public static void Borders(IXLWorksheet sheet, int firstRow, int lastRow, int lastColumn)
    {
        if (lastRow < firstRow) return;
        sheet.Range(firstRow, 1, lastRow, lastColumn).Style
            .Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin)
            .Alignment.SetVertical(XLAlignmentVerticalValues.Top);
    }

    /// <summary>Explicit column widths, in characters (AdjustToContents needs a native library).</summary>
    public static void Widths(IXLWorksheet sheet, params double[] widths)
    {
        for (var c = 0; c < widths.Length; c++) sheet.Column(c + 1).Width = widths[c];
    }

    /// <summary>A4, one page wide, header rows repeated, page numbers in the footer.</summary>
    public static void PrintA4(IXLWorksheet sheet, XLPageOrientation orientation, int headerRow)
    {
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = orientation;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.Margins.SetLeft(0.4).SetRight(0.4).SetTop(0.5).SetBottom(0.6).SetHeader(0.2).SetFooter(0.3);
        sheet.PageSetup.CenterHorizontally = true;
        sheet.PageSetup.Footer.Center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        sheet.PageSetup.Footer.Center.AddText(" / ", XLHFOccurrence.AllPages);
        sheet.PageSetup.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
        if (headerRow > 0)
        {
            sheet.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
            sheet.SheetView.FreezeRows(headerRow);
        }
    }

    /// <summary>
    /// Raises the rows' heights to show their wrapped text whole, estimated from the text's length and the column's
    /// width: neither ClosedXML nor LibreOffice sizes rows of a generated file. Call after setting the widths.
    /// </summary>
    public static void FitRowHeights(IXLWorksheet sheet, int firstRow, int lastRow)
    {
        for (var r = firstRow; r <= lastRow; r++)
        {
            var lines = 1;
            foreach (var cell in sheet.Row(r).CellsUsed())
            {
                if (!cell.Style.Alignment.WrapText || cell.IsMerged() || cell.DataType != XLDataType.Text) continue;
                lines = Math.Max(lines, Lines(cell.GetString(), sheet.Column(cell.Address.ColumnNumber).Width, cell.Style.Font.Bold));
            }
            var height = 13 * lines + 2;
            if (height > sheet.Row(r).Height) sheet.Row(r).Height = height;
        }
    }

    /// <summary>
    /// Raises one row's height to show its wrapped texts whole, as <see cref="FitRowHeights"/> would, from the texts written and
    /// their columns' widths (regular weight) rather than by reading the cells back.
    /// </summary>
    public static void FitRowHeight(IXLWorksheet sheet, int row, params (string Text, double Width)[] wrapped)
    {
        var lines = 1;
        foreach (var (text, width) in wrapped) lines = Math.Max(lines, Lines(text, width, bold: false));
        var height = 13 * lines + 2;
        if (height > sheet.Row(row).Height) sheet.Row(row).Height = height;
    }

    /// <summary>How many lines a wrapped text takes in a column of that width.</summary>
    private static int Lines(string text, double width, bool bold)
    {
        var capacity = Math.Max(1.0, width * (bold ? 0.9 : 1.2) - 1);
        return text.Split('\n').Sum(part => Math.Max(1, (int)Math.Ceiling(part.Length / capacity)));
    }

    /// <summary>An internal link to cell A1 of another sheet.</summary>
    public static void LinkTo(this IXLCell cell, string sheetName) => cell.Hyperlink = new XLHyperlink($"'{sheetName.Replace("'", "''")}'!A1");
}
