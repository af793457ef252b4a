using System.Text.Encodings.Web;
using System.Text.Json;
using IndexScorer.Campaigns;
using IndexScorer.Comparison;
using IndexScorer.Frameworks;
using IndexScorer.IO.Files;

namespace IndexScorer.IO.Comparison;

/// <summary>
/// Writes results.json: the full breakdown of a scored year for other programs, and what <c>compare</c> reads back.
/// Per group its criteria tree; per unit its rank, band, index and every node (code, title, max, self, appraised, final,
/// max in use, N/A). Decimals are JSON numbers at full precision; nothing is rounded.
/// </summary>
public static class ResultsJsonWriter
{
    /// <summary>The value of the "format" property.</summary>
    public const string Format = "indexscorer-results";

    /// <summary>The value of the "formatVersion" property; readers refuse other versions.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes the file whole or not at all.</summary>
    public static void Write(string path, CampaignResult result) => Write(path, ScoredYear.From(result));

    /// <summary>Writes the file whole or not at all.</summary>
    public static void Write(string path, ScoredYear year) => AtomicFile.Write(path, stream => Write(stream, year));

    /// <summary>Writes the JSON (UTF-8, indented, Vietnamese unescaped) to a stream.</summary>
    public static void Write(Stream stream, ScoredYear year)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteNumber("formatVersion", FormatVersion);
        json.WriteNumber("year", year.Year);
        json.WriteStartObject("framework");
        json.WriteString("id", year.FrameworkId);
        json.WriteString("name", year.FrameworkName);
        json.WriteString("version", year.FrameworkVersion);
        json.WriteEndObject();
        json.WriteStartArray("groups");
        foreach (var group in year.Groups)
        {
            json.WriteStartObject();
            json.WriteString("code", group.Code);
            json.WriteString("name", group.Name);
            json.WriteBoolean("surveyInUse", group.SurveyInUse);
            json.WriteStartArray("criteria");
            foreach (var c in group.Criteria)
            {
                json.WriteStartObject();
                json.WriteString("code", c.Code.Value);
                json.WriteString("title", c.Title);
                json.WriteNumber("max", c.MaxPoints);
                json.WriteString("section", SectionName(c.Section));
                json.WriteString("source", c.Source == PointSource.Survey ? "survey" : "self");
                json.WriteBoolean("leaf", c.IsLeaf);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("units");
            foreach (var unit in group.Units) WriteUnit(json, unit);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteUnit(Utf8JsonWriter json, ScoredUnit unit)
    {
        json.WriteStartObject();
        json.WriteString("code", unit.Code);
        json.WriteString("name", unit.Name);
        json.WriteNumber("rank", unit.Rank);
        json.WriteBoolean("tied", unit.IsTied);
        if (unit.Band is null) json.WriteNull("band");
        else json.WriteString("band", unit.Band);
        json.WriteNumber("indexPercent", unit.IndexPercent);
        json.WriteNumber("bonus", unit.Bonus);
        json.WriteNumber("penalty", unit.Penalty);
        json.WriteNumber("maxInUse", unit.MaxInUse);
        json.WriteStartArray("criteria");
        foreach (var c in unit.Criteria)
        {
            json.WriteStartObject();
            json.WriteString("code", c.Code.Value);
            json.WriteString("title", c.Title);
            json.WriteNumber("max", c.MaxPoints);
            Nullable(json, "self", c.SelfPoints);
            Nullable(json, "appraised", c.AppraisedPoints);
            json.WriteNumber("final", c.FinalPoints);
            json.WriteNumber("maxInUse", c.MaxInUse);
            json.WriteBoolean("notApplicable", c.NotApplicable);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }

    internal static string SectionName(SectionKind section) => section switch
    {
        SectionKind.Bonus => "bonus",
        SectionKind.Penalty => "penalty",
        _ => "scored",
    };
}
