using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using IndexScorer.Comparison;
using IndexScorer.IO.Files;
using IndexScorer.Text;

namespace IndexScorer.IO.Comparison;

/// <summary>
/// Writes compare.csv, the machine-readable twin of compare.xlsx: a row per unit (units of one year only included),
/// full-precision numbers in invariant culture (negative changes stay numbers), UTF-8 with BOM, text cells that would start a
/// formula escaped with a leading apostrophe.
/// </summary>
public static class CompareCsvWriter
{
    /// <summary>Writes the file whole or not at all.</summary>
    public static void Write(string path, YearComparison comparison) => AtomicFile.Write(path, stream => Write(stream, comparison));

    /// <summary>Writes the CSV to a stream.</summary>
    public static void Write(Stream stream, YearComparison comparison)
    {
        var fields = comparison.Groups.SelectMany(g => g.Units.SelectMany(u => u.Fields.Select(f => f.Code))).Distinct().Order().ToArray();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.None };
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = new CsvWriter(writer, config);
        string[] headers =
        [
            "group", "unit_code", "unit_name", "presence", "matched_by", "older_code", "index_older", "index_newer", "index_change",
            "rank_older", "rank_newer", "rank_change", "band_older", "band_newer", "band_changed",
            "comparable_older", "comparable_newer", "comparable_change", "sign_disagrees",
        ];
        foreach (var header in headers) csv.WriteField(header);
        foreach (var code in fields)
        {
            csv.WriteField($"field_{code.Value}_older");
            csv.WriteField($"field_{code.Value}_newer");
            csv.WriteField($"field_{code.Value}_change");
        }
        csv.NextRecord();
        foreach (var group in comparison.Groups)
        {
            foreach (var unit in group.Units)
            {
                csv.WriteField(Text(group.Code));
                csv.WriteField(Text(unit.Code));
                csv.WriteField(Text(unit.Name));
                csv.WriteField(unit.InBoth ? "both" : unit.Older is null ? "newer_only" : "older_only");
                csv.WriteField(unit.MatchedBy switch { UnitMatch.Code => "code", UnitMatch.Name => "name", _ => "" });
                csv.WriteField(Text(unit.Older?.Code ?? ""));
                csv.WriteField(Number(unit.Older?.IndexPercent));
                csv.WriteField(Number(unit.Newer?.IndexPercent));
                csv.WriteField(Number(unit.IndexChange));
                csv.WriteField(unit.Older?.Rank.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(unit.Newer?.Rank.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(unit.RankChange?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(Text(unit.Older?.Band ?? ""));
                csv.WriteField(Text(unit.Newer?.Band ?? ""));
                csv.WriteField(unit.InBoth ? Bool(unit.BandChanged) : "");
                csv.WriteField(Number(unit.ComparableOlder));
                csv.WriteField(Number(unit.ComparableNewer));
                csv.WriteField(Number(unit.ComparableChange));
                csv.WriteField(unit.InBoth ? Bool(unit.SignDisagrees) : "");
                foreach (var code in fields)
                {
                    var field = unit.Fields.FirstOrDefault(f => f.Code == code);
                    csv.WriteField(Number(field?.OlderPercent));
                    csv.WriteField(Number(field?.NewerPercent));
                    csv.WriteField(Number(field?.Change));
                }
                csv.NextRecord();
            }
        }
    }

    private static string Number(decimal? value) => value is { } v ? NumberText.Invariant(v) : "";

    // Only text is escaped: a number's minus sign must stay a minus sign for the programs reading this file.
    private static string Text(string value) => value.Length > 0 && "=+-@\t\r".Contains(value[0]) ? "'" + value : value;

    private static string Bool(bool value) => value ? "true" : "false";
}
