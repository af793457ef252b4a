using ClosedXML.Excel;
using IndexScorer.Analysis;
using IndexScorer.Campaigns;
using IndexScorer.IO.Files;
using IndexScorer.IO.Localization;
using IndexScorer.Text;

namespace IndexScorer.IO.Reports;

/// <summary>
/// Writes report.xlsx: a summary sheet per unit group (rank, unit, points per field, bonus, penalty, total,
/// index, band; the group's mean, median, minimum and maximum), numbers as numbers shown with 2 decimals.
/// </summary>
public static class ReportWriter
{
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#D9E1F2");
    private static readonly XLColor TieFill = XLColor.FromHtml("#FFF2CC");

    /// <summary>Writes the report whole or not at all.</summary>
    public static void Write(string path, CampaignResult result, Language language)
    {
        using var workbook = Build(result, language);
        AtomicFile.Write(path, stream => workbook.SaveAs(stream));
    }

    /// <summary>Builds the report workbook in memory.</summary>
    public static XLWorkbook Build(CampaignResult result, Language language)
    {
        var workbook = new XLWorkbook();
        foreach (var group in result.Groups) WriteSummary(workbook, result, group, language);
        return workbook;
    }

    private static void WriteSummary(XLWorkbook workbook, CampaignResult result, GroupResult group, Language language)
    {
        string L(string key, params object[] args) => Labels.Get(key, language, args);
        var sheet = workbook.AddWorksheet(L("report.sheet.summary", group.Group.Code));
        var fields = group.Group.Fields;
        var lastColumn = 3 + fields.Count + 6;
        sheet.Cell(1, 1).SetValue(L("report.title", result.Year)).Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).SetValue(L("report.group", group.Group.Name)).Style.Font.SetBold();
        sheet.Cell(3, 1).SetValue(L("report.framework", result.Framework.Name, result.Framework.Id, result.Framework.Version));
        sheet.Cell(4, 1).SetValue(result.Framework.Note).Style.Font.SetItalic();
        sheet.Cell(5, 1).SetValue(L("report.fields", string.Join("; ", fields.Select(f => $"{f.Code.Value}. {f.Title} ({NumberText.Format(f.MaxPoints, language)})"))));
        sheet.Range(5, 1, 5, lastColumn).Merge().Style.Alignment.SetWrapText();
        sheet.Row(5).Height = 45;
        if (!group.SurveyInUse && group.Group.SurveyMaximum > 0) sheet.Cell(6, 1).SetValue(L("report.noSurvey")).Style.Font.SetItalic();

        const int headerRow = 7;
        var headers = new List<string> { L("report.col.rank"), L("report.col.code"), L("report.col.unit") };
        headers.AddRange(fields.Select(f => L("report.col.field", f.Code.Value)));
        headers.AddRange([L("report.col.bonus"), L("report.col.penalty"), L("report.col.total"), L("report.col.max"), L("report.col.index"), L("report.col.band")]);
        for (var c = 0; c < headers.Count; c++) sheet.Cell(headerRow, c + 1).SetValue(headers[c]);
        sheet.Range(headerRow, 1, headerRow, lastColumn).Style.Font.SetBold().Fill.SetBackgroundColor(HeaderFill).Alignment.SetWrapText()
            .Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center).Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        sheet.Row(headerRow).Height = 30;

        var row = headerRow + 1;
        foreach (var unit in group.Units)
        {
            var score = unit.Score;
            var c = 1;
            sheet.Cell(row, c++).SetValue(unit.Rank);
            sheet.Cell(row, c++).SetValue(score.Unit.Code);
            sheet.Cell(row, c++).SetValue(score.Unit.Name);
            foreach (var field in fields) sheet.Cell(row, c++).SetValue(score.FieldPoints(field));
            sheet.Cell(row, c++).SetValue(score.Bonus);
            sheet.Cell(row, c++).SetValue(score.Penalty);
            sheet.Cell(row, c++).SetValue(score.TotalPoints);
            sheet.Cell(row, c++).SetValue(score.MaxInUse);
            sheet.Cell(row, c++).SetValue(score.IndexPercent);
            sheet.Cell(row, c).SetValue(unit.Band?.Label ?? string.Empty);
            if (unit.IsTied) sheet.Cell(row, 1).Style.Fill.SetBackgroundColor(TieFill);
            row++;
        }
        var lastUnitRow = row - 1;
        var table = sheet.Range(headerRow, 1, lastUnitRow, lastColumn);
        table.Style.Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        sheet.Range(headerRow + 1, 4, row + 4, lastColumn - 1).Style.NumberFormat.Format = "0.00";
        sheet.Range(headerRow + 1, 1, lastUnitRow, 1).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);

        var stats = GroupStatistics.Of(group);
        row++;
        foreach (var (key, value) in new[] { ("report.stat.mean", stats.Mean), ("report.stat.median", stats.Median), ("report.stat.min", stats.Minimum), ("report.stat.max", stats.Maximum) })
        {
            sheet.Cell(row, 3).SetValue(L(key)).Style.Font.SetBold();
            sheet.Cell(row, lastColumn - 1).SetValue(value);
            sheet.Cell(row, lastColumn - 1).Style.NumberFormat.Format = "0.00";
            row++;
        }
        if (group.Units.Any(u => u.IsTied))
        {
            sheet.Cell(row, 1).Style.Fill.SetBackgroundColor(TieFill);
            sheet.Cell(row, 2).SetValue(L("report.tie")).Style.Font.SetItalic();
        }

        sheet.Column(1).Width = 8;
        sheet.Column(2).Width = 10;
        sheet.Column(3).Width = 34;
        for (var c = 4; c <= lastColumn; c++) sheet.Column(c).Width = 9;
        sheet.Column(lastColumn).Width = 12;
        sheet.SheetView.FreezeRows(headerRow);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
    }
}
