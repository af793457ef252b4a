using IndexScorer.Comparison;
using IndexScorer.IO.Files;
using IndexScorer.IO.Localization;
using IndexScorer.IO.Reports;
using IndexScorer.IO.Workbooks;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Comparison;

/// <summary>
/// Writes compare.xlsx: per group a comparison sheet (index, rank, band and comparable index in both years, units of one
/// year listed below), a field sheet (attainment per field in both years) and a movers sheet (biggest rises, biggest
/// falls); then the crosswalk used and the warnings. Numbers stay numbers, shown with 2 decimals. Streamed sheet by sheet
/// (<see cref="XlsxWriter"/>) like report.xlsx: a national comparison costs bytes, not kilobytes, per cell.
/// </summary>
internal static class CompareWorkbookWriter
{
    private const string HeaderFill = "#D9E1F2";
    private const string DisagreeFill = "#F8CBAD";
    private const string ThinFill = "#FFEB9C";
    private const string RiseFont = "#006100";
    private const string FallFont = "#9C0006";
    private const string Gray = "#808080";
    private const string Points = "0.00";
    private const string Change = "+0.00;-0.00;0.00";
    private const string Places = "+0;-0;0";

    /// <summary>Writes the workbook whole or not at all.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="comparison">The comparison.</param>
    /// <param name="language">Labels' language.</param>
    /// <param name="crosswalkName">The crosswalk file as the user named it, or null when none was given.</param>
    /// <param name="notes">Warnings to list on the notes sheet, rendered in <paramref name="language"/>.</param>
    /// <param name="lineageName">The unit lineage file as the user named it, or null when none was given.</param>
    public static void Write(string path, YearComparison comparison, Language language, string? crosswalkName, IReadOnlyList<string> notes, string? lineageName = null) =>
        AtomicFile.Write(path, stream => Write(stream, comparison, language, crosswalkName, notes, lineageName));

    /// <summary>Writes the workbook into <paramref name="stream"/>, one sheet at a time.</summary>
    public static void Write(Stream stream, YearComparison comparison, Language language, string? crosswalkName, IReadOnlyList<string> notes, string? lineageName = null)
    {
        using var workbook = new XlsxWriter(stream);
        workbook.WriteAll(Sheets(workbook, comparison, language, crosswalkName, notes, lineageName));
        workbook.Finish();
    }

    /// <summary>The sheets in order, each made when asked for (while the one before is being written).</summary>
    private static IEnumerable<SheetBuffer> Sheets(
        XlsxWriter workbook, YearComparison comparison, Language language, string? crosswalkName, IReadOnlyList<string> notes, string? lineageName)
    {
        foreach (var group in comparison.Groups)
        {
            yield return WriteGroup(workbook.AddSheet(L(language, "compare.sheet.group", group.Code)), comparison, group, language);
            if (group.Units.Any(u => u.ProForma is not null))
                yield return WritePredecessors(workbook.AddSheet(L(language, "compare.sheet.lineage", group.Code)), comparison, group, language, lineageName);
            yield return WriteFields(workbook.AddSheet(L(language, "compare.sheet.fields", group.Code)), comparison, group, language);
            yield return WriteMovers(workbook.AddSheet(L(language, "compare.sheet.movers", group.Code)), comparison, group, language);
        }
        yield return WriteCrosswalk(workbook.AddSheet(L(language, "compare.sheet.crosswalk")), comparison, language, crosswalkName);
        var sheet = workbook.AddSheet(L(language, "compare.sheet.notes"));
        sheet.Widths(140);
        if (notes.Count == 0) sheet.Text(1, 1, L(language, "compare.notes.none"));
        for (var i = 0; i < notes.Count; i++) sheet.Text(i + 1, 1, notes[i], new CellStyle { Wrap = true });
        Print(sheet, 0, language);
        yield return sheet;
    }

    private static string L(Language language, string key, params object[] args) => Labels.Get(key, language, args);

    private static int Heading(SheetBuffer sheet, YearComparison comparison, GroupComparison group, Language language, int columns)
    {
        var (older, newer) = (comparison.Older, comparison.Newer);
        sheet.Text(1, 1, L(language, "compare.title", older.Year, newer.Year), new CellStyle { Bold = true, FontSize = 14 });
        sheet.Text(2, 1, L(language, "compare.group", group.Name), new CellStyle { Bold = true });
        sheet.Text(3, 1, L(language, "compare.frameworks", older.Year, older.Framework.Id, newer.Year, newer.Framework.Id));
        sheet.Text(4, 1, L(language, "compare.note.comparable"), new CellStyle { Italic = true, Wrap = true });
        sheet.Merge(4, 1, 4, Math.Max(columns, 8));
        sheet.Height(4, 30);
        return 6;
    }

    private static void Header(SheetBuffer sheet, int row, IReadOnlyList<string> headers, double height = 45)
    {
        var style = new CellStyle { Bold = true, Fill = HeaderFill, Wrap = true, Horizontal = Horizontal.Center, Vertical = Vertical.Center };
        for (var c = 0; c < headers.Count; c++) sheet.Text(row, c + 1, headers[c], style);
        sheet.Height(row, height);
    }

    private static void SetNumber(SheetBuffer sheet, int row, int column, decimal? value, string format, CellStyle style = default)
    {
        if (value is not { } v) return;
        var color = format == Change && v != 0m ? v > 0m ? RiseFont : FallFont : style.FontColor;
        sheet.Number(row, column, v, style with { NumberFormat = format, FontColor = color });
    }

    private static void SetInt(SheetBuffer sheet, int row, int column, int? value, bool signed = false, CellStyle style = default)
    {
        if (value is not { } v) return;
        sheet.Number(row, column, v, signed ? style with { NumberFormat = Places } : style);
    }

    private static void Fill(SheetBuffer sheet, int row, int column, int lastColumn, string fill) =>
        sheet.Restyle(row, column, row, lastColumn, s => s with { Fill = fill });

    private static SheetBuffer WriteGroup(SheetBuffer sheet, YearComparison comparison, GroupComparison group, Language language)
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
        sheet.Text(5, 1, L(language, "compare.note.disagree"), new CellStyle { Fill = DisagreeFill });
        if (lineage) sheet.Text(5, 8, L(language, "compare.note.thin", Percent(comparison.MinimumCoverage, language), y0), new CellStyle { Fill = ThinFill });
        Header(sheet, row++, headers, lineage ? 60 : 45);
        foreach (var unit in group.Units.Where(u => u.Compared))
        {
            UnitRow(sheet, row++, unit, language, y0, y1, lineage);
        }
        var lonely = group.Units.Where(u => !u.Compared).ToArray();
        if (lonely.Length > 0)
        {
            row++;
            sheet.Text(row++, 1, L(language, "compare.onlyOne"), new CellStyle { Bold = true });
            foreach (var unit in lonely) UnitRow(sheet, row++, unit, language, y0, y1, lineage);
        }
        sheet.Restyle(7, 1, row - 1, headers.Length, s => s with { Borders = Edges.All });
        Widths(sheet, [10, 34, lineage ? 26 : 14], headers.Length, 11);
        Print(sheet, 6, language, repeatColumns: 2);
        return sheet;
    }

    private static void UnitRow(SheetBuffer sheet, int row, UnitComparison unit, Language language, int olderYear, int newerYear, bool lineage)
    {
        sheet.Text(row, 1, unit.Code);
        sheet.Text(row, 2, unit.Name);
        sheet.Text(row, 3, unit.MatchedBy switch
        {
            UnitMatch.Code => L(language, "compare.match.code"),
            UnitMatch.Name => L(language, "compare.match.name", olderYear, unit.Older!.Code),
            UnitMatch.Lineage => L(language, "compare.match.lineage", string.Join(", ", unit.ProForma!.Predecessors.Select(p => p.Code))),
            _ => L(language, "compare.only", unit.Older is null ? newerYear : olderYear),
        });
        SetNumber(sheet, row, 4, unit.LastYearIndex, Points);
        SetNumber(sheet, row, 5, unit.Newer?.IndexPercent, Points);
        SetNumber(sheet, row, 6, unit.IndexChange, Change);
        SetInt(sheet, row, 7, unit.LastYearRank);
        // Across a lineage the column ranks the units compared; a unit of one year only keeps its own rank out of it.
        SetInt(sheet, row, 8, unit.ProForma is not null ? unit.NewerRankCompared : lineage ? null : unit.Newer?.Rank);
        SetInt(sheet, row, 9, unit.RankChange, signed: true);
        var band = new CellStyle { Bold = unit.BandChanged };
        sheet.Text(row, 10, unit.Older?.Band, band);
        sheet.Text(row, 11, unit.Newer?.Band, band);
        SetNumber(sheet, row, 12, unit.ComparableOlder, Points);
        SetNumber(sheet, row, 13, unit.ComparableNewer, Points);
        SetNumber(sheet, row, 14, unit.ComparableChange, Change);
        if (unit.SignDisagrees)
        {
            sheet.Text(row, 15, L(language, "compare.yes"));
            Fill(sheet, row, 6, 6, DisagreeFill);
            Fill(sheet, row, 14, 15, DisagreeFill);
        }
        if (unit.ProForma is { } proForma)
        {
            SetNumber(sheet, row, 16, 100m * proForma.Coverage, Points);
            if (proForma.IsThin)
            {
                sheet.Text(row, 17, L(language, "compare.yes"));
                Fill(sheet, row, 16, 17, ThinFill);
                Fill(sheet, row, 4, 4, ThinFill);
            }
        }
    }

    private static string Percent(decimal share, Language language) => NumberText.Format(100m * share, language) + "%";

    /// <summary>
    /// Per newer unit formed through the lineage: its pro-forma last year (method, weights, coverage) and each predecessor
    /// with its own index and rank, its share and its weight in the new unit.
    /// </summary>
    private static SheetBuffer WritePredecessors(SheetBuffer sheet, YearComparison comparison, GroupComparison group, Language language, string? lineageName)
    {
        var (y0, y1) = (comparison.Older.Year, comparison.Newer.Year);
        string[] headers =
        [
            L(language, "compare.col.code"), L(language, "compare.col.unit"), L(language, "compare.ln.oldCode"), L(language, "compare.ln.oldName"),
            L(language, "compare.col.oldGroup", y0), L(language, "compare.col.index", y0), L(language, "compare.col.rank", y0),
            L(language, "compare.ln.share"), L(language, "compare.ln.weight"), L(language, "compare.ln.basis"), L(language, "compare.col.weightShare"),
            L(language, "compare.col.indexProForma", y0), L(language, "compare.col.coverage", y0), L(language, "compare.col.index", y1),
        ];
        sheet.Text(1, 1, L(language, "compare.lineage.title", y0, y1), new CellStyle { Bold = true, FontSize = 14 });
        sheet.Text(2, 1, L(language, "compare.group", group.Name), new CellStyle { Bold = true });
        sheet.Text(3, 1, lineageName is null ? L(language, "compare.lineage.byCode") : L(language, "compare.lineage.file", lineageName));
        sheet.Text(4, 1, L(language, "compare.lineage.method", y0, Percent(comparison.MinimumCoverage, language)), new CellStyle { Italic = true, Wrap = true });
        sheet.Merge(4, 1, 4, headers.Length);
        sheet.Height(4, 45);
        var row = 6;
        Header(sheet, row++, headers);
        foreach (var unit in group.Units.Where(u => u.ProForma is not null))
        {
            var proForma = unit.ProForma!;
            var first = row;
            foreach (var p in proForma.Predecessors)
            {
                var style = new CellStyle { FontColor = p.Result is null ? Gray : null };
                sheet.Text(row, 3, p.Code, style);
                sheet.Text(row, 4, p.Name, style);
                sheet.Text(row, 5, p.Group ?? L(language, "compare.lineage.noResults", y0), style);
                SetNumber(sheet, row, 6, p.Result?.IndexPercent, Points, style);
                SetInt(sheet, row, 7, p.Result?.Rank, style: style);
                SetNumber(sheet, row, 8, 100m * p.Share, Points, style);
                if (p.Weight is { } weight) sheet.Number(row, 9, weight, style with { NumberFormat = "#,##0.##" });
                sheet.Text(row, 10, p.Weight is null ? L(language, "compare.lineage.equal") : p.Basis, style);
                SetNumber(sheet, row, 11, 100m * p.WeightShare, Points, style);
                row++;
            }
            var bold = new CellStyle { Bold = true };
            sheet.Text(first, 1, unit.Code, bold);
            sheet.Text(first, 2, unit.Name, bold);
            var total = bold with { Fill = proForma.IsThin ? ThinFill : null };
            SetNumber(sheet, first, 12, proForma.IndexPercent, Points, total);
            SetNumber(sheet, first, 13, 100m * proForma.Coverage, Points, total);
            SetNumber(sheet, first, 14, unit.Newer?.IndexPercent, Points, bold);
            if (proForma.IsThin) Fill(sheet, first, 12, 13, ThinFill);
        }
        sheet.Restyle(6, 1, row - 1, headers.Length, s => s with { Borders = Edges.All });
        Widths(sheet, [9, 28, 9, 26, 11], headers.Length, 10);
        Print(sheet, 6, language);
        return sheet;
    }

    private static SheetBuffer WriteFields(SheetBuffer sheet, YearComparison comparison, GroupComparison group, Language language)
    {
        var (y0, y1) = (comparison.Older.Year, comparison.Newer.Year);
        var fields = group.Units.SelectMany(u => u.Fields).Select(f => f.Code).Distinct().ToArray();
        var headers = new List<string> { L(language, "compare.col.code"), L(language, "compare.col.unit") };
        foreach (var f in fields)
            headers.AddRange([L(language, "compare.col.field", f.Value, y0), L(language, "compare.col.field", f.Value, y1), L(language, "compare.col.fieldChange", f.Value)]);
        var row = Heading(sheet, comparison, group, language, headers.Count);
        sheet.Text(5, 1, string.Join("; ", group.Units.SelectMany(u => u.Fields).DistinctBy(f => f.Code).Select(f => $"{f.Code.Value}. {f.Title}")));
        Header(sheet, row++, headers);
        foreach (var unit in group.Units)
        {
            sheet.Text(row, 1, unit.Code);
            sheet.Text(row, 2, unit.Name);
            var c = 3;
            foreach (var code in fields)
            {
                var field = unit.Fields.FirstOrDefault(f => f.Code == code);
                SetNumber(sheet, row, c++, field?.OlderPercent, Points);
                SetNumber(sheet, row, c++, field?.NewerPercent, Points);
                SetNumber(sheet, row, c++, field?.Change, Change);
            }
            row++;
        }
        sheet.Restyle(7, 1, row - 1, headers.Count, s => s with { Borders = Edges.All });
        Widths(sheet, [10, 34], headers.Count, 9);
        Print(sheet, 6, language, repeatColumns: 2);
        return sheet;
    }

    private static SheetBuffer WriteMovers(SheetBuffer sheet, YearComparison comparison, GroupComparison group, Language language)
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
            sheet.Text(row++, 1, title, new CellStyle { Bold = true });
            Header(sheet, row++, headers);
            if (units.Length == 0) sheet.Text(row++, 2, L(language, "compare.movers.none"));
            foreach (var unit in units)
            {
                sheet.Text(row, 1, unit.Code);
                sheet.Text(row, 2, unit.Name);
                SetNumber(sheet, row, 3, unit.LastYearIndex, Points);
                SetNumber(sheet, row, 4, unit.Newer!.IndexPercent, Points);
                SetNumber(sheet, row, 5, unit.IndexChange, Change);
                SetInt(sheet, row, 6, unit.RankChange, signed: true);
                SetNumber(sheet, row, 7, unit.ComparableChange, Change);
                if (unit.SignDisagrees)
                {
                    sheet.Text(row, 8, L(language, "compare.yes"));
                    Fill(sheet, row, 7, 8, DisagreeFill);
                }
                row++;
            }
            row++;
        }
        Widths(sheet, [10, 34], headers.Length, 12);
        Print(sheet, 0, language);
        return sheet;
    }

    private static SheetBuffer WriteCrosswalk(SheetBuffer sheet, YearComparison comparison, Language language, string? crosswalkName)
    {
        var (y0, y1) = (comparison.Older.Year, comparison.Newer.Year);
        sheet.Text(1, 1, L(language, "compare.frameworks", y0, comparison.Older.Framework.Id, y1, comparison.Newer.Framework.Id), new CellStyle { Bold = true });
        sheet.Text(2, 1, crosswalkName is null ? L(language, "compare.crosswalk.none") : L(language, "compare.crosswalk.file", crosswalkName));
        string[] headers = [L(language, "compare.cw.group"), L(language, "compare.cw.old"), L(language, "compare.cw.new"), L(language, "compare.cw.kind"), L(language, "compare.cw.note")];
        var row = 4;
        Header(sheet, row++, headers);
        foreach (var link in comparison.Crosswalk.Links)
        {
            sheet.Text(row, 1, link.OldGroup is null ? link.Group : $"{link.OldGroup} → {link.Group}");
            sheet.Text(row, 2, link.Old?.Value);
            sheet.Text(row, 3, link.New?.Value);
            sheet.Text(row, 4, CrosswalkFile.KindLabel(comparison.Crosswalk.KindOf(link), language));
            sheet.Text(row, 5, link.Note);
            row++;
        }
        row++;
        foreach (var group in comparison.Groups.Where(g => g.Matching is not null))
        {
            sheet.Text(row++, 1, L(language, "compare.crosswalk.onlyOlder", group.Code, y0, string.Join(", ", group.Matching!.OnlyOlder.Select(c => c.Value))));
            sheet.Text(row++, 1, L(language, "compare.crosswalk.onlyNewer", group.Code, y1, string.Join(", ", group.Matching.OnlyNewer.Select(c => c.Value))));
        }
        sheet.Widths(10, 10, 10, 20, 90);
        Print(sheet, 0, language);
        return sheet;
    }

    private static void Widths(SheetBuffer sheet, int[] first, int columns, int rest) =>
        sheet.Widths(Enumerable.Range(1, columns).Select(c => (double)(c <= first.Length ? first[c - 1] : rest)).ToArray());

    /// <summary>
    /// A4 landscape, the header row kept in view and repeated on every page; one page wide, or, for the wide matrices
    /// (<paramref name="repeatColumns"/> above 0), at full size over pages across with the unit's code and name repeated.
    /// </summary>
    private static void Print(SheetBuffer sheet, int headerRow, Language language, int repeatColumns = 0) =>
        ReportLayout.PrintA4(sheet, Orientation.Landscape, headerRow, language, repeatColumns: repeatColumns);
}
