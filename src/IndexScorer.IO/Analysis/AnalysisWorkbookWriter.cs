using ClosedXML.Excel;
using IndexScorer.Analysis;
using IndexScorer.IO.Files;
using IndexScorer.IO.Localization;
using IndexScorer.IO.Reports;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Analysis;

/// <summary>
/// Writes analysis.xlsx, three sheets per group: the rank intervals (with the pairs not clearly separated and the near
/// ties), the statistics (every criterion, field and the index; the fields' correlations and α; the self–appraisal
/// agreement) and the drivers (sensitivity per field and what each unit would need). Numbers are numbers, shown with 2
/// decimals; shares as percentages; every sheet prints on A4 landscape.
/// </summary>
internal static class AnalysisWorkbookWriter
{
    private const string ShareFormat = "0.0%";

    /// <summary>Writes the workbook whole or not at all.</summary>
    public static void Write(string path, YearAnalysis analysis, Language language)
    {
        using var workbook = Build(analysis, language);
        AtomicFile.Write(path, stream => workbook.SaveAs(stream));
    }

    /// <summary>Builds the workbook in memory.</summary>
    public static XLWorkbook Build(YearAnalysis analysis, Language language)
    {
        string L(string key, params object[] args) => Labels.Get(key, language, args);
        var names = new SheetNames();
        var workbook = new XLWorkbook();
        foreach (var group in analysis.Groups)
        {
            Ranks(workbook.AddWorksheet(names.Take(L("analysis.sheet.ranks", group.Group.Code))), analysis, group, language, L);
            Statistics(workbook.AddWorksheet(names.Take(L("analysis.sheet.stats", group.Group.Code))), analysis, group, language, L);
            Drivers(workbook.AddWorksheet(names.Take(L("analysis.sheet.drivers", group.Group.Code))), analysis, group, language, L);
        }
        return workbook;
    }

    private static int Heading(IXLWorksheet sheet, YearAnalysis analysis, GroupAnalysis group, Language language, Func<string, object[], string> L)
    {
        SheetLayout.Title(sheet, 1, L("analysis.title", [analysis.Year.Year]));
        sheet.Cell(2, 1).Text(L("report.group", [group.Group.Name])).Style.Font.SetBold();
        sheet.Cell(3, 1).Text(L("report.framework", [analysis.Year.Framework.Name, analysis.Year.Framework.Id, analysis.Year.Framework.Version]));
        sheet.Cell(4, 1).Text(AnalysisHtmlWriter.Settings(L, analysis.Settings, language)).Style.Font.SetItalic();
        return 6;
    }

    private static void Ranks(IXLWorksheet sheet, YearAnalysis analysis, GroupAnalysis group, Language language, Func<string, object[], string> L)
    {
        var row = Heading(sheet, analysis, group, language, L);
        SheetLayout.Heading(sheet, row++, L("analysis.ranks", []));
        var bands = group.Group.Bands;
        var headers = new List<string>
        {
            L("analysis.col.nominal", []), L("report.col.code", []), L("report.col.unit", []), L("report.col.index", []), L("report.col.band", []),
            L("analysis.col.median", []), L("analysis.col.low", []), L("analysis.col.high", []),
        };
        headers.AddRange(bands.Select(b => L("analysis.col.bandProbability", [b.Label])));
        var headerRow = row;
        SheetLayout.HeaderRow(sheet, row++, headers, 45);
        var first = row;
        foreach (var unit in group.Uncertainty.Units)
        {
            var c = 1;
            sheet.Cell(row, c++).SetValue(unit.NominalRank);
            sheet.Cell(row, c++).Text(unit.Unit.Code);
            sheet.Cell(row, c++).Text(unit.Unit.Name);
            sheet.Cell(row, c++).Number(unit.Unit.IndexPercent);
            sheet.Cell(row, c++).Text(unit.Unit.Band ?? string.Empty);
            sheet.Cell(row, c++).SetValue(unit.MedianRank);
            sheet.Cell(row, c++).SetValue(unit.Low);
            sheet.Cell(row, c++).SetValue(unit.High);
            foreach (var p in unit.BandProbabilities) Share(sheet.Cell(row, c++), p);
            if (unit.Unit.IsTied) sheet.Cell(row, 1).Style.Fill.SetBackgroundColor(SheetLayout.TieFill).Font.SetBold();
            row++;
        }
        SheetLayout.Borders(sheet, first, row - 1, headers.Count);
        // The interval as a data bar would hide the published rank: the workbook gives the numbers, the HTML the picture.
        row++;
        SheetLayout.Heading(sheet, row++, L("analysis.pairs", []));
        if (group.Uncertainty.NotClearlySeparated.Count == 0) sheet.Cell(row++, 1).Text(L("analysis.pairs.none", []));
        else row = PairTable(sheet, row, L("analysis.col.flip", []), L,
            group.Uncertainty.NotClearlySeparated.Select(p => (p.Above, p.Below, (Action<IXLCell>)(cell => Share(cell, p.FlipShare)))));
        row++;
        SheetLayout.Heading(sheet, row++, L("analysis.nearTies", []));
        if (group.NearTies.Count == 0) sheet.Cell(row++, 1).Text(L("analysis.nearTies.none", []));
        else row = PairTable(sheet, row, L("analysis.col.difference", []), L,
            group.NearTies.Select(t => (t.Above, t.Below, (Action<IXLCell>)(cell => cell.SetValue(t.Difference).Style.NumberFormat.Format = "0.0000"))));
        var widths = new List<double> { 9, 8, 30, 8, 10, 9, 9, 9 };
        widths.AddRange(bands.Select(_ => 10d));
        SheetLayout.Widths(sheet, [.. widths]);
        SheetLayout.Print(sheet, XLPageOrientation.Landscape, headerRow, language);
    }

    /// <summary>Pairs of units, each as "rank. name (code)" over the columns of the table above, and one figure; returns the next row.</summary>
    private static int PairTable(
        IXLWorksheet sheet, int row, string figure, Func<string, object[], string> L, IEnumerable<(ScoredUnit Above, ScoredUnit Below, Action<IXLCell> Write)> pairs)
    {
        sheet.Range(row, 1, row, 3).Merge().FirstCell().Text(L("analysis.col.above", []));
        sheet.Range(row, 4, row, 8).Merge().FirstCell().Text(L("analysis.col.below", []));
        sheet.Cell(row, 9).Text(figure);
        sheet.Range(row, 1, row, 9).Style.Font.SetBold().Fill.SetBackgroundColor(SheetLayout.HeaderFill).Alignment.SetWrapText()
            .Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        sheet.Row(row).Height = 30;
        var first = ++row;
        foreach (var (above, below, write) in pairs)
        {
            sheet.Range(row, 1, row, 3).Merge().FirstCell().Text($"{above.Rank}. {above.Name} ({above.Code})");
            sheet.Range(row, 4, row, 8).Merge().FirstCell().Text($"{below.Rank}. {below.Name} ({below.Code})");
            write(sheet.Cell(row, 9));
            row++;
        }
        SheetLayout.Borders(sheet, first, row - 1, 9);
        return row;
    }

    private static void Statistics(IXLWorksheet sheet, YearAnalysis analysis, GroupAnalysis group, Language language, Func<string, object[], string> L)
    {
        var row = Heading(sheet, analysis, group, language, L);
        SheetLayout.Heading(sheet, row++, L("analysis.stats", []));
        string[] headers =
        [
            L("analysis.col.criterion", []), L("analysis.col.max", []), L("analysis.col.units", []), L("analysis.col.mean", []), L("analysis.col.median2", []),
            L("analysis.col.q1", []), L("analysis.col.q3", []), L("analysis.col.sd", []), L("analysis.col.min", []), L("analysis.col.maxValue", []),
            L("analysis.col.atMax", []), L("analysis.col.atZero", []), L("analysis.col.na", []), L("analysis.col.flag", []),
        ];
        var headerRow = row;
        SheetLayout.HeaderRow(sheet, row++, headers, 45);
        var first = row;
        foreach (var s in group.Statistics)
        {
            sheet.Cell(row, 1).Text(s.Criterion is { } c ? $"{c.Code.Value}. {c.Title}" : L("analysis.index", []));
            if (s.Criterion is { } m) sheet.Cell(row, 2).Number(m.MaxPoints);
            else sheet.Cell(row, 2).Number(100m);
            sheet.Cell(row, 3).SetValue(s.Points?.Count ?? 0);
            var values = new double?[] { s.Points?.Mean, s.Points?.Median, s.Points?.Quartile1, s.Points?.Quartile3, s.Points?.StandardDeviation, s.Points?.Minimum, s.Points?.Maximum };
            for (var k = 0; k < values.Length; k++) Statistic(sheet.Cell(row, 4 + k), values[k]);
            Share(sheet.Cell(row, 11), s.ShareAtMaximum);
            Share(sheet.Cell(row, 12), s.ShareAtZero);
            sheet.Cell(row, 13).SetValue(s.NotApplicableUnits);
            if (s.SeparatesNoOne) sheet.Cell(row, 14).Text(L("analysis.flag.noOne", [])).Style.Font.SetFontColor(XLColor.FromHtml("#C62828"));
            if (s.Criterion is null || s.Criterion.IsField) sheet.Range(row, 1, row, headers.Length).Style.Font.SetBold().Fill.SetBackgroundColor(SheetLayout.FieldFill);
            row++;
        }
        SheetLayout.Borders(sheet, first, row - 1, headers.Length);

        row++;
        SheetLayout.Heading(sheet, row++, L("analysis.coherence", []));
        var coherence = group.Coherence;
        var fields = coherence.Fields;
        foreach (var (label, matrix) in new[] { ("analysis.pearson", coherence.Pearson), ("analysis.spearman", coherence.Spearman) })
        {
            sheet.Cell(row++, 1).Text(L(label, [])).Style.Font.SetItalic();
            var matrixHeaders = new List<string> { L("analysis.col.field", []) };
            matrixHeaders.AddRange(fields.Select(f => L("report.col.field", [f.Code.Value])));
            SheetLayout.HeaderRow(sheet, row++, matrixHeaders);
            first = row;
            for (var i = 0; i < fields.Count; i++)
            {
                sheet.Cell(row, 1).Text($"{fields[i].Code.Value}. {fields[i].Title}");
                for (var j = 0; j < fields.Count; j++) Statistic(sheet.Cell(row, 2 + j), matrix[i, j]);
                row++;
            }
            SheetLayout.Borders(sheet, first, row - 1, fields.Count + 1);
            if (fields.Count > 0)
            {
                sheet.Range(first, 2, row - 1, fields.Count + 1).AddConditionalFormat().ColorScale()
                    .LowestValue(XLColor.FromHtml("#F8696B")).Midpoint(XLCFContentType.Number, "0", XLColor.White).HighestValue(XLColor.FromHtml("#5A8AC6"));
            }
            row++;
        }
        SheetLayout.HeaderRow(sheet, row++, [L("analysis.col.field", []), L("analysis.col.pearsonRest", []), L("analysis.col.spearmanRest", []), L("analysis.col.alpha", []), L("analysis.col.flag", [])]);
        first = row;
        for (var f = 0; f < fields.Count; f++)
        {
            sheet.Cell(row, 1).Text($"{fields[f].Code.Value}. {fields[f].Title}");
            Statistic(sheet.Cell(row, 2), coherence.AgainstRest[f].Pearson);
            Statistic(sheet.Cell(row, 3), coherence.AgainstRest[f].Spearman);
            Statistic(sheet.Cell(row, 4), coherence.Alpha[f]);
            var flags = new List<string>();
            if (coherence.Alpha[f] < Coherence.AlphaThreshold) flags.Add(L("analysis.flag.lowAlpha", []));
            if (coherence.NegativePairs.Any(p => p.First == fields[f] || p.Second == fields[f]) || coherence.AgainstRest[f].Pearson < 0d) flags.Add(L("analysis.flag.negative", []));
            sheet.Cell(row, 5).Text(string.Join("; ", flags)).Style.Font.SetFontColor(XLColor.FromHtml("#C62828"));
            row++;
        }
        SheetLayout.Borders(sheet, first, row - 1, 5);

        row++;
        SheetLayout.Heading(sheet, row++, L("analysis.agreement", []));
        SheetLayout.HeaderRow(sheet, row++, [L("analysis.col.criterion", []), L("analysis.col.max", []), L("analysis.col.units", []), L("analysis.col.lowered", []),
            L("analysis.col.lost", []), L("analysis.col.krippendorff", [])]);
        first = row;
        foreach (var a in group.Agreement)
        {
            sheet.Cell(row, 1).Text($"{a.Criterion.Code.Value}. {a.Criterion.Title}");
            sheet.Cell(row, 2).Number(a.Criterion.MaxPoints);
            sheet.Cell(row, 3).SetValue(a.Units);
            Share(sheet.Cell(row, 4), a.ShareLowered);
            Statistic(sheet.Cell(row, 5), a.MeanPointsLost);
            Statistic(sheet.Cell(row, 6), a.Alpha);
            row++;
        }
        SheetLayout.Borders(sheet, first, row - 1, 6);
        // 143 characters, the long titles and flags wrapped: one page wide on A4 landscape at 8 pt or more.
        SheetLayout.Widths(sheet, 32, 7, 6, 8, 8, 8, 8, 8, 8, 8, 8, 8, 6, 20);
        foreach (var column in new[] { 1, 14 }) sheet.Range(headerRow + 1, column, row, column).Style.Alignment.SetWrapText();
        SheetLayout.Print(sheet, XLPageOrientation.Landscape, headerRow, language);
    }

    private static void Drivers(IXLWorksheet sheet, YearAnalysis analysis, GroupAnalysis group, Language language, Func<string, object[], string> L)
    {
        var row = Heading(sheet, analysis, group, language, L);
        SheetLayout.Heading(sheet, row++, L("analysis.sensitivity", []));
        var headers = new List<string> { L("analysis.col.nominal", []), L("report.col.code", []), L("report.col.unit", []) };
        headers.AddRange(group.Sensitivity.Select(s => L("analysis.col.without", [s.Field.Code.Value])));
        var headerRow = row;
        SheetLayout.HeaderRow(sheet, row++, headers, 30);
        var first = row;
        for (var u = 0; u < group.Group.Units.Count; u++)
        {
            var unit = group.Group.Units[u];
            sheet.Cell(row, 1).SetValue(unit.Rank);
            sheet.Cell(row, 2).Text(unit.Code);
            sheet.Cell(row, 3).Text(unit.Name);
            for (var f = 0; f < group.Sensitivity.Count; f++)
            {
                if (group.Sensitivity[f].RankWithout[u] is { } rank) sheet.Cell(row, 4 + f).SetValue(rank);
            }
            row++;
        }
        sheet.Cell(row, 3).Text(L("analysis.col.meanChange", [])).Style.Font.SetBold();
        for (var f = 0; f < group.Sensitivity.Count; f++) Statistic(sheet.Cell(row, 4 + f), group.Sensitivity[f].MeanAbsoluteChange).Style.Font.SetBold();
        SheetLayout.Borders(sheet, first, row, headers.Count);
        row += 2;

        SheetLayout.Heading(sheet, row++, L("analysis.targets", []));
        SheetLayout.HeaderRow(sheet, row++, [L("analysis.col.nominal", []), L("report.col.code", []), L("report.col.unit", []), L("analysis.col.nextBand", []),
            L("analysis.col.toBand", []), L("analysis.col.toRank", []), L("analysis.col.gains", [])], 45);
        var lastColumn = Math.Max(7, headers.Count);
        if (lastColumn > 7) sheet.Range(row - 1, 7, row - 1, lastColumn).Merge();
        var gainsWidth = 9.5 * (lastColumn - 6);
        first = row;
        var page = new AnalysisHtmlWriter.Page(new System.Text.StringBuilder(), language);
        foreach (var target in group.Targets)
        {
            sheet.Cell(row, 1).SetValue(target.Unit.Rank);
            sheet.Cell(row, 2).Text(target.Unit.Code);
            sheet.Cell(row, 3).Text(target.Unit.Name);
            sheet.Cell(row, 4).Text(target.NextBand?.Label ?? string.Empty);
            sheet.Cell(row, 5).Number(target.PointsToNextBand);
            sheet.Cell(row, 6).Number(target.PointsToNextRank);
            var gains = AnalysisHtmlWriter.Gains(page, target);
            sheet.Cell(row, 7).Text(gains).Style.Alignment.SetWrapText();
            if (lastColumn > 7) sheet.Range(row, 7, row, lastColumn).Merge();
            // Neither ClosedXML nor LibreOffice sizes a merged, wrapped cell's row.
            sheet.Row(row).Height = 13 * Math.Max(1, Math.Ceiling(gains.Length / (gainsWidth * 1.1))) + 2;
            row++;
        }
        SheetLayout.Borders(sheet, first, row - 1, lastColumn);
        var widths = new List<double> { 10, 9, 32 };
        widths.AddRange(Enumerable.Repeat(9.5, lastColumn - 3));
        SheetLayout.Widths(sheet, [.. widths]);
        SheetLayout.Print(sheet, XLPageOrientation.Landscape, headerRow, language);
    }

    private static IXLCell Statistic(IXLCell cell, double? value)
    {
        if (value is { } v && double.IsFinite(v)) cell.SetValue(v);
        cell.Style.NumberFormat.Format = SheetLayout.NumberFormat;
        return cell;
    }

    private static void Share(IXLCell cell, double share)
    {
        cell.SetValue(share);
        cell.Style.NumberFormat.Format = ShareFormat;
    }
}
