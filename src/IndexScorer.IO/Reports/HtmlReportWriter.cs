using System.Globalization;
using System.Net;
using System.Text;
using IndexScorer.Analysis;
using IndexScorer.Results;
using IndexScorer.IO.Files;
using IndexScorer.IO.Localization;
using IndexScorer.Text;

namespace IndexScorer.IO.Reports;

/// <summary>
/// Writes report.html, the picture of the results: per unit group a bar chart of the ranking and the field heat
/// map. Self-contained (inline CSS, no script, no external asset), so it can be mailed, opened offline and printed.
/// </summary>
internal static class HtmlReportWriter
{
    /// <summary>Writes the file whole or not at all; <paramref name="form"/> (campaign.json "report") gives it the official form.</summary>
    /// <remarks>Written row by row through a buffered writer: a national page (10,000 units) is never one string in memory.</remarks>
    public static void Write(string path, ScoredYear result, Language language, OfficialForm? form = null) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true);
            Write(writer, result, language, form);
        });

    /// <summary>The page's HTML.</summary>
    public static string Build(ScoredYear result, Language language, OfficialForm? form = null)
    {
        using var html = new StringWriter(CultureInfo.InvariantCulture);
        Write(html, result, language, form);
        return html.ToString();
    }

    private static void Write(TextWriter html, ScoredYear result, Language language, OfficialForm? form)
    {
        form ??= OfficialForm.None;
        string L(string key, params object[] args) => Labels.Get(key, language, args);
        var title = (result.Provisional ? L("report.provisional") + " — " : "") + L("report.html.title", result.Year);
        html.Write($"<!DOCTYPE html>\n<html lang=\"{(language == Language.English ? "en" : "vi")}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Write($"<title>{E(title)}</title>\n<style>\n{Css}</style>\n</head>\n<body>\n");
        html.Write(Heading(form, language));
        html.Write(form.HasHeading || form.Decision is not null ? "<div class=\"title\">\n" : "");
        html.Write($"<h1>{E(title)}</h1>\n");
        html.Write(ReportLayout.DecisionLine(form, language) is { } decision ? $"<p class=\"decision\">{E(decision)}</p>\n" : "");
        html.Write(form.HasHeading || form.Decision is not null ? "</div>\n" : "");
        html.Write($"<p class=\"meta\">{E(L("report.framework", result.Framework.Name, result.Framework.Id, result.Framework.Version))}</p>\n");
        if (result.Framework.Note.Length > 0) html.Write($"<p class=\"meta\"><i>{E(result.Framework.Note)}</i></p>\n");
        if (result.Provisional)
        {
            html.Write($"<p class=\"note\"><b>{E(L("report.leftOut.title"))}:</b></p>\n<ul>\n");
            foreach (var unit in result.LeftOut)
            {
                var why = unit.Received ? L("report.leftOut.problems", unit.Problems) : L("report.leftOut.missing");
                html.Write($"<li>{E(unit.Code)} {E(unit.Name)}: {E(why)}</li>\n");
            }
            html.Write("</ul>\n");
        }
        foreach (var group in result.Groups)
        {
            html.Write($"<section>\n<h2>{E(L("report.group", group.Name))}</h2>\n");
            if (!group.SurveyInUse && group.SurveyMaximum > 0) html.Write($"<p class=\"note\">{E(L("report.noSurvey"))}</p>\n");
            WriteRanking(html, group, language, L);
            WriteHeatMap(html, group, language, L);
            html.Write("</section>\n");
        }
        html.Write($"<p class=\"note\">{E(L("report.html.details"))}</p>\n");
        html.Write(Signatures(form, language));
        html.Write("</body>\n</html>\n");
    }

    /// <summary>The issuing body on the left, the national heading on the right; nothing without them.</summary>
    private static string Heading(OfficialForm form, Language language)
    {
        if (!form.HasHeading) return string.Empty;
        var issuer = form.Issuer.Select((line, i) => i == form.Issuer.Count - 1 ? $"<b>{E(line)}</b>" : E(line));
        var national = ReportLayout.NationalHeading(form, language);
        var right = national.Count == 2 ? $"<b>{E(national[0])}</b><br><b><u>{E(national[1])}</u></b>" : string.Empty;
        return $"<div class=\"heading\"><div>{string.Join("<br>", issuer)}{(form.Issuer.Count > 0 ? "<hr>" : "")}</div><div>{right}</div></div>\n";
    }

    /// <summary>The place and date line over the signature blocks, side by side, the last on the right; nothing without them.</summary>
    private static string Signatures(OfficialForm form, Language language)
    {
        if (!form.HasSignatures) return string.Empty;
        var html = new StringBuilder("<div class=\"signatures\">\n");
        if (ReportLayout.PlaceLine(form, language) is { } place) html.Append($"<p class=\"place\">{E(place)}</p>\n");
        html.Append("<div class=\"signers\">");
        foreach (var signer in form.Signers)
            html.Append($"<div><b>{string.Join("<br>", signer.Title.Select(E))}</b><p class=\"sign\"></p><b>{E(signer.Name ?? string.Empty)}</b></div>");
        return html.Append("</div>\n</div>\n").ToString();
    }

    private static void WriteRanking(TextWriter html, ScoredGroup group, Language language, Func<string, object[], string> L)
    {
        var scaleMax = Math.Max(100m, group.Units.Max(u => u.IndexPercent));
        html.Write($"<h3>{E(L("report.html.ranking", []))}</h3>\n<table class=\"bars\">\n<thead><tr><th>{E(L("report.col.rank", []))}</th>");
        html.Write($"<th>{E(L("report.col.unit", []))}</th><th class=\"chart\">{E(L("report.col.index", []))}</th><th>{E(L("report.col.band", []))}</th></tr></thead>\n<tbody>\n");
        foreach (var unit in group.Units)
        {
            var index = unit.IndexPercent;
            var width = (85m * Math.Max(0m, index) / scaleMax).ToString("0.##", CultureInfo.InvariantCulture);
            var band = unit.Band ?? string.Empty;
            var colour = ReportLayout.BandColour(group, unit.Band);
            html.Write($"<tr><td class=\"rank{(unit.IsTied ? " tie" : "")}\">{unit.Rank}</td><td>{E(unit.Name)}</td>");
            html.Write($"<td class=\"chart\"><div class=\"bar\" style=\"width:{width}%;background:{colour}\"></div><span>{E(Number(index, language))}</span></td>");
            html.Write($"<td>{E(band)}</td></tr>\n");
        }
        html.Write("</tbody>\n</table>\n");
        if (group.Units.Any(u => u.IsTied)) html.Write($"<p class=\"note\"><span class=\"tie swatch\"></span>{E(L("report.tie", []))}</p>\n");
    }

    private static void WriteHeatMap(TextWriter html, ScoredGroup group, Language language, Func<string, object[], string> L)
    {
        var fields = group.Fields;
        var fieldIndexes = fields.Select(f => group.IndexOf(f.Code)).ToArray();
        html.Write($"<h3>{E(L("report.html.heatmap", []))}</h3>\n<p class=\"note\">{E(L("report.matrix.legend", []))}</p>\n");
        html.Write($"<table class=\"heat\">\n<thead><tr><th>{E(L("report.col.rank", []))}</th><th>{E(L("report.col.unit", []))}</th>");
        foreach (var field in fields) html.Write($"<th title=\"{E(field.Title)}\">{E(L("report.col.field", [field.Code.Value]))}</th>");
        html.Write($"<th>{E(L("report.col.index", []))}</th></tr></thead>\n<tbody>\n");
        var columns = fieldIndexes.Select(i => group.Units.Select(u => u.Criteria[i].Percent).OfType<decimal>().ToArray())
            .Append(group.Units.Select(u => u.IndexPercent).ToArray())
            .Select(values => values.Length == 0 ? new GroupStatistics(0m, 0m, 0m, 0m) : GroupStatistics.Of(values))
            .ToArray();
        foreach (var unit in group.Units)
        {
            html.Write($"<tr><td class=\"rank\">{unit.Rank}</td><td>{E(unit.Name)}</td>");
            var values = fieldIndexes.Select(i => unit.Criteria[i].Percent).Append(unit.IndexPercent).ToArray();
            for (var c = 0; c < values.Length; c++)
            {
                html.Write(values[c] is { } v
                    ? $"<td class=\"num\" style=\"background:{HeatColours.For(v, columns[c].Minimum, columns[c].Median, columns[c].Maximum)}\">{E(Number(v, language))}</td>"
                    : "<td></td>");
            }
            html.Write("</tr>\n");
        }
        var averages = FieldAverage.Of(group).Select(a => a.Percent).Append(GroupStatistics.Of(group).Mean);
        html.Write($"<tr class=\"avg\"><td></td><td>{E(L("report.matrix.average", []))}</td>");
        foreach (var average in averages) html.Write($"<td class=\"num\">{(average is { } a ? E(Number(a, language)) : string.Empty)}</td>");
        html.Write("</tr>\n</tbody>\n</table>\n<ul class=\"legend\">\n");
        foreach (var field in fields) html.Write($"<li><b>{E(L("report.col.field", [field.Code.Value]))}</b>: {E(field.Title)}</li>\n");
        html.Write("</ul>\n");
    }

    private static string Number(decimal value, Language language) =>
        value.ToString("0.00", language == Language.Vietnamese ? Vietnamese : CultureInfo.InvariantCulture);

    private static readonly CultureInfo Vietnamese = new("vi-VN");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 13px; color: #222; margin: 24px; }
        h1 { font-size: 20px; margin: 0 0 4px; }
        .title { text-align: center; }
        .heading { display: flex; justify-content: space-between; text-align: center; margin-bottom: 16px; }
        .heading hr { width: 35%; border: 0; border-top: 1px solid #222; }
        .decision { text-align: center; font-style: italic; margin: 0 0 12px; }
        .signatures { margin-top: 24px; }
        .place { text-align: right; font-style: italic; margin-right: 40px; }
        .signers { display: flex; justify-content: space-between; text-align: center; }
        .signers div { min-width: 30%; }
        .sign { height: 70px; }
        h2 { font-size: 17px; margin: 28px 0 6px; border-bottom: 2px solid #8EA9DB; padding-bottom: 3px; }
        h3 { font-size: 14px; margin: 16px 0 6px; }
        .meta, .note { color: #555; margin: 2px 0; }
        table { border-collapse: collapse; margin: 4px 0 8px; }
        th, td { border: 1px solid #BFBFBF; padding: 3px 6px; }
        th { background: #D9E1F2; font-weight: bold; }
        td.rank { text-align: center; width: 3em; }
        td.tie, .tie.swatch { background: #FFF2CC; font-weight: bold; }
        .swatch { display: inline-block; width: 1.2em; height: 0.9em; margin-right: 6px; border: 1px solid #BFBFBF; vertical-align: middle; }
        table.bars td.chart, table.bars th.chart { width: 520px; }
        table.bars td.chart { position: relative; }
        .bar { height: 14px; display: inline-block; vertical-align: middle; }
        table.bars td.chart span { margin-left: 6px; vertical-align: middle; font-variant-numeric: tabular-nums; }
        table.heat td.num { text-align: right; min-width: 4.5em; font-variant-numeric: tabular-nums; }
        tr.avg td { font-weight: bold; border-top: 3px double #808080; }
        ul.legend { color: #444; margin: 4px 0 0; padding-left: 18px; }
        section { page-break-inside: auto; }
        @page { size: A4 landscape; margin: 12mm; }
        """;
}
