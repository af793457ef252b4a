using ClosedXML.Excel;
using IndexScorer.Analysis;
using IndexScorer.Campaigns;
using IndexScorer.IO.Files;
using IndexScorer.Text;

namespace IndexScorer.IO.Reports;

/// <summary>
/// Writes report.xlsx, numbers as numbers shown with 2 decimals, every label in the chosen language. Per unit group:
/// a summary (ranking, points per field, index, band, statistics, room for last year's figures), a field matrix
/// with a colour scale, a criteria overview (weakest first) and an appraisal sheet; then one detail sheet per unit
/// (every criterion, the biggest losses, strengths and weaknesses against the group's average).
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes the report whole or not at all.</summary>
    public static void Write(string path, CampaignResult result, Language language)
    {
        using var workbook = Build(result, language);
        AtomicFile.Write(path, stream => workbook.SaveAs(stream));
    }

    /// <summary>Builds the report workbook in memory.</summary>
    public static XLWorkbook Build(CampaignResult result, Language language)
    {
        var context = new ReportContext(result, language);
        var workbook = new XLWorkbook();
        foreach (var group in result.Groups) SummarySheet.Write(workbook, context, group);
        foreach (var group in result.Groups)
        {
            FieldMatrixSheet.Write(workbook, context, group);
            CriteriaSheet.Write(workbook, context, group);
            AppraisalSheet.Write(workbook, context, group);
        }
        foreach (var group in result.Groups)
        {
            foreach (var strengths in UnitStrengths.Of(group)) UnitSheet.Write(workbook, context, group, strengths);
        }
        return workbook;
    }
}
