using System.Net;
using System.Text.RegularExpressions;
using IndexScorer.IO.Localization;

namespace IndexScorer.IO.Tests.Reports;

public partial class ReportLabelsTests
{
    /// <summary>Labels whose Vietnamese and English texts are deliberately the same; add a key here only with a reason.</summary>
    private static readonly HashSet<string> SameInBothLanguages = [];

    [Test]
    public void All_EveryLabel_HasVietnameseAndEnglishText()
    {
        var missing = Labels.All.Where(l => string.IsNullOrWhiteSpace(l.Value.Vi) || string.IsNullOrWhiteSpace(l.Value.En)).Select(l => l.Key);

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void All_EveryLabel_IsTranslatedUnlessAllowedToBeTheSame()
    {
        var untranslated = Labels.All.Where(l => l.Value.Vi == l.Value.En && !SameInBothLanguages.Contains(l.Key)).Select(l => l.Key);

        Assert.That(untranslated, Is.Empty);
    }

    [Test]
    public void All_EveryLabel_HasTheSamePlaceholdersInBothLanguages()
    {
        var mismatched = Labels.All.Where(l => !Placeholders(l.Value.Vi).SetEquals(Placeholders(l.Value.En))).Select(l => l.Key);

        Assert.That(mismatched, Is.Empty);
    }

    [Test]
    public void Write_English_LeavesNoVietnameseLabelTextInTheWorkbook()
    {
        using var workbook = SampleReport.English.Open();
        var texts = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Where(c => c.DataType == ClosedXML.Excel.XLDataType.Text)
            .Select(c => (Where: $"{c.Worksheet.Name}!{c.Address}", Text: c.GetString()));

        Assert.That(VietnameseLeftOver(texts), Is.Empty);
    }

    [Test]
    public void Write_English_LeavesNoVietnameseLabelTextInTheHtml()
    {
        var html = File.ReadAllText(SampleReport.English.Html);
        var texts = Tag().Split(html).Select((text, i) => (Where: $"text #{i}", Text: WebUtility.HtmlDecode(text)));

        Assert.That(VietnameseLeftOver(texts), Is.Empty);
    }

    /// <summary>
    /// Texts that still hold Vietnamese once the data (names, titles, notes, the framework's own words) is taken out:
    /// a letter with a diacritic, or a fragment of a Vietnamese label that differs from its English one.
    /// </summary>
    private static IEnumerable<string> VietnameseLeftOver(IEnumerable<(string Where, string Text)> texts)
    {
        var data = DataTexts().Where(t => t.Length > 0).Distinct().OrderByDescending(t => t.Length).ToArray();
        var fragments = Labels.All.Values.Where(l => l.Vi != l.En)
            .SelectMany(l => Placeholder().Split(l.Vi)).Select(f => f.Trim()).Where(f => f.Count(char.IsLetter) >= 3).Distinct().ToArray();
        foreach (var (where, text) in texts)
        {
            var rest = data.Aggregate(text, (t, d) => t.Replace(d, " ", StringComparison.Ordinal));
            if (rest.Any(c => c > 0x7F && char.IsLetter(c))) yield return $"{where}: {text}";
            else if (fragments.FirstOrDefault(f => rest.Contains(f, StringComparison.Ordinal)) is { } fragment) yield return $"{where}: {text} (\"{fragment}\")";
        }
    }

    private static IEnumerable<string> DataTexts()
    {
        var result = SampleReport.English.Result;
        // The official form's texts are the campaign's own words (campaign.json "report"), printed as written.
        var settings = IndexScorer.IO.Campaigns.CampaignSettings.Read(
            Path.Combine(SampleReport.RepositoryRoot(), "samples", "quan-minh-hoa-2024", "campaign.json"), "campaign.json", new IndexScorer.Diagnostics.DiagnosticBag())!;
        var form = settings.Report;
        foreach (var text in form.Issuer.Concat(form.Signers.SelectMany(s => s.Title.Append(s.Name ?? string.Empty)))) yield return text;
        yield return form.Place ?? string.Empty;
        yield return form.Decision?.Number ?? string.Empty;
        yield return form.Decision?.By ?? string.Empty;
        yield return result.Framework.Name;
        yield return result.Framework.Note;
        foreach (var group in result.Groups)
        {
            yield return group.Name;
            foreach (var band in group.Bands) yield return band.Label;
            foreach (var node in group.Criteria) yield return node.Title;
            foreach (var unit in group.Units)
            {
                yield return unit.Name;
                foreach (var leaf in unit.Criteria)
                {
                    yield return leaf.Evidence;
                    yield return leaf.Note;
                    yield return leaf.AppraisalNote;
                    yield return leaf.Explanation;
                }
            }
        }
    }

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
