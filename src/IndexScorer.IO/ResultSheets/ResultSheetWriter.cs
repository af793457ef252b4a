using ClosedXML.Excel;
using IndexScorer.IO.Files;
using IndexScorer.IO.Localization;
using IndexScorer.IO.Reports;
using IndexScorer.Results;
using IndexScorer.Frameworks;
using IndexScorer.Text;

namespace IndexScorer.IO.ResultSheets;

/// <summary>
/// Writes one unit's result sheet to sign (phiếu kết quả), what the office prints and e-mails: the unit, its total, index,
/// rank and band on top; every criterion with its maximum, self score, round 1, the unit's explanation, round 2, the points
/// that count, the evidence (a link to the file or address when one is named) and the notes; the total; a signature block for
/// the unit and the council. A4 landscape, one page wide, the header row repeated on every page, 10 pt, page numbers.
/// </summary>
internal static class ResultSheetWriter
{
    private const int Code = 1, Title = 2, Max = 3, Self = 4, Round1 = 5, Explanation = 6, Round2 = 7, Final = 8, Evidence = 9, Notes = 10;
    private const int Last = Notes;
    private const int HeaderRow = 6;
    private const double FontSize = 10;
    private const double LineHeight = 13.5;
    // 128 characters of the 10-point body: one page wide on A4 landscape at 8 pt or more (measured), also with DejaVu Sans for Calibri.
    private static readonly double[] Widths = [6, 32, 7, 7, 8, 21, 8, 7, 14, 18];
    private static readonly XLColor FieldFill = XLColor.FromHtml("#EDEDED");

    /// <summary>The file's name: PH05-2024-phieu-ket-qua.xlsx (PH05-2024-result-sheet.xlsx in English).</summary>
    public static string FileName(string unitCode, int year, Language language) =>
        $"{unitCode}-{year}-{(language == Language.English ? "result-sheet" : "phieu-ket-qua")}.xlsx";

    /// <summary>Writes the sheet (whole or not at all); <paramref name="evidenceLink"/> gives the link of a leaf's evidence, or null.</summary>
    public static void Write(
        string path, ScoredYear year, ScoredGroup group, ScoredUnit unit, Func<CriterionResult, string?> evidenceLink, Language language)
    {
        using var workbook = Build(year, group, unit, evidenceLink, language);
        AtomicFile.Write(path, stream => workbook.SaveAs(stream));
    }

    /// <summary>Builds the workbook in memory.</summary>
    public static XLWorkbook Build(ScoredYear year, ScoredGroup group, ScoredUnit unit, Func<CriterionResult, string?> evidenceLink, Language language)
    {
        string L(string key, params object[] args) => Labels.Get(key, language, args);
        var workbook = new XLWorkbook();
        workbook.Style.Font.FontSize = FontSize;
        var sheet = workbook.AddWorksheet(L("sheet.sheet"));
        sheet.Style.Font.FontSize = FontSize;

        var title = L("sheet.title", year.Year) + (year.Provisional ? $" — {L("report.provisional")}" : "");
        Banner(sheet, 1, title).Style.Font.SetBold().Font.SetFontSize(13).Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        Banner(sheet, 2, L("sheet.unit", unit.Name, unit.Code, group.Name)).Style.Font.SetBold();
        Banner(sheet, 3, L("sheet.framework", year.Framework.Name, year.Framework.Id, year.Framework.Version));
        var tied = unit.IsTied ? L("sheet.tied") : "";
        Banner(sheet, 4, L("sheet.result", unit.TotalPoints, unit.MaxInUse, unit.IndexPercent, unit.Rank, group.Units.Count, tied, unit.Band ?? L("sheet.noBand")))
            .Style.Font.SetBold();

        string[] headers =
        [
            "sheet.col.code", "sheet.col.title", "sheet.col.max", "sheet.col.self", "sheet.col.round1", "sheet.col.explanation",
            "sheet.col.round2", "sheet.col.final", "sheet.col.evidence", "sheet.col.notes",
        ];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(HeaderRow, c + 1).SetValue(L(headers[c]));
        sheet.Range(HeaderRow, 1, HeaderRow, Last).Style.Font.SetBold().Fill.SetBackgroundColor(SheetLayout.HeaderFill)
            .Alignment.SetWrapText().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center).Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        sheet.Row(HeaderRow).Height = 4 * LineHeight + 2;

        var row = HeaderRow;
        foreach (var result in unit.Criteria)
        {
            row++;
            var criterion = result.Criterion;
            sheet.Cell(row, Code).SetValue(criterion.Code.Value);
            sheet.Cell(row, Title).SetValue(criterion.Title).Style.Alignment.SetIndent(criterion.Code.Depth - 1);
            sheet.Cell(row, Max).SetValue(result.MaxInUse);
            Number(sheet.Cell(row, Self), result.SelfPoints);
            Number(sheet.Cell(row, Round1), result.Appraisal1);
            sheet.Cell(row, Explanation).SetValue(result.Explanation);
            Number(sheet.Cell(row, Round2), result.Appraisal2);
            sheet.Cell(row, Final).SetValue(result.FinalPoints);
            sheet.Cell(row, Evidence).SetValue(result.Evidence);
            if (evidenceLink(result) is { } link)
            {
                sheet.Cell(row, Evidence).Hyperlink = new XLHyperlink(link);
                sheet.Cell(row, Evidence).Style.Font.SetUnderline(XLFontUnderlineValues.Single).Font.SetFontColor(XLColor.Blue);
            }
            var notes = new[]
            {
                criterion.Source == PointSource.Survey && criterion.IsLeaf ? L("sheet.survey") : result.NotApplicable ? L("sheet.na") : "",
                result.AppraisalNote, result.Note,
            };
            sheet.Cell(row, Notes).SetValue(string.Join("\n", notes.Where(n => !string.IsNullOrWhiteSpace(n))));
            if (!criterion.IsLeaf)
            {
                var parent = sheet.Range(row, 1, row, Last).Style.Font.SetBold();
                if (criterion.Code.Depth == 1) parent.Fill.SetBackgroundColor(FieldFill);
            }
            Height(sheet, row);
        }
        row++;
        sheet.Cell(row, Title).SetValue(L("sheet.total"));
        sheet.Cell(row, Max).SetValue(unit.MaxInUse);
        sheet.Cell(row, Final).SetValue(unit.TotalPoints);
        sheet.Range(row, 1, row, Last).Style.Font.SetBold().Fill.SetBackgroundColor(SheetLayout.HeaderFill);
        var table = sheet.Range(HeaderRow, 1, row, Last);
        table.Style.Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin)
            .Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        foreach (var column in new[] { Title, Explanation, Evidence, Notes })
            sheet.Range(HeaderRow + 1, column, row, column).Style.Alignment.SetWrapText();
        foreach (var column in new[] { Max, Self, Round1, Round2, Final })
            sheet.Range(HeaderRow + 1, column, row, column).Style.NumberFormat.Format = SheetLayout.NumberFormat;

        Signatures(sheet, row + 2, L);
        for (var c = 0; c < Widths.Length; c++) sheet.Column(c + 1).Width = Widths[c];

        SheetLayout.Print(sheet, XLPageOrientation.Landscape, HeaderRow, language);
        sheet.PageSetup.Footer.Left.AddText($"{unit.Code} — {unit.Name}", XLHFOccurrence.AllPages);
        return workbook;
    }

    private static IXLRange Banner(IXLWorksheet sheet, int row, string text)
    {
        sheet.Cell(row, 1).SetValue(text);
        return sheet.Range(row, 1, row, Last).Merge();
    }

    private static void Number(IXLCell cell, decimal? value)
    {
        if (value is { } v) cell.SetValue(v);
    }

    /// <summary>Row heights from the wrapped texts (not every client computes them).</summary>
    private static void Height(IXLWorksheet sheet, int row)
    {
        var lines = new[] { Title, Explanation, Evidence, Notes }.Max(column =>
            sheet.Cell(row, column).GetString().Split('\n').Sum(part => Math.Max(1, (int)Math.Ceiling(part.Length / (Widths[column - 1] * 1.05)))));
        if (lines > 1) sheet.Row(row).Height = lines * LineHeight;
    }

    /// <summary>The date line and two signature blocks, the unit's on the left and the council's on the right, kept on one page.</summary>
    private static void Signatures(IXLWorksheet sheet, int row, Func<string, object[], string> label)
    {
        string L(string key) => label(key, []);
        Block(sheet, row, Round2, Notes, L("sheet.date")).Style.Font.SetItalic();
        Block(sheet, row + 1, Code, Self, L("sheet.signUnit")).Style.Font.SetBold();
        Block(sheet, row + 1, Round2, Notes, L("sheet.signCouncil")).Style.Font.SetBold();
        Block(sheet, row + 2, Code, Self, L("sheet.signHint")).Style.Font.SetItalic();
        Block(sheet, row + 2, Round2, Notes, L("sheet.signHint")).Style.Font.SetItalic();
        // Room to sign.
        sheet.Row(row + 3).Height = 60;
    }

    private static IXLRange Block(IXLWorksheet sheet, int row, int from, int to, string text)
    {
        sheet.Cell(row, from).SetValue(text);
        var range = sheet.Range(row, from, row, to).Merge();
        range.Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        return range;
    }
}
