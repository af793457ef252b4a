using ClosedXML.Excel;

namespace IndexScorer.IO.Reports;

/// <summary>
/// The shared look of the workbooks written with ClosedXML (analysis, status, appraisal): fills, the number format, header rows,
/// borders and A4 print setup. report.xlsx has the same look through <see cref="ReportLayout"/>.
/// </summary>
internal static class SheetLayout
{
    /// <summary>Points and percentages: numbers shown with 2 decimals.</summary>
    public const string NumberFormat = "0.00";

    public const string HeaderColour = "#D9E1F2";
    public const string TieColour = "#FFF2CC";
    public const string NearTieColour = "#F8CBAD";
    public const string FieldColour = "#EDEDED";
    public const string EmptyColumnColour = "#F2F2F2";

    public static readonly XLColor HeaderFill = XLColor.FromHtml(HeaderColour);
    public static readonly XLColor TieFill = XLColor.FromHtml(TieColour);
    public static readonly XLColor FieldFill = XLColor.FromHtml(FieldColour);

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
}
