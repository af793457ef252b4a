using IndexScorer.Comparison;
using IndexScorer.IO.Files;
using IndexScorer.Results;

namespace IndexScorer.IO.Comparison;

/// <summary>
/// Writes compare.csv, the machine-readable twin of compare.xlsx: a row per unit (units of one year only included),
/// full-precision numbers in invariant culture (negative changes stay numbers), UTF-8 with BOM, text cells that would start a
/// formula escaped with a leading apostrophe.
/// </summary>
internal static class CompareCsvWriter
{
    /// <summary>Writes the file whole or not at all.</summary>
    public static void Write(string path, YearComparison comparison) => CsvOutput.Write(path, csv => Write(csv, comparison));

    /// <summary>Writes the CSV to a stream.</summary>
    public static void Write(Stream stream, YearComparison comparison) => CsvOutput.Write(stream, csv => Write(csv, comparison));

    private static void Write(CsvOutput csv, YearComparison comparison)
    {
        var fields = comparison.Groups.SelectMany(g => g.Units.SelectMany(u => u.Fields.Select(f => f.Code))).Distinct().Order().ToArray();
        string[] headers =
        [
            "group", "unit_code", "unit_name", "presence", "matched_by", "older_code", "index_older", "index_newer", "index_change",
            "rank_older", "rank_newer", "rank_change", "band_older", "band_newer", "band_changed",
            "comparable_older", "comparable_newer", "comparable_change", "sign_disagrees",
            "rank_newer_among_compared", "last_year_coverage", "last_year_coverage_below_minimum", "last_year_weights", "predecessors",
        ];
        foreach (var header in headers) csv.Text(header);
        foreach (var code in fields)
        {
            csv.Text($"field_{code.Value}_older");
            csv.Text($"field_{code.Value}_newer");
            csv.Text($"field_{code.Value}_change");
        }
        csv.EndRow();
        foreach (var group in comparison.Groups)
        {
            foreach (var unit in group.Units)
            {
                csv.Text(group.Code);
                csv.Text(unit.Code);
                csv.Text(unit.Name);
                csv.Text(unit.MatchedBy == UnitMatch.Lineage ? "pro_forma" : unit.InBoth ? "both" : unit.Older is null ? "newer_only" : "older_only");
                csv.Text(unit.MatchedBy switch { UnitMatch.Code => "code", UnitMatch.Name => "name", UnitMatch.Lineage => "lineage", _ => "" });
                csv.Text(unit.Older?.Code ?? "");
                csv.Number(unit.LastYearIndex);
                csv.Number(unit.Newer?.IndexPercent);
                csv.Number(unit.IndexChange);
                csv.Number(unit.LastYearRank);
                csv.Number(unit.Newer?.Rank);
                csv.Number(unit.RankChange);
                csv.Text(unit.Older?.Band ?? "");
                csv.Text(unit.Newer?.Band ?? "");
                csv.Text(unit.InBoth ? Bool(unit.BandChanged) : "");
                csv.Number(unit.ComparableOlder);
                csv.Number(unit.ComparableNewer);
                csv.Number(unit.ComparableChange);
                csv.Text(unit.Compared ? Bool(unit.SignDisagrees) : "");
                csv.Number(unit.ProForma?.NewerRank);
                csv.Number(unit.ProForma?.Coverage);
                csv.Text(unit.ProForma is { } proForma ? Bool(proForma.IsThin) : "");
                csv.Text(unit.ProForma is null ? "" : unit.ProForma.WeightsGiven ? string.Join("; ", unit.ProForma.Bases.DefaultIfEmpty("given")) : "equal");
                csv.Text(unit.ProForma is null ? "" : string.Join("; ", unit.ProForma.Predecessors.Select(p =>
                    $"{p.Code}:{IndexScorer.Text.NumberText.Invariant(p.Share)}:{IndexScorer.Text.NumberText.Invariant(p.WeightShare)}")));
                foreach (var code in fields)
                {
                    var field = unit.Fields.FirstOrDefault(f => f.Code == code);
                    csv.Number(field?.OlderPercent);
                    csv.Number(field?.NewerPercent);
                    csv.Number(field?.Change);
                }
                csv.EndRow();
            }
        }
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
