using IndexScorer.Campaigns;
using IndexScorer.IO.Files;

namespace IndexScorer.IO.Reports;

/// <summary>
/// Writes results.csv, the machine-readable twin of the report: a row per unit with its group, points per
/// field, bonus, penalty, total, maximum in use, index (full precision, invariant culture), rank and band.
/// UTF-8 with BOM so that Excel keeps the diacritics; numbers stay numbers, text that would start a formula is escaped.
/// </summary>
public static class ResultsCsvWriter
{
    /// <summary>Writes the file whole or not at all.</summary>
    public static void Write(string path, CampaignResult result) => CsvOutput.Write(path, csv => Write(csv, result));

    /// <summary>Writes the CSV to a stream.</summary>
    public static void Write(Stream stream, CampaignResult result) => CsvOutput.Write(stream, csv => Write(csv, result));

    private static void Write(CsvOutput csv, CampaignResult result)
    {
        var fieldCodes = result.Groups.SelectMany(g => g.Group.Fields.Select(f => f.Code)).Distinct().Order().ToArray();
        foreach (var header in new[] { "group", "unit_code", "unit_name" }) csv.Text(header);
        foreach (var code in fieldCodes) csv.Text($"field_{code.Value}");
        foreach (var header in new[] { "bonus", "penalty", "total", "max_in_use", "index_percent", "rank", "band" }) csv.Text(header);
        csv.EndRow();
        foreach (var group in result.Groups)
        {
            foreach (var unit in group.Units)
            {
                var score = unit.Score;
                csv.Text(group.Group.Code);
                csv.Text(score.Unit.Code);
                csv.Text(score.Unit.Name);
                foreach (var code in fieldCodes)
                    csv.Number(group.Group.Find(code) is { } field && group.Group.Fields.Contains(field) ? score.FieldPoints(field) : null);
                csv.Number(score.Bonus);
                csv.Number(score.Penalty);
                csv.Number(score.TotalPoints);
                csv.Number(score.MaxInUse);
                csv.Number(score.IndexPercent);
                csv.Number(unit.Rank);
                csv.Text(unit.Band?.Label ?? string.Empty);
                csv.EndRow();
            }
        }
    }
}
