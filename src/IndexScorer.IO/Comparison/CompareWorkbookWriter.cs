using ClosedXML.Excel;
using IndexScorer.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Files;
using IndexScorer.IO.Localization;
using IndexScorer.IO.Reports;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Comparison;

/// <summary>
/// Writes compare.xlsx: per group a comparison sheet (index, rank, band and comparable index in both years, units of one
/// year listed below), a field sheet (attainment per field in both years) and a movers sheet (biggest rises, biggest
/// falls); then the crosswalk used and the warnings. Numbers stay numbers, shown with 2 decimals.
/// </summary>
internal static class CompareWorkbookWriter
{
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#D9E1F2");
    private static readonly XLColor DisagreeFill = XLColor.FromHtml("#F8CBAD");
    private static readonly XLColor ThinFill = XLColor.FromHtml("#FFEB9C");
    private static readonly XLColor RiseFont = XLColor.FromHtml("#006100");
    private static readonly XLColor FallFont = XLColor.FromHtml("#9C0006");
    private const string Points = "0.00";
    private const string Change = "+0.00;-0.00;0.00";

    /// <summary>Writes the workbook whole or not at all.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="comparison">The comparison.</param>
    /// <param name="language">Labels' language.</param>
    /// <param name="crosswalkName">The crosswalk file as the user named it, or null when none was given.</param>
    /// <param name="notes">Warnings to list on the notes sheet, rendered in <paramref name="language"/>.</param>
    /// <param name="lineageName">The unit lineage file as the user named it, or null when none was given.</param>
    public static void Write(string path, YearComparison comparison, Language language, string? crosswalkName, IReadOnlyList<string> notes, string? lineageName = null)
    {
        using var workbook = Build(comparison, language, crosswalkName, notes, lineageName);
        AtomicFile.Write(path, stream => workbook.SaveAs(stream));
    }

    /// <summary>Builds the workbook in memory.</summary>
    public static XLWorkbook Build(YearComparison comparison, Language language, string? crosswalkName, IReadOnlyList<string> notes, string? lineageName = null)
    {
        var workbook = new XLWorkbook();
        foreach (var group in comparison.Groups)
        {
            WriteGroup(workbook.AddWorksheet(L(language, "compare.sheet.group", group.Code)), comparison, group, language);
            if (group.Units.Any(u => u.ProForma is not null))
                WritePredecessors(workbook.AddWorksheet(L(language, "compare.sheet.lineage", group.Code)), comparison, group, language, lineageName);
            WriteFields(workbook.AddWorksheet(L(language, "compare.sheet.fields", group.Code)), comparison, group, language);
            WriteMovers(workbook.AddWorksheet(L(language, "compare.sheet.movers", group.Code)), comparison, group, language);
        }
        WriteCrosswalk(workbook.AddWorksheet(L(language, "compare.sheet.crosswalk")), comparison, language, crosswalkName);
        var sheet = workbook.AddWorksheet(L(language, "compare.sheet.notes"));
        sheet.Column(1).Width = 140;
        if (notes.Count == 0) sheet.Cell(1, 1).SetValue(L(language, "compare.notes.none"));
        for (var i = 0; i < notes.Count; i++) sheet.Cell(i + 1, 1).SetValue(notes[i]).Style.Alignment.SetWrapText();
        SheetLayout.Print(sheet, XLPageOrientation.Landscape, 0, language);
        return workbook;
    }

    private static string L(Language language, string key, params object[] args) => Labels.Get(key, language, args);

    private static int Heading(IXLWorksheet sheet, YearComparison comparison, GroupComparison group, Language language, int columns)
    {
        var (older, newer) = (comparison.Older, comparison.Newer);
        sheet.Cell(1, 1).SetValue(L(language, "compare.title", older.Year, newer.Year)).Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).SetValue(L(language, "compare.group", group.Name)).Style.Font.SetBold();
        sheet.Cell(3, 1).SetValue(L(language, "compare.frameworks", older.Year, older.Framework.Id, newer.Year, newer.Framework.Id));
        sheet.Cell(4, 1).SetValue(L(language, "compare.note.comparable")).Style.Font.SetItalic();
        sheet.Range(4, 1, 4, Math.Max(columns, 8)).Merge().Style.Alignment.SetWrapText();
        sheet.Row(4).Height = 30;
        return 6;
    }

    private static void Header(IXLWorksheet sheet, int row, IReadOnlyList<string> headers)
    {
        for (var c = 0; c < headers.Count; c++) sheet.Cell(row, c + 1).SetValue(headers[c]);
        sheet.Range(row, 1, row, headers.Count).Style.Font.SetBold().Fill.SetBackgroundColor(HeaderFill).Alignment.SetWrapText()
            .Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center).Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        sheet.Row(row).Height = 45;
    }

    private static void SetNumber(IXLCell cell, decimal? value, string format)
    {
        if (value is not { } v) return;
        cell.SetValue(v);
        cell.Style.NumberFormat.Format = format;
        if (format == Change && v != 0m) cell.Style.Font.SetFontColor(v > 0m ? RiseFont : FallFont);
    }

    private static void SetInt(IXLCell cell, int? value, bool signed = false)
    {
        if (value is not { } v) return;
        cell.SetValue(v);
        if (signed) cell.Style.NumberFormat.Format = "+0;-0;0";
    }

    private static void WriteGroup(IXLWorksheet sheet, YearComparison comparison, GroupComparison group, Language language)
    {
        var (y0, y1) = (comparison.Older.Year, comparison.Newer.Year);
        var lineage = comparison.Lineage is not null;
        string[] headers =
        [
            L(language, "compare.col.code"), L(language, "compare.col.unit"), L(language, "compare.col.matchedBy"),
            L(language, lineage ? "compare.col.indexProForma" : "compare.col.index", y0), L(language, "compare.col.index", y1), L(language, "compare.col.indexChange"),
            L(language, lineage ? "compare.col.rankProForma" : "compare.col.rank", y0), L(language, lineage ? "compare.col.rankAmong" : "compare.col.rank", y1),
            L(language, "compare.col.rankChange"),
            L(language, "compare.col.band", y0), L(language, "compare.col.band", y1),
            L(language, "compare.col.comparable", y0), L(language, "compare.col.comparable", y1), L(language, "compare.col.comparableChange"),
            L(language, "compare.col.disagree"),
            .. lineage ? new[] { L(language, "compare.col.coverage", y0), L(language, "compare.col.thin", Percent(comparison.MinimumCoverage, language)) } : [],
        ];
        var row = Heading(sheet, comparison, group, language, headers.Length);
        sheet.Cell(5, 1).SetValue(L(language, "compare.note.disagree")).Style.Fill.SetBackgroundColor(DisagreeFill);
        if (lineage)
        {
            sheet.Cell(5, 8).SetValue(L(language, "compare.note.thin", Percent(comparison.MinimumCoverage, language), y0)).Style.Fill.SetBackgroundColor(ThinFill);
        }
        Header(sheet, row++, headers);
        foreach (var unit in group.Units.Where(u => u.Compared))
        {
            UnitRow(sheet, row++, unit, language, y0, y1, lineage);
        }
        var lonely = group.Units.Where(u => !u.Compared).ToArray();
        if (lonely.Length > 0)
        {
            row++;
            sheet.Cell(row++, 1).SetValue(L(language, "compare.onlyOne")).Style.Font.SetBold();
            foreach (var unit in lonely) UnitRow(sheet, row++, unit, language, y0, y1, lineage);
        }
        sheet.Range(7, 1, row - 1, headers.Length).Style.Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        Widths(sheet, [10, 34, lineage ? 26 : 14], headers.Length, 11);
        if (lineage) sheet.Row(6).Height = 60;
        SheetLayout.Print(sheet, XLPageOrientation.Landscape, 6, language);
    }

    private static void UnitRow(IXLWorksheet sheet, int row, UnitComparison unit, Language language, int olderYear, int newerYear, bool lineage)
    {
        sheet.Cell(row, 1).SetValue(unit.Code);
        sheet.Cell(row, 2).SetValue(unit.Name);
        sheet.Cell(row, 3).SetValue(unit.MatchedBy switch
        {
            UnitMatch.Code => L(language, "compare.match.code"),
            UnitMatch.Name => L(language, "compare.match.name", olderYear, unit.Older!.Code),
            UnitMatch.Lineage => L(language, "compare.match.lineage", string.Join(", ", unit.ProForma!.Predecessors.Select(p => p.Code))),
            _ => L(language, "compare.only", unit.Older is null ? newerYear : olderYear),
        });
        SetNumber(sheet.Cell(row, 4), unit.LastYearIndex, Points);
        SetNumber(sheet.Cell(row, 5), unit.Newer?.IndexPercent, Points);
        SetNumber(sheet.Cell(row, 6), unit.IndexChange, Change);
        SetInt(sheet.Cell(row, 7), unit.LastYearRank);
        // Across a lineage the column ranks the units compared; a unit of one year only keeps its own rank out of it.
        SetInt(sheet.Cell(row, 8), unit.ProForma is not null ? unit.NewerRankCompared : lineage ? null : unit.Newer?.Rank);
        SetInt(sheet.Cell(row, 9), unit.RankChange, signed: true);
        sheet.Cell(row, 10).SetValue(unit.Older?.Band ?? "");
        sheet.Cell(row, 11).SetValue(unit.Newer?.Band ?? "");
        if (unit.BandChanged) sheet.Range(row, 10, row, 11).Style.Font.SetBold();
        SetNumber(sheet.Cell(row, 12), unit.ComparableOlder, Points);
        SetNumber(sheet.Cell(row, 13), unit.ComparableNewer, Points);
        SetNumber(sheet.Cell(row, 14), unit.ComparableChange, Change);
        if (unit.SignDisagrees)
        {
            sheet.Cell(row, 15).SetValue(L(language, "compare.yes"));
            sheet.Range(row, 6, row, 6).Style.Fill.SetBackgroundColor(DisagreeFill);
            sheet.Range(row, 14, row, 15).Style.Fill.SetBackgroundColor(DisagreeFill);
        }
        if (unit.ProForma is { } proForma)
        {
            SetNumber(sheet.Cell(row, 16), 100m * proForma.Coverage, Points);
            if (proForma.IsThin)
            {
                sheet.Cell(row, 17).SetValue(L(language, "compare.yes"));
                sheet.Range(row, 16, row, 17).Style.Fill.SetBackgroundColor(ThinFill);
                sheet.Cell(row, 4).Style.Fill.SetBackgroundColor(ThinFill);
            }
        }
    }

    private static string Percent(decimal share, Language language) => NumberText.Format(100m * share, language) + "%";

    /// <summary>
    /// Per newer unit formed through the lineage: its pro-forma last year (method, weights, coverage) and each predecessor
    /// with its own index and rank, its share and its weight in the new unit.
    /// </summary>
    private static void WritePredecessors(IXLWorksheet sheet, YearComparison comparison, GroupComparison group, Language language, string? lineageName)
    {
        var (y0, y1) = (comparison.Older.Year, comparison.Newer.Year);
        string[] headers =
        [
            L(language, "compare.col.code"), L(language, "compare.col.unit"), L(language, "compare.ln.oldCode"), L(language, "compare.ln.oldName"),
            L(language, "compare.col.oldGroup", y0), L(language, "compare.col.index", y0), L(language, "compare.col.rank", y0),
            L(language, "compare.ln.share"), L(language, "compare.ln.weight"), L(language, "compare.ln.basis"), L(language, "compare.col.weightShare"),
            L(language, "compare.col.indexProForma", y0), L(language, "compare.col.coverage", y0), L(language, "compare.col.index", y1),
        ];
        sheet.Cell(1, 1).SetValue(L(language, "compare.lineage.title", y0, y1)).Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).SetValue(L(language, "compare.group", group.Name)).Style.Font.SetBold();
        sheet.Cell(3, 1).SetValue(lineageName is null ? L(language, "compare.lineage.byCode") : L(language, "compare.lineage.file", lineageName));
        sheet.Cell(4, 1).SetValue(L(language, "compare.lineage.method", y0, Percent(comparison.MinimumCoverage, language))).Style.Font.SetItalic();
        sheet.Range(4, 1, 4, headers.Length).Merge().Style.Alignment.SetWrapText();
        sheet.Row(4).Height = 45;
        var row = 6;
        Header(sheet, row++, headers);
        foreach (var unit in group.Units.Where(u => u.ProForma is not null))
        {
            var proForma = unit.ProForma!;
            var first = row;
            foreach (var p in proForma.Predecessors)
            {
                sheet.Cell(row, 3).SetValue(p.Code);
                sheet.Cell(row, 4).SetValue(p.Name);
                sheet.Cell(row, 5).SetValue(p.Group ?? L(language, "compare.lineage.noResults", y0));
                SetNumber(sheet.Cell(row, 6), p.Result?.IndexPercent, Points);
                SetInt(sheet.Cell(row, 7), p.Result?.Rank);
                SetNumber(sheet.Cell(row, 8), 100m * p.Share, Points);
                if (p.Weight is { } weight)
                {
                    sheet.Cell(row, 9).SetValue(weight);
                    sheet.Cell(row, 9).Style.NumberFormat.Format = "#,##0.##";
                }
                sheet.Cell(row, 10).SetValue(p.Weight is null ? L(language, "compare.lineage.equal") : p.Basis);
                SetNumber(sheet.Cell(row, 11), 100m * p.WeightShare, Points);
                if (p.Result is null) sheet.Range(row, 3, row, 11).Style.Font.SetFontColor(XLColor.Gray);
                row++;
            }
            sheet.Cell(first, 1).SetValue(unit.Code).Style.Font.SetBold();
            sheet.Cell(first, 2).SetValue(unit.Name).Style.Font.SetBold();
            SetNumber(sheet.Cell(first, 12), proForma.IndexPercent, Points);
            SetNumber(sheet.Cell(first, 13), 100m * proForma.Coverage, Points);
            SetNumber(sheet.Cell(first, 14), unit.Newer?.IndexPercent, Points);
            sheet.Range(first, 12, first, 14).Style.Font.SetBold();
            if (proForma.IsThin) sheet.Range(first, 12, first, 13).Style.Fill.SetBackgroundColor(ThinFill);
            sheet.Range(first, 1, row - 1, headers.Length).Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        }
        sheet.Range(6, 1, row - 1, headers.Length).Style.Border.SetInsideBorder(XLBorderStyleValues.Hair).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        Widths(sheet, [9, 28, 9, 26, 11], headers.Length, 10);
        SheetLayout.Print(sheet, XLPageOrientation.Landscape, 6, language);
    }

    private static void WriteFields(IXLWorksheet sheet, YearComparison comparison, GroupComparison group, Language language)
    {
        var (y0, y1) = (comparison.Older.Year, comparison.Newer.Year);
        var fields = group.Units.SelectMany(u => u.Fields).Select(f => f.Code).Distinct().ToArray();
        var headers = new List<string> { L(language, "compare.col.code"), L(language, "compare.col.unit") };
        foreach (var f in fields)
            headers.AddRange([L(language, "compare.col.field", f.Value, y0), L(language, "compare.col.field", f.Value, y1), L(language, "compare.col.fieldChange", f.Value)]);
        var row = Heading(sheet, comparison, group, language, headers.Count);
        sheet.Cell(5, 1).SetValue(string.Join("; ", group.Units.SelectMany(u => u.Fields).DistinctBy(f => f.Code).Select(f => $"{f.Code.Value}. {f.Title}")));
        Header(sheet, row++, headers);
        foreach (var unit in group.Units)
        {
            sheet.Cell(row, 1).SetValue(unit.Code);
            sheet.Cell(row, 2).SetValue(unit.Name);
            var c = 3;
            foreach (var code in fields)
            {
                var field = unit.Fields.FirstOrDefault(f => f.Code == code);
                SetNumber(sheet.Cell(row, c++), field?.OlderPercent, Points);
                SetNumber(sheet.Cell(row, c++), field?.NewerPercent, Points);
                SetNumber(sheet.Cell(row, c++), field?.Change, Change);
            }
            row++;
        }
        sheet.Range(7, 1, row - 1, headers.Count).Style.Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        Widths(sheet, [10, 34], headers.Count, 9);
        SheetLayout.Print(sheet, XLPageOrientation.Landscape, 6, language);
    }

    private static void WriteMovers(IXLWorksheet sheet, YearComparison comparison, GroupComparison group, Language language)
    {
        var (y0, y1) = (comparison.Older.Year, comparison.Newer.Year);
        string[] headers =
        [
            L(language, "compare.col.code"), L(language, "compare.col.unit"),
            L(language, comparison.Lineage is null ? "compare.col.index" : "compare.col.indexProForma", y0), L(language, "compare.col.index", y1),
            L(language, "compare.col.indexChange"), L(language, "compare.col.rankChange"), L(language, "compare.col.comparableChange"), L(language, "compare.col.disagree"),
        ];
        var row = Heading(sheet, comparison, group, language, headers.Length);
        var movers = group.Movers.ToArray();
        foreach (var (title, units) in new[]
        {
            (L(language, "compare.movers.rise"), movers.Where(u => u.IndexChange > 0m).ToArray()),
            (L(language, "compare.movers.fall"), movers.Where(u => u.IndexChange < 0m).Reverse().ToArray()),
        })
        {
            sheet.Cell(row++, 1).SetValue(title).Style.Font.SetBold();
            Header(sheet, row++, headers);
            if (units.Length == 0) sheet.Cell(row++, 2).SetValue(L(language, "compare.movers.none"));
            foreach (var unit in units)
            {
                sheet.Cell(row, 1).SetValue(unit.Code);
                sheet.Cell(row, 2).SetValue(unit.Name);
                SetNumber(sheet.Cell(row, 3), unit.LastYearIndex, Points);
                SetNumber(sheet.Cell(row, 4), unit.Newer!.IndexPercent, Points);
                SetNumber(sheet.Cell(row, 5), unit.IndexChange, Change);
                SetInt(sheet.Cell(row, 6), unit.RankChange, signed: true);
                SetNumber(sheet.Cell(row, 7), unit.ComparableChange, Change);
                if (unit.SignDisagrees)
                {
                    sheet.Cell(row, 8).SetValue(L(language, "compare.yes"));
                    sheet.Range(row, 7, row, 8).Style.Fill.SetBackgroundColor(DisagreeFill);
                }
                row++;
            }
            row++;
        }
        Widths(sheet, [10, 34], headers.Length, 12);
        SheetLayout.Print(sheet, XLPageOrientation.Landscape, 0, language);
    }

    private static void WriteCrosswalk(IXLWorksheet sheet, YearComparison comparison, Language language, string? crosswalkName)
    {
        var (y0, y1) = (comparison.Older.Year, comparison.Newer.Year);
        sheet.Cell(1, 1).SetValue(L(language, "compare.frameworks", y0, comparison.Older.Framework.Id, y1, comparison.Newer.Framework.Id)).Style.Font.SetBold();
        sheet.Cell(2, 1).SetValue(crosswalkName is null ? L(language, "compare.crosswalk.none") : L(language, "compare.crosswalk.file", crosswalkName));
        string[] headers = [L(language, "compare.cw.group"), L(language, "compare.cw.old"), L(language, "compare.cw.new"), L(language, "compare.cw.kind"), L(language, "compare.cw.note")];
        var row = 4;
        Header(sheet, row++, headers);
        foreach (var link in comparison.Crosswalk.Links)
        {
            sheet.Cell(row, 1).SetValue(link.OldGroup is null ? link.Group : $"{link.OldGroup} → {link.Group}");
            sheet.Cell(row, 2).SetValue(link.Old?.Value ?? "");
            sheet.Cell(row, 3).SetValue(link.New?.Value ?? "");
            sheet.Cell(row, 4).SetValue(CrosswalkFile.KindLabel(comparison.Crosswalk.KindOf(link), language));
            sheet.Cell(row, 5).SetValue(link.Note);
            row++;
        }
        row++;
        foreach (var group in comparison.Groups.Where(g => g.Matching is not null))
        {
            sheet.Cell(row++, 1).SetValue(L(language, "compare.crosswalk.onlyOlder", group.Code, y0, string.Join(", ", group.Matching!.OnlyOlder.Select(c => c.Value))));
            sheet.Cell(row++, 1).SetValue(L(language, "compare.crosswalk.onlyNewer", group.Code, y1, string.Join(", ", group.Matching.OnlyNewer.Select(c => c.Value))));
        }
        foreach (var (column, width) in new[] { (1, 10), (2, 10), (3, 10), (4, 20), (5, 90) }) sheet.Column(column).Width = width;
        SheetLayout.Print(sheet, XLPageOrientation.Landscape, 0, language);
    }

    private static void Widths(IXLWorksheet sheet, int[] first, int columns, int rest)
    {
        for (var c = 1; c <= columns; c++) sheet.Column(c).Width = c <= first.Length ? first[c - 1] : rest;
    }
}
