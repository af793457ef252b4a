using System.Globalization;
using ClosedXML.Excel;
using IndexScorer.IO.Files;
using IndexScorer.IO.Localization;
using IndexScorer.Progress;
using IndexScorer.Text;

namespace IndexScorer.IO.Reports;

/// <summary>
/// Writes status.xlsx: the totals per group on top, then one row per roster unit (form received, its file and last change,
/// valid or how many problems, the council's rounds, the survey), missing and broken forms highlighted; A4 landscape.
/// </summary>
internal static class StatusWorkbookWriter
{
    private static readonly XLColor ProblemFill = XLColor.FromHtml("#F8CBAD");
    private static readonly XLColor MissingFill = XLColor.FromHtml("#FFE699");
    private static readonly XLColor DoneFill = XLColor.FromHtml("#E2EFDA");

    /// <summary>Writes the workbook (whole or not at all).</summary>
    public static void Write(string path, CampaignProgress progress, int year, Language language)
    {
        using var workbook = Build(progress, year, language);
        AtomicFile.Write(path, stream => workbook.SaveAs(stream));
    }

    /// <summary>Builds the workbook in memory.</summary>
    public static XLWorkbook Build(CampaignProgress progress, int year, Language language)
    {
        string L(string key, params object[] args) => Labels.Get(key, language, args);
        var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(L("status.sheet"));
        sheet.Cell(1, 1).SetValue(L("status.title", year)).Style.Font.SetBold().Font.SetFontSize(14);

        var row = 3;
        string[] groupHeaders =
        [
            "status.col.group", "status.col.units", "status.col.received", "status.col.valid", "status.col.problems", "status.col.missing",
            "status.col.round1Started", "status.col.round2Done", "status.col.surveys",
        ];
        Header(sheet, row, groupHeaders, language);
        foreach (var group in progress.Groups)
        {
            row++;
            var label = $"{group.Group} — {group.Name}";
            sheet.Cell(row, 1).SetValue(label).Style.Alignment.SetWrapText();
            sheet.Row(row).Height = Math.Ceiling(label.Length / Widths[0]) * 15;
            int[] values = [group.Units, group.Received, group.Valid, group.WithProblems, group.Missing, group.Round1Started, group.Round2Done, group.Surveys];
            for (var i = 0; i < values.Length; i++) sheet.Cell(row, i + 2).SetValue(values[i]);
            if (group.Missing > 0) sheet.Cell(row, 6).Style.Fill.SetBackgroundColor(MissingFill);
            if (group.WithProblems > 0) sheet.Cell(row, 5).Style.Fill.SetBackgroundColor(ProblemFill);
        }
        Borders(sheet, 3, row, groupHeaders.Length);

        row += 2;
        var unitHeaderRow = row;
        string[] unitHeaders =
        [
            "status.col.code", "status.col.unit", "status.col.groupCode", "status.col.form", "status.col.modified", "status.col.state",
            "status.col.round1", "status.col.explanation", "status.col.round2", "status.col.survey",
        ];
        Header(sheet, row, unitHeaders, language);
        foreach (var unit in progress.Units)
        {
            row++;
            sheet.Cell(row, 1).SetValue(unit.Code);
            sheet.Cell(row, 2).SetValue(unit.Name);
            sheet.Cell(row, 3).SetValue(unit.Group);
            sheet.Cell(row, 4).SetValue(unit.Form ?? L("status.none"));
            if (unit.LastModified is { } modified)
            {
                sheet.Cell(row, 5).SetValue(modified);
                sheet.Cell(row, 5).Style.DateFormat.Format = "yyyy-mm-dd hh:mm";
            }
            var state = sheet.Cell(row, 6);
            state.SetValue(State(unit, language));
            state.Style.Fill.SetBackgroundColor(!unit.Received ? MissingFill : unit.Valid ? DoneFill : ProblemFill);
            sheet.Cell(row, 7).SetValue(unit.Round1Started ? L("status.round1", unit.Round1, unit.Criteria, unit.Lowered) : "—");
            sheet.Cell(row, 8).SetValue(unit.Round1Started ? L("status.ofLowered", unit.Explained, unit.Lowered) : "—");
            sheet.Cell(row, 9).SetValue(unit.Round1Started ? L("status.ofLowered", unit.Round2, unit.Lowered) : "—");
            if (unit.Round2Done) sheet.Cell(row, 9).Style.Fill.SetBackgroundColor(DoneFill);
            sheet.Cell(row, 10).SetValue(unit.Survey switch { true => L("status.yes"), false => L("status.no"), null => "—" });
        }
        Borders(sheet, unitHeaderRow, row, unitHeaders.Length);
        if (progress.StrayForms.Count > 0)
        {
            row += 2;
            sheet.Cell(row, 1).SetValue(L("status.stray")).Style.Font.SetBold();
            foreach (var file in progress.StrayForms)
            {
                row++;
                sheet.Cell(row, 1).SetValue(file);
                sheet.Cell(row, 1).Style.Fill.SetBackgroundColor(ProblemFill);
            }
        }

        SheetLayout.Widths(sheet, Widths);
        SheetLayout.Print(sheet, XLPageOrientation.Landscape, unitHeaderRow, language);
        return workbook;
    }

    // 145 characters: one page wide on A4 landscape at 8 pt or more (measured), also where LibreOffice replaces Calibri with DejaVu Sans.
    private static readonly double[] Widths = [16, 27, 9, 16, 15, 12, 19, 12, 11, 8];

    /// <summary>"Hợp lệ", "3 lỗi" or "Chưa nộp".</summary>
    public static string State(UnitProgress unit, Language language) =>
        !unit.Received ? Labels.Get("status.missing", language)
        : unit.Valid ? Labels.Get("status.valid", language)
        : Labels.Get("status.problemCount", language, unit.Problems.ToString(CultureInfo.InvariantCulture));

    private static void Header(IXLWorksheet sheet, int row, string[] keys, Language language)
    {
        for (var c = 0; c < keys.Length; c++) sheet.Cell(row, c + 1).SetValue(Labels.Get(keys[c], language));
        sheet.Range(row, 1, row, keys.Length).Style.Font.SetBold().Fill.SetBackgroundColor(SheetLayout.HeaderFill).Alignment.SetWrapText();
        sheet.Row(row).Height = 30;
    }

    private static void Borders(IXLWorksheet sheet, int from, int to, int columns) =>
        sheet.Range(from, 1, to, columns).Style.Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
}
