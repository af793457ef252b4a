using IndexScorer.IO.Files;
using IndexScorer.Results;

namespace IndexScorer.IO.Reports;

/// <summary>
/// Writes results.csv, the machine-readable twin of the report: a row per unit with its group, points per
/// field, bonus, penalty, total, maximum in use, index (full precision, invariant culture), rank and band; where the tree
/// carries weights, each field's weighted contribution and their total, from which the index is built.
/// UTF-8 with BOM so that Excel keeps the diacritics; numbers stay numbers, text that would start a formula is escaped.
/// </summary>
internal static class ResultsCsvWriter
{
    /// <summary>The value of the status column of provisional results.</summary>
    public const string ProvisionalMark = "PROVISIONAL";

    /// <summary>Writes the file whole or not at all.</summary>
    public static void Write(string path, ScoredYear result) => CsvOutput.Write(path, csv => Write(csv, result));

    /// <summary>Writes the CSV to a stream.</summary>
    public static void Write(Stream stream, ScoredYear result) => CsvOutput.Write(stream, csv => Write(csv, result));

    private static void Write(CsvOutput csv, ScoredYear result)
    {
        var fieldCodes = result.Groups.SelectMany(g => g.Fields.Select(f => f.Code)).Distinct().Order().ToArray();
        foreach (var header in new[] { "group", "unit_code", "unit_name" }) csv.Text(header);
        foreach (var code in fieldCodes) csv.Text($"field_{code.Value}");
        foreach (var header in new[] { "bonus", "penalty", "total", "max_in_use", "index_percent", "rank", "band" }) csv.Text(header);
        // Only weighted trees carry these columns (the index is built from them), so unweighted results keep their shape.
        var weighted = result.Groups.Any(g => g.Units.Any(u => u.WeightedFields is not null));
        if (weighted)
        {
            foreach (var code in fieldCodes) csv.Text($"weighted_field_{code.Value}");
            csv.Text("weighted_total");
        }
        // Only provisional results carry the column, so final results keep the shape other programs read.
        if (result.Provisional) csv.Text("status");
        csv.EndRow();
        foreach (var group in result.Groups)
        {
            var fieldIndexes = fieldCodes.Select(code => group.Find(code) is { IsField: true } ? group.IndexOf(code) : -1).ToArray();
            foreach (var unit in group.Units)
            {
                csv.Text(group.Code);
                csv.Text(unit.Code);
                csv.Text(unit.Name);
                foreach (var i in fieldIndexes) csv.Number(i < 0 ? null : unit.Criteria[i].FinalPoints);
                csv.Number(unit.Bonus);
                csv.Number(unit.Penalty);
                csv.Number(unit.TotalPoints);
                csv.Number(unit.MaxInUse);
                csv.Number(unit.IndexPercent);
                csv.Number(unit.Rank);
                csv.Text(unit.Band ?? string.Empty);
                if (weighted)
                {
                    var fieldOrder = group.Fields.Select(f => f.Code).ToList();
                    foreach (var code in fieldCodes)
                        csv.Number(unit.WeightedFields is { } w && fieldOrder.IndexOf(code) is var f and >= 0 ? w[f] : fieldOrder.Contains(code) ? unit.Criteria[group.IndexOf(code)].FinalPoints : null);
                    csv.Number(unit.WeightedTotal);
                }
                if (result.Provisional) csv.Text(ProvisionalMark);
                csv.EndRow();
            }
        }
    }
}
