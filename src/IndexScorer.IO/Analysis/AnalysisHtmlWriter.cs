using System.Globalization;
using System.Net;
using System.Text;
using IndexScorer.Analysis;
using IndexScorer.IO.Files;
using IndexScorer.IO.Localization;
using IndexScorer.Text;

namespace IndexScorer.IO.Analysis;

/// <summary>
/// Writes analysis.html, the picture of the analysis: per group the rank intervals as bars with the published rank marked,
/// the pairs not clearly separated, near ties, the fields' correlation heat map with Cronbach's α, the spread of fields and
/// index, sensitivity, the criteria with the lowest self–appraisal agreement and what each unit would need. Self-contained
/// (inline CSS, no script), long tables cut at <see cref="MaxRows"/> rows (the workbook and the JSON carry them whole).
/// </summary>
internal static class AnalysisHtmlWriter
{
    /// <summary>The most rows a table shows.</summary>
    public const int MaxRows = 300;

    /// <summary>Writes the file whole or not at all.</summary>
    public static void Write(string path, YearAnalysis analysis, Language language) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
            writer.Write(Build(analysis, language));
        });

    /// <summary>The page's HTML.</summary>
    public static string Build(YearAnalysis analysis, Language language)
    {
        var page = new Page(new StringBuilder(), language);
        var year = analysis.Year;
        var settings = analysis.Settings;
        var title = page.L("analysis.title", year.Year);
        page.Html.Append($"<!DOCTYPE html>\n<html lang=\"{(language == Language.English ? "en" : "vi")}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append($"<title>{E(title)}</title>\n<style>\n{Css}</style>\n</head>\n<body>\n<h1>{E(title)}</h1>\n")
            .Append($"<p class=\"meta\">{E(page.L("report.framework", year.Framework.Name, year.Framework.Id, year.Framework.Version))}</p>\n")
            .Append($"<p class=\"meta\">{E(Settings(page, settings))}</p>\n");
        if (year.Framework.Note.Length > 0) page.Html.Append($"<p class=\"meta\"><i>{E(year.Framework.Note)}</i></p>\n");
        foreach (var group in analysis.Groups)
        {
            page.Html.Append($"<section>\n<h2>{E(page.L("report.group", group.Group.Name))}</h2>\n");
            Ranks(page, group);
            Pairs(page, group);
            NearTies(page, group);
            Coherence(page, group);
            Statistics(page, group);
            Sensitivity(page, group);
            Agreement(page, group);
            Targets(page, group);
            page.Html.Append("</section>\n");
        }
        page.Html.Append($"<p class=\"note\">{E(page.L("analysis.html.details"))}</p>\n</body>\n</html>\n");
        return page.Html.ToString();
    }

    /// <summary>The simulation's settings as one sentence (also the workbook's).</summary>
    internal static string Settings(Func<string, object[], string> label, SimulationSettings settings, Language language) =>
        label("analysis.settings", [
            settings.Samples, settings.Seed, label(settings.ResampleSurvey ? "analysis.survey.on" : "analysis.survey.off", []),
            NumberText.Format(settings.AppraisalPoints, language), NumberText.Format(settings.WeightPercent, language),
        ]);

    private static string Settings(Page page, SimulationSettings settings) => Settings((k, a) => page.L(k, a), settings, page.Language);

    private static void Ranks(Page page, GroupAnalysis analysis)
    {
        var group = analysis.Group;
        var count = Math.Max(1, group.Units.Count);
        var bands = group.Bands.Select(b => b.Label).ToList();
        var html = page.Html;
        html.Append($"<h3>{E(page.L("analysis.ranks"))}</h3>\n<p class=\"note\">{E(page.L("analysis.ranks.legend"))}</p>\n")
            .Append($"<table class=\"ranks\">\n<thead><tr><th>{E(page.L("analysis.col.nominal"))}</th><th>{E(page.L("report.col.unit"))}</th>")
            .Append($"<th>{E(page.L("report.col.index"))}</th><th class=\"track\">{E(page.L("analysis.col.interval"))}</th>")
            .Append($"<th>[P5, P95]</th><th>{E(page.L("analysis.col.median"))}</th>");
        foreach (var band in bands) html.Append($"<th>{E(page.L("analysis.col.bandProbability", band))}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var unit in analysis.Uncertainty.Units.Take(MaxRows))
        {
            var colour = BandColours[Math.Max(0, bands.IndexOf(unit.Unit.Band ?? string.Empty)) % BandColours.Length];
            var left = Percent((unit.Low - 1d) / count);
            var width = Percent((unit.High - unit.Low + 1d) / count);
            var nominal = Percent((unit.NominalRank - 0.5) / count);
            var median = Percent((unit.MedianRank - 0.5) / count);
            html.Append($"<tr><td class=\"rank{(unit.Unit.IsTied ? " tie" : "")}\">{unit.NominalRank}</td><td>{E(unit.Unit.Name)}</td>")
                .Append($"<td class=\"num\">{page.Number(unit.Unit.IndexPercent)}</td>")
                .Append($"<td class=\"track\"><div class=\"axis\"><div class=\"interval\" style=\"left:{left}%;width:{width}%;background:{colour}\"></div>")
                .Append($"<div class=\"median\" style=\"left:{median}%\"></div><div class=\"nominal\" style=\"left:{nominal}%\"></div></div></td>")
                .Append($"<td class=\"num\">[{unit.Low}, {unit.High}]</td><td class=\"num\">{unit.MedianRank}</td>");
            foreach (var p in unit.BandProbabilities) html.Append($"<td class=\"num\">{page.Share(p)}</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        More(page, analysis.Uncertainty.Units.Count);
    }

    private static void Pairs(Page page, GroupAnalysis analysis)
    {
        var pairs = analysis.Uncertainty.NotClearlySeparated;
        page.Html.Append($"<h3>{E(page.L("analysis.pairs"))}</h3>\n");
        if (pairs.Count == 0)
        {
            page.Html.Append($"<p>{E(page.L("analysis.pairs.none"))}</p>\n");
            return;
        }
        Table(page, ["analysis.col.above", "analysis.col.below", "analysis.col.flip"], pairs.Take(MaxRows).Select(p => new[]
        {
            E($"{p.Above.Rank}. {p.Above.Name}"), E($"{p.Below.Rank}. {p.Below.Name}"), page.Share(p.FlipShare),
        }));
        More(page, pairs.Count);
    }

    private static void NearTies(Page page, GroupAnalysis analysis)
    {
        page.Html.Append($"<h3>{E(page.L("analysis.nearTies"))}</h3>\n");
        if (analysis.NearTies.Count == 0)
        {
            page.Html.Append($"<p>{E(page.L("analysis.nearTies.none"))}</p>\n");
            return;
        }
        Table(page, ["analysis.col.above", "analysis.col.below", "analysis.col.difference"], analysis.NearTies.Take(MaxRows).Select(t => new[]
        {
            E($"{t.Above.Rank}. {t.Above.Name} ({page.Number(t.Above.IndexPercent)})"), E($"{t.Below.Rank}. {t.Below.Name} ({page.Number(t.Below.IndexPercent)})"),
            E(NumberText.Format(t.Difference, page.Language)),
        }));
        More(page, analysis.NearTies.Count);
    }

    private static void Coherence(Page page, GroupAnalysis analysis)
    {
        var coherence = analysis.Coherence;
        var fields = coherence.Fields;
        var html = page.Html;
        html.Append($"<h3>{E(page.L("analysis.coherence"))}</h3>\n<table class=\"heat\">\n<thead><tr><th>{E(page.L("analysis.col.field"))}</th>");
        foreach (var field in fields) html.Append($"<th title=\"{E(field.Title)}\">{E(page.L("report.col.field", field.Code.Value))}</th>");
        html.Append($"<th>{E(page.L("analysis.col.pearsonRest"))}</th><th>{E(page.L("analysis.col.alpha"))}</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < fields.Count; i++)
        {
            html.Append($"<tr><th title=\"{E(fields[i].Title)}\">{E(page.L("report.col.field", fields[i].Code.Value))}</th>");
            for (var j = 0; j < fields.Count; j++) html.Append(Correlation(page, coherence.Pearson[i, j]));
            html.Append(Correlation(page, coherence.AgainstRest[i].Pearson));
            var alpha = coherence.Alpha[i];
            html.Append($"<td class=\"num{(alpha < IndexScorer.Analysis.Coherence.AlphaThreshold ? " flag" : "")}\">{page.Statistic(alpha)}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        var flags = coherence.LowAlpha.Select(f => page.L("report.col.field", f.Code.Value) + ": " + page.L("analysis.flag.lowAlpha"))
            .Concat(coherence.NegativePairs.Select(p => $"{page.L("report.col.field", p.First.Code.Value)} – {page.L("report.col.field", p.Second.Code.Value)}: {page.L("analysis.flag.negative")}"))
            .ToArray();
        if (flags.Length > 0) html.Append($"<p class=\"note flag\">{E(string.Join("; ", flags))}</p>\n");
    }

    private static string Correlation(Page page, double? r)
    {
        if (r is not { } value) return "<td></td>";
        // Blue for positive, red for negative, white at zero.
        var t = Math.Clamp(Math.Abs(value), 0d, 1d);
        var (red, green, blue) = value >= 0 ? ((int)(255 - 156 * t), (int)(255 - 96 * t), 255) : (255, (int)(255 - 150 * t), (int)(255 - 150 * t));
        return string.Create(CultureInfo.InvariantCulture, $"<td class=\"num\" style=\"background:#{red:X2}{green:X2}{blue:X2}\">{page.Statistic(value)}</td>");
    }

    private static void Statistics(Page page, GroupAnalysis analysis)
    {
        page.Html.Append($"<h3>{E(page.L("analysis.stats"))}</h3>\n");
        var rows = analysis.Statistics.Where(s => s.Criterion is null || s.Criterion.IsField || s.SeparatesNoOne).ToArray();
        Table(page,
            ["analysis.col.criterion", "analysis.col.max", "analysis.col.units", "analysis.col.mean", "analysis.col.median2", "analysis.col.q1", "analysis.col.q3",
             "analysis.col.sd", "analysis.col.min", "analysis.col.maxValue", "analysis.col.atMax", "analysis.col.flag"],
            rows.Select(s => new[]
            {
                E(s.Criterion is { } c ? $"{c.Code.Value}. {c.Title}" : page.L("analysis.index")),
                s.Criterion is { } m ? E(NumberText.Format(m.MaxPoints, page.Language)) : "100",
                (s.Points?.Count ?? 0).ToString(CultureInfo.InvariantCulture),
                page.Statistic(s.Points?.Mean), page.Statistic(s.Points?.Median), page.Statistic(s.Points?.Quartile1), page.Statistic(s.Points?.Quartile3),
                page.Statistic(s.Points?.StandardDeviation), page.Statistic(s.Points?.Minimum), page.Statistic(s.Points?.Maximum), page.Share(s.ShareAtMaximum),
                s.SeparatesNoOne ? E(page.L("analysis.flag.noOne")) : string.Empty,
            }));
    }

    private static void Sensitivity(Page page, GroupAnalysis analysis)
    {
        page.Html.Append($"<h3>{E(page.L("analysis.sensitivity"))}</h3>\n");
        Table(page, ["analysis.col.field", "analysis.col.meanChange"], analysis.Sensitivity.Select(s => new[]
        {
            E($"{s.Field.Code.Value}. {s.Field.Title}"), page.Statistic(s.MeanAbsoluteChange),
        }));
    }

    private static void Agreement(Page page, GroupAnalysis analysis)
    {
        page.Html.Append($"<h3>{E(page.L("analysis.agreement"))}</h3>\n");
        Table(page, ["analysis.col.criterion", "analysis.col.units", "analysis.col.lowered", "analysis.col.lost", "analysis.col.krippendorff"],
            analysis.Agreement.Take(15).Select(a => new[]
            {
                E($"{a.Criterion.Code.Value}. {a.Criterion.Title}"), a.Units.ToString(CultureInfo.InvariantCulture), page.Share(a.ShareLowered),
                page.Statistic(a.MeanPointsLost), page.Statistic(a.Alpha),
            }));
        More(page, analysis.Agreement.Count, 15);
    }

    private static void Targets(Page page, GroupAnalysis analysis)
    {
        page.Html.Append($"<h3>{E(page.L("analysis.targets"))}</h3>\n");
        Table(page, ["analysis.col.nominal", "report.col.unit", "analysis.col.nextBand", "analysis.col.toBand", "analysis.col.toRank", "analysis.col.gains"],
            analysis.Targets.Take(MaxRows).Select(t => new[]
            {
                t.Unit.Rank.ToString(CultureInfo.InvariantCulture), E(t.Unit.Name), E(t.NextBand?.Label ?? string.Empty), page.Points(t.PointsToNextBand),
                page.Points(t.PointsToNextRank), E(Gains(page, t)),
            }));
        More(page, analysis.Targets.Count);
    }

    /// <summary>A unit's first gains as one line: "1.2 (2; 75%), …; the first 2 close the gap".</summary>
    internal static string Gains(Page page, UnitTarget target)
    {
        if (target.Gains.Count == 0) return string.Empty;
        var listed = target.Gains.Take(Math.Max(3, target.GainsToCloseGap))
            .Select(g => $"{g.Criterion.Code.Value} ({NumberText.Format(g.Points, page.Language)}; {page.Share(g.ShareInFull)})");
        var closing = target.Gap == 0m ? string.Empty
            : target.ClosesGap ? "; " + page.L("analysis.gains.closing", target.GainsToCloseGap)
            : "; " + page.L("analysis.gains.short", target.Gains.Count, NumberText.Format(target.Gap - target.Gains.Sum(g => g.Points), page.Language));
        return string.Join(", ", listed) + closing;
    }

    private static void Table(Page page, IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        var html = page.Html;
        html.Append("<table>\n<thead><tr>");
        foreach (var header in headers) html.Append($"<th>{E(page.L(header))}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append($"<td>{cell}</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static void More(Page page, int count, int shown = MaxRows)
    {
        if (count > shown) page.Html.Append($"<p class=\"note\">{E(page.L("analysis.more", count - shown))}</p>\n");
    }

    private static string Percent(double share) => (100d * share).ToString("0.###", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static readonly string[] BandColours = ["#2E7D32", "#1565C0", "#EF6C00", "#C62828", "#6A1B9A"];

    /// <summary>The page being written and how it prints numbers.</summary>
    internal sealed record Page(StringBuilder Html, Language Language)
    {
        private static readonly CultureInfo Vietnamese = new("vi-VN");

        private CultureInfo Culture => Language == Language.Vietnamese ? Vietnamese : CultureInfo.InvariantCulture;

        public string L(string key, params object[] args) => Labels.Get(key, Language, args);

        public string Number(decimal value) => value.ToString("0.00", Culture);

        public string Points(decimal? value) => value is { } v ? v.ToString("0.00", Culture) : string.Empty;

        public string Statistic(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("0.00", Culture) : "—";

        public string Share(double share) => (100d * share).ToString("0.#", Culture) + "%";
    }

    private const string Css = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 13px; color: #222; margin: 24px; }
        h1 { font-size: 20px; margin: 0 0 4px; }
        h2 { font-size: 17px; margin: 28px 0 6px; border-bottom: 2px solid #8EA9DB; padding-bottom: 3px; }
        h3 { font-size: 14px; margin: 16px 0 6px; }
        .meta, .note { color: #555; margin: 2px 0; }
        .flag { color: #C62828; font-weight: bold; }
        table { border-collapse: collapse; margin: 4px 0 8px; }
        th, td { border: 1px solid #BFBFBF; padding: 3px 6px; }
        th { background: #D9E1F2; font-weight: bold; }
        td.rank { text-align: center; width: 3em; }
        td.tie { background: #FFF2CC; font-weight: bold; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        table.ranks td.track, table.ranks th.track { width: 460px; }
        .axis { position: relative; height: 16px; background: repeating-linear-gradient(90deg, #F2F2F2 0, #F2F2F2 1px, #FFFFFF 1px, #FFFFFF 10%); border: 1px solid #D0D0D0; }
        .interval { position: absolute; top: 3px; height: 10px; opacity: 0.55; border-radius: 2px; }
        .nominal { position: absolute; top: -2px; width: 3px; height: 20px; margin-left: -1px; background: #000; }
        .median { position: absolute; top: 4px; width: 8px; height: 8px; margin-left: -4px; border-radius: 50%; background: #FFF; border: 1px solid #000; }
        table.heat td.num { min-width: 3.5em; }
        section { page-break-inside: auto; }
        @page { size: A4 landscape; margin: 12mm; }
        """;
}
