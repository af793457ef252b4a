using ClosedXML.Excel;
using IndexScorer.IO.Localization;
using IndexScorer.Text;

namespace IndexScorer.IO.Reports;

/// <summary>
/// The shared look of the workbooks written with ClosedXML (analysis, status, appraisal): fills, the number format, header rows,
/// borders and how sheets print (<see cref="Print"/>). report.xlsx has the same look through <see cref="ReportLayout"/>.
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

    /// <summary>
    /// How every sheet written with ClosedXML prints: A4 in <paramref name="orientation"/>, one page wide, rows
    /// <paramref name="headerRow"/> (0: none) to <paramref name="lastHeaderRow"/> repeated at the top of every page and frozen on
    /// screen, "Trang 1/3" ("Page 1 of 3") in the footer.
    /// </summary>
    public static void Print(IXLWorksheet sheet, XLPageOrientation orientation, int headerRow, Language language, int lastHeaderRow = 0)
    {
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = orientation;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.Margins.SetLeft(0.3).SetRight(0.3).SetTop(0.5).SetBottom(0.6).SetHeader(0.2).SetFooter(0.3);
        sheet.PageSetup.CenterHorizontally = true;
        sheet.PageSetup.Footer.Center.AddText(PageFooter(language), XLHFOccurrence.AllPages);
        if (headerRow <= 0) return;
        WrapLinesAbove(sheet, headerRow);
        RepeatRows(sheet, headerRow, Math.Max(headerRow, lastHeaderRow));
        sheet.SheetView.FreezeRows(Math.Max(headerRow, lastHeaderRow));
    }

    /// <summary>
    /// Wraps each line above the header row that would run past the table's last column within the table's width: text
    /// running past it widens what prints, and fitting that width shrinks every page.
    /// </summary>
    private static void WrapLinesAbove(IXLWorksheet sheet, int headerRow)
    {
        var lastColumn = sheet.Row(headerRow).LastCellUsed()?.Address.ColumnNumber ?? 1;
        var width = Enumerable.Range(1, lastColumn).Sum(c => sheet.Column(c).Width);
        for (var row = 1; row < headerRow; row++)
        {
            var cell = sheet.Cell(row, 1);
            var text = cell.HasFormula ? string.Empty : cell.GetString();
            if (cell.IsMerged() || sheet.Row(row).CellsUsed().Count() > 1 || text.Length * cell.Style.Font.FontSize / DefaultFontSize <= width) continue;
            sheet.Range(row, 1, row, lastColumn).Merge().Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
            sheet.Row(row).Height = Math.Ceiling(text.Length * cell.Style.Font.FontSize / DefaultFontSize / width) * cell.Style.Font.FontSize * LineSpacing;
        }
    }

    private const double DefaultFontSize = 11;
    private const double LineSpacing = 1.3;

    /// <summary>The footer's page numbers in Excel's codes (&amp;P the page, &amp;N the number of pages): "Trang &amp;P/&amp;N".</summary>
    public static string PageFooter(Language language) => Labels.Get("report.pageFooter", language, "&P", "&N");

    /// <summary>
    /// Repeats rows <paramref name="first"/> to <paramref name="last"/> at the top of every printed page. ClosedXML 0.95's
    /// SetRowsToRepeatAtTop writes the name without $ ('Sheet'!7:7), which LibreOffice ignores; the sheet's own
    /// _xlnm.Print_Titles name with absolute rows ('Sheet'!$7:$7) is honoured by Excel and LibreOffice alike.
    /// </summary>
    public static void RepeatRows(IXLWorksheet sheet, int first, int last) =>
        sheet.NamedRanges.Add("_xlnm.Print_Titles", $"'{sheet.Name.Replace("'", "''")}'!${first}:${last}");
}
