using System.Text.Encodings.Web;
using System.Text.Json;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.IO.Files;
using IndexScorer.Results;

namespace IndexScorer.IO.Results;

/// <summary>
/// Writes results.json: a scored year whole (docs/results-json.md), for other programs and for what <c>compare</c> and a
/// later year's report read back. Per group its criteria tree and bands once; per unit its place, totals, its final points
/// and maximum on every node as two arrays in the tree's order, then the details of the nodes that have any (self and
/// appraisal points, texts, the cells they came from, the survey answers): a reader of the points passes the details over
/// whole. Decimals are JSON numbers at full precision; nothing is rounded. Written with <see cref="Utf8JsonWriter"/> straight to the stream, flushed
/// unit by unit: nothing of the year is copied.
/// </summary>
internal static class ResultsJsonWriter
{
    /// <summary>The value of the "format" member.</summary>
    public const string Format = "indexscorer-results";

    /// <summary>The value of the "formatVersion" member written; readers also read <see cref="NodesFormatVersion"/> and <see cref="PlacesFormatVersion"/>.</summary>
    public const int FormatVersion = 4;

    /// <summary>The version written before the points were split from the details (one object per node, points and details together); still read.</summary>
    public const int NodesFormatVersion = 3;

    /// <summary>The version written before provenance was stated once per unit (each cell a whole file/sheet/cell object); still read.</summary>
    public const int PlacesFormatVersion = 2;

    /// <summary>Buffered bytes above which the writer hands them to the stream (after a unit).</summary>
    private const int FlushAbove = 64 * 1024;

    /// <summary>Not indented: indentation was half of a national file and of the time to read it; any JSON viewer lays it out.</summary>
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the file whole or not at all.</summary>
    public static void Write(string path, ScoredYear year) => AtomicFile.Write(path, stream => Write(stream, year));

    /// <summary>Writes the JSON (UTF-8, not indented, Vietnamese unescaped) to a stream, chunk by chunk.</summary>
    public static void Write(Stream stream, ScoredYear year)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteNumber("formatVersion", FormatVersion);
        json.WriteNumber("year", year.Year);
        json.WriteStartObject("framework");
        json.WriteString("id", year.Framework.Id);
        json.WriteString("name", year.Framework.Name);
        json.WriteString("version", year.Framework.Version);
        TextIfAny(json, "note", year.Framework.Note);
        json.WriteEndObject();
        json.WriteStartArray("groups");
        foreach (var group in year.Groups) Group(json, group);
        json.WriteEndArray();
        if (year.Provisional)
        {
            json.WriteBoolean("provisional", true);
            json.WriteStartArray("leftOut");
            foreach (var unit in year.LeftOut)
            {
                json.WriteStartObject();
                json.WriteString("code", unit.Code);
                json.WriteString("name", unit.Name);
                json.WriteString("group", unit.Group);
                json.WriteBoolean("received", unit.Received);
                json.WriteNumber("problems", unit.Problems);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.Flush();
    }

    private static void Group(Utf8JsonWriter json, ScoredGroup group)
    {
        json.WriteStartObject();
        json.WriteString("code", group.Code);
        json.WriteString("name", group.Name);
        json.WriteBoolean("surveyInUse", group.SurveyInUse);
        json.WriteStartArray("bands");
        foreach (var band in group.Bands)
        {
            json.WriteStartObject();
            json.WriteString("label", band.Label);
            json.WriteNumber("minimumPercent", band.MinimumPercent);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("criteria");
        foreach (var criterion in group.Criteria) Criterion(json, criterion);
        json.WriteEndArray();
        json.WriteStartArray("units");
        var sheets = new UnitSheets();
        foreach (var unit in group.Units)
        {
            Unit(json, unit, sheets);
            if (json.BytesPending > FlushAbove) json.Flush();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Criterion(Utf8JsonWriter json, CriterionSummary criterion)
    {
        json.WriteStartObject();
        json.WriteString("code", criterion.Code.Value);
        json.WriteString("title", criterion.Title);
        json.WriteNumber("max", criterion.MaxPoints);
        json.WriteString("section", SectionName(criterion.Section));
        json.WriteString("source", SourceName(criterion.Source));
        json.WriteBoolean("leaf", criterion.IsLeaf);
        if (criterion.SurveyOptions is { } options)
        {
            json.WriteStartArray("options");
            foreach (var option in options)
            {
                json.WriteStartObject();
                json.WriteString("name", option.Name);
                json.WriteNumber("percent", option.Percent);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void Unit(Utf8JsonWriter json, ScoredUnit unit, UnitSheets sheets)
    {
        json.WriteStartObject();
        json.WriteString("code", unit.Code);
        json.WriteString("name", unit.Name);
        json.WriteNumber("rank", unit.Rank);
        json.WriteBoolean("tied", unit.IsTied);
        if (unit.Band is { } band) json.WriteString("band", band);
        json.WriteNumber("indexPercent", unit.IndexPercent);
        json.WriteNumber("scoredPoints", unit.ScoredPoints);
        json.WriteNumber("bonus", unit.Bonus);
        json.WriteNumber("penalty", unit.Penalty);
        json.WriteNumber("maxInUse", unit.MaxInUse);
        sheets.Collect(unit);
        if (sheets.Count > 0)
        {
            json.WriteStartArray("sheets");
            foreach (var (file, sheet) in sheets.Places)
            {
                json.WriteStartObject();
                json.WriteString("file", file);
                if (sheet is not null) json.WriteString("sheet", sheet);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteStartObject("nodes");
        json.WriteStartArray("final");
        foreach (var node in unit.Criteria) json.WriteNumberValue(node.FinalPoints);
        json.WriteEndArray();
        json.WriteStartArray("maxInUse");
        foreach (var node in unit.Criteria) json.WriteNumberValue(node.MaxInUse);
        json.WriteEndArray();
        if (unit.Criteria.Any(node => node.NotApplicable))
        {
            json.WriteStartArray("notApplicable");
            foreach (var node in unit.Criteria.Where(node => node.NotApplicable)) json.WriteStringValue(node.Criterion.Code.Value);
            json.WriteEndArray();
        }
        json.WriteEndObject();
        if (unit.WeightedFields is { } weighted)
        {
            json.WriteStartArray("weightedFields");
            foreach (var value in weighted) json.WriteNumberValue(value);
            json.WriteEndArray();
        }
        var detailed = false;
        foreach (var node in unit.Criteria)
        {
            var respondents = unit.SurveyAnswers.GetValueOrDefault(node.Criterion.Code.Value);
            if (!HasDetails(node, respondents)) continue;
            if (!detailed) json.WriteStartArray("details");
            detailed = true;
            Details(json, node, respondents, sheets);
        }
        if (detailed) json.WriteEndArray();
        json.WriteEndObject();
    }

    private static bool HasDetails(CriterionResult node, IReadOnlyDictionary<string, decimal>? respondents) =>
        node.SelfPoints is not null || node.Appraisal1 is not null || node.Appraisal2 is not null || node.SurveyPoints is not null
        || node.Evidence.Length > 0 || node.Note.Length > 0 || node.AppraisalNote.Length > 0 || node.Explanation.Length > 0
        || respondents is not null || !node.Sources.IsNone;

    /// <summary>A node's values beyond its points: self and appraisal points, survey points and answers, texts, and their cells.</summary>
    private static void Details(Utf8JsonWriter json, CriterionResult node, IReadOnlyDictionary<string, decimal>? respondents, UnitSheets sheets)
    {
        json.WriteStartObject();
        json.WriteString("code", node.Criterion.Code.Value);
        NumberIfAny(json, "self", node.SelfPoints);
        NumberIfAny(json, "appraisal1", node.Appraisal1);
        NumberIfAny(json, "appraisal2", node.Appraisal2);
        NumberIfAny(json, "survey", node.SurveyPoints);
        TextIfAny(json, "evidence", node.Evidence);
        TextIfAny(json, "note", node.Note);
        TextIfAny(json, "appraisalNote", node.AppraisalNote);
        TextIfAny(json, "explanation", node.Explanation);
        if (respondents is not null)
        {
            json.WriteStartObject("respondents");
            foreach (var (option, count) in respondents) json.WriteNumber(option, count);
            json.WriteEndObject();
        }
        if (!node.Sources.IsNone)
        {
            var sources = node.Sources;
            json.WriteStartObject("sources");
            if (sources.Inputs.Count > 0)
            {
                json.WriteStartArray("inputs");
                foreach (var input in sources.Inputs) json.WriteStringValue(sheets.Cell(input));
                json.WriteEndArray();
            }
            PlaceIfAny(json, "self", sources.Self, sheets);
            PlaceIfAny(json, "round1", sources.Round1, sheets);
            PlaceIfAny(json, "explanation", sources.Explanation, sheets);
            PlaceIfAny(json, "round2", sources.Round2, sheets);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void PlaceIfAny(Utf8JsonWriter json, string name, SourceLocation? place, UnitSheets sheets)
    {
        if (place is not null) json.WriteString(name, sheets.Cell(place));
    }

    private static void NumberIfAny(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number) json.WriteNumber(name, number);
    }

    private static void TextIfAny(Utf8JsonWriter json, string name, string text)
    {
        if (text.Length > 0) json.WriteString(name, text);
    }

    internal static string SectionName(SectionKind section) => section switch
    {
        SectionKind.Bonus => "bonus",
        SectionKind.Penalty => "penalty",
        _ => "scored",
    };

    internal static string SourceName(PointSource source) => source == PointSource.Survey ? "survey" : "self";

    /// <summary>
    /// The sheets (file and sheet) a unit's leaves' cells are on, in order of first use, and each cell written against them:
    /// <c>E11</c> on the first sheet, <c>1!H5</c> on the second (see <see cref="ResultsPlace"/>).
    /// </summary>
    private sealed class UnitSheets
    {
        private readonly Dictionary<(string File, string? Sheet), int> _index = [];

        public List<(string File, string? Sheet)> Places { get; } = [];

        public int Count => Places.Count;

        /// <summary>Starts over with the sheets of <paramref name="unit"/>.</summary>
        public void Collect(ScoredUnit unit)
        {
            _index.Clear();
            Places.Clear();
            foreach (var node in unit.Criteria)
            {
                var sources = node.Sources;
                if (sources.IsNone) continue;
                foreach (var input in sources.Inputs) Add(input);
                Add(sources.Self);
                Add(sources.Round1);
                Add(sources.Explanation);
                Add(sources.Round2);
            }
        }

        public string Cell(SourceLocation place) => ResultsPlace.Write(_index[(place.File, place.Sheet)], place.Cell);

        private void Add(SourceLocation? place)
        {
            if (place is null || !_index.TryAdd((place.File, place.Sheet), Places.Count)) return;
            Places.Add((place.File, place.Sheet));
        }
    }
}
