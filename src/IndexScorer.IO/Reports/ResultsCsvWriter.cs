using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using IndexScorer.Campaigns;
using IndexScorer.IO.Files;

namespace IndexScorer.IO.Reports;

/// <summary>
/// Writes results.csv, the machine-readable twin of the report: a row per unit with its group, points per
/// field, bonus, penalty, total, maximum in use, index (full precision, invariant culture), rank and band.
/// UTF-8 with BOM so that Excel keeps the diacritics; cells that would start a formula are escaped.
/// </summary>
public static class ResultsCsvWriter
{
    /// <summary>Writes the file whole or not at all.</summary>
    public static void Write(string path, CampaignResult result) => AtomicFile.Write(path, stream => Write(stream, result));

    /// <summary>Writes the CSV to a stream.</summary>
    public static void Write(Stream stream, CampaignResult result)
    {
        var fieldCodes = result.Groups.SelectMany(g => g.Group.Fields.Select(f => f.Code)).Distinct().Order().ToArray();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = new CsvWriter(writer, config);
        foreach (var header in new[] { "group", "unit_code", "unit_name" }) csv.WriteField(header);
        foreach (var code in fieldCodes) csv.WriteField($"field_{code.Value}");
        foreach (var header in new[] { "bonus", "penalty", "total", "max_in_use", "index_percent", "rank", "band" }) csv.WriteField(header);
        csv.NextRecord();
        foreach (var group in result.Groups)
        {
            foreach (var unit in group.Units)
            {
                var score = unit.Score;
                csv.WriteField(group.Group.Code);
                csv.WriteField(score.Unit.Code);
                csv.WriteField(score.Unit.Name);
                foreach (var code in fieldCodes)
                    csv.WriteField(group.Group.Find(code) is { } field && group.Group.Fields.Contains(field) ? Number(score.FieldPoints(field)) : string.Empty);
                csv.WriteField(Number(score.Bonus));
                csv.WriteField(Number(score.Penalty));
                csv.WriteField(Number(score.TotalPoints));
                csv.WriteField(Number(score.MaxInUse));
                csv.WriteField(Number(score.IndexPercent));
                csv.WriteField(unit.Rank.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(unit.Band?.Label ?? string.Empty);
                csv.NextRecord();
            }
        }
    }

    private static string Number(decimal value) => Text.NumberText.Invariant(value);
}
