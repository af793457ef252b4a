using ClosedXML.Excel;
using IndexScorer.IO.Files;
using IndexScorer.IO.Localization;
using IndexScorer.Text;

namespace IndexScorer.IO.Reports;

/// <summary>
/// Writes the small workbook an office sends back to a unit about its form: per problem the sheet and cell, whether it
/// stops scoring, what is wrong and what to type instead, in the request's language; A4 landscape.
/// </summary>
internal static class FeedbackWorkbookWriter
{
    /// <summary>One problem: where, how serious, what is wrong, what to do.</summary>
    public sealed record Line(string Sheet, string Cell, bool IsError, string Code, string What, string Fix);

    private static readonly XLColor ErrorFill = XLColor.FromHtml("#F8CBAD");

    /// <summary>Writes the workbook (whole or not at all) for the form <paramref name="form"/>.</summary>
    public static void Write(string path, string form, IReadOnlyList<Line> lines, Language language)
    {
        string L(string key, params object[] args) => Labels.Get(key, language, args);
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(L("feedback.sheet"));
        sheet.Cell(1, 1).SetValue(L("feedback.title", form)).Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).SetValue(L("feedback.instructions"));
        string[] headers = ["feedback.col.sheet", "feedback.col.cell", "feedback.col.severity", "feedback.col.code", "feedback.col.what", "feedback.col.fix"];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(4, c + 1).SetValue(L(headers[c]));
        sheet.Range(4, 1, 4, headers.Length).Style.Font.SetBold().Fill.SetBackgroundColor(SheetLayout.HeaderFill).Alignment.SetWrapText();
        var row = 4;
        foreach (var line in lines)
        {
            row++;
            sheet.Cell(row, 1).SetValue(line.Sheet);
            sheet.Cell(row, 2).SetValue(line.Cell);
            sheet.Cell(row, 3).SetValue(L(line.IsError ? "feedback.error" : "feedback.warning"));
            if (line.IsError) sheet.Cell(row, 3).Style.Fill.SetBackgroundColor(ErrorFill);
            sheet.Cell(row, 4).SetValue(line.Code);
            sheet.Cell(row, 5).SetValue(line.What);
            sheet.Cell(row, 6).SetValue(line.Fix);
            var height = Math.Max(line.What.Length / 45.0, line.Fix.Length / 55.0);
            if (height > 1) sheet.Row(row).Height = Math.Ceiling(height) * 12.75;
        }
        var used = sheet.Range(4, 1, row, headers.Length);
        used.Style.Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        used.Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        sheet.Range(5, 5, Math.Max(row, 5), 6).Style.Alignment.SetWrapText();
        double[] widths = [16, 8, 10, 8, 50, 60];
        for (var c = 0; c < widths.Length; c++) sheet.Column(c + 1).Width = widths[c];
        SheetLayout.Print(sheet, XLPageOrientation.Landscape, 4, language);
        AtomicFile.Write(path, stream => workbook.SaveAs(stream));
    }
}
