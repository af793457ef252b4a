using System.Text.Encodings.Web;
using System.Text.Json;
using IndexScorer.Analysis;
using IndexScorer.IO.Files;
using IndexScorer.Results;

namespace IndexScorer.IO.Analysis;

/// <summary>
/// Writes analysis.json, the analysis for other programs (format "indexscorer-analysis", version 1; docs/analysis-json.md):
/// per group the statistics, coherence, rank intervals, pairs not clearly separated, sensitivity, targets, self–appraisal
/// agreement and near ties. Written member by member in a fixed order, so the same analysis gives the same bytes.
/// </summary>
internal static class AnalysisJsonWriter
{
    /// <summary>The value of the "format" member.</summary>
    public const string Format = "indexscorer-analysis";

    /// <summary>Writes the file whole or not at all.</summary>
    public static void Write(string path, YearAnalysis analysis) => AtomicFile.Write(path, stream => Write(stream, analysis));

    /// <summary>Writes the JSON (UTF-8, indented, Vietnamese unescaped) to a stream.</summary>
    public static void Write(Stream stream, YearAnalysis analysis)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var year = analysis.Year;
        var settings = analysis.Settings;
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteNumber("formatVersion", 1);
        json.WriteNumber("year", year.Year);
        json.WriteStartObject("framework");
        json.WriteString("id", year.Framework.Id);
        json.WriteString("name", year.Framework.Name);
        json.WriteString("version", year.Framework.Version);
        json.WriteEndObject();
        json.WriteStartObject("simulation");
        json.WriteNumber("samples", settings.Samples);
        json.WriteNumber("seed", settings.Seed);
        json.WriteString("survey", settings.ResampleSurvey ? "dirichlet" : "fixed");
        json.WriteNumber("appraisalPoints", settings.AppraisalPoints);
        json.WriteNumber("weightPercent", settings.WeightPercent);
        json.WriteNumber("intervalPercent", 90);
        json.WriteNumber("pairThreshold", SeparationPair.Threshold);
        json.WriteNumber("pairWindow", RankUncertainty.PairWindow);
        json.WriteEndObject();
        json.WriteStartArray("groups");
        foreach (var group in analysis.Groups) Group(json, group);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Group(Utf8JsonWriter json, GroupAnalysis analysis)
    {
        var group = analysis.Group;
        json.WriteStartObject();
        json.WriteString("code", group.Code);
        json.WriteString("name", group.Name);

        json.WriteStartArray("statistics");
        foreach (var row in analysis.Statistics)
        {
            json.WriteStartObject();
            json.WriteString("code", row.Criterion?.Code.Value ?? "index");
            json.WriteString("kind", row.Criterion is null ? "index" : row.Criterion.IsLeaf ? "criterion" : "field");
            if (row.Criterion is { } c) json.WriteNumber("max", c.MaxPoints);
            if (row.Points is { } p)
            {
                json.WriteNumber("units", p.Count);
                Number(json, "mean", p.Mean);
                Number(json, "median", p.Median);
                Number(json, "quartile1", p.Quartile1);
                Number(json, "quartile3", p.Quartile3);
                Number(json, "standardDeviation", p.StandardDeviation);
                Number(json, "minimum", p.Minimum);
                Number(json, "maximum", p.Maximum);
            }
            Number(json, "shareAtMaximum", row.ShareAtMaximum);
            Number(json, "shareAtZero", row.ShareAtZero);
            json.WriteNumber("notApplicableUnits", row.NotApplicableUnits);
            json.WriteBoolean("separatesNoOne", row.SeparatesNoOne);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        var coherence = analysis.Coherence;
        json.WriteStartObject("coherence");
        json.WriteStartArray("fields");
        foreach (var field in coherence.Fields) json.WriteStringValue(field.Code.Value);
        json.WriteEndArray();
        Matrix(json, "pearson", coherence.Pearson);
        Matrix(json, "spearman", coherence.Spearman);
        json.WriteStartArray("againstRest");
        for (var f = 0; f < coherence.Fields.Count; f++)
        {
            json.WriteStartObject();
            json.WriteString("field", coherence.Fields[f].Code.Value);
            Number(json, "pearson", coherence.AgainstRest[f].Pearson);
            Number(json, "spearman", coherence.AgainstRest[f].Spearman);
            Number(json, "cronbachAlpha", coherence.Alpha[f]);
            json.WriteBoolean("lowAlpha", coherence.Alpha[f] < Coherence.AlphaThreshold);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("negativePairs");
        foreach (var (first, second) in coherence.NegativePairs)
        {
            json.WriteStartArray();
            json.WriteStringValue(first.Code.Value);
            json.WriteStringValue(second.Code.Value);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartArray("ranks");
        foreach (var unit in analysis.Uncertainty.Units)
        {
            json.WriteStartObject();
            json.WriteString("unit", unit.Unit.Code);
            json.WriteString("name", unit.Unit.Name);
            json.WriteNumber("indexPercent", unit.Unit.IndexPercent);
            json.WriteNumber("rank", unit.NominalRank);
            json.WriteNumber("medianRank", unit.MedianRank);
            json.WriteNumber("p5", unit.Low);
            json.WriteNumber("p95", unit.High);
            json.WriteStartObject("bandProbabilities");
            for (var b = 0; b < group.Bands.Count; b++) Number(json, group.Bands[b].Label, unit.BandProbabilities[b]);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("notClearlySeparated");
        foreach (var pair in analysis.Uncertainty.NotClearlySeparated)
        {
            json.WriteStartObject();
            json.WriteString("above", pair.Above.Code);
            json.WriteString("below", pair.Below.Code);
            Number(json, "flipShare", pair.FlipShare);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("sensitivity");
        foreach (var field in analysis.Sensitivity)
        {
            json.WriteStartObject();
            json.WriteString("field", field.Field.Code.Value);
            Number(json, "meanAbsoluteRankChange", field.MeanAbsoluteChange);
            json.WriteStartObject("rankWithout");
            for (var u = 0; u < group.Units.Count; u++)
            {
                if (field.RankWithout[u] is { } rank) json.WriteNumber(group.Units[u].Code, rank);
                else json.WriteNull(group.Units[u].Code);
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("targets");
        foreach (var target in analysis.Targets)
        {
            json.WriteStartObject();
            json.WriteString("unit", target.Unit.Code);
            if (target.NextBand is { } band)
            {
                json.WriteString("nextBand", band.Label);
                json.WriteNumber("pointsToNextBand", target.PointsToNextBand!.Value);
            }
            if (target.UnitAbove is { } above)
            {
                json.WriteString("unitAbove", above.Code);
                json.WriteNumber("pointsToNextRank", target.PointsToNextRank!.Value);
            }
            json.WriteStartArray("gains");
            foreach (var gain in target.Gains)
            {
                json.WriteStartObject();
                json.WriteString("code", gain.Criterion.Code.Value);
                json.WriteNumber("points", gain.Points);
                Number(json, "shareInFull", gain.ShareInFull);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("gainsToCloseGap", target.GainsToCloseGap);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("appraisalAgreement");
        foreach (var row in analysis.Agreement)
        {
            json.WriteStartObject();
            json.WriteString("code", row.Criterion.Code.Value);
            json.WriteNumber("units", row.Units);
            Number(json, "shareLowered", row.ShareLowered);
            Number(json, "meanPointsLost", row.MeanPointsLost);
            Number(json, "krippendorffAlpha", row.Alpha);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("nearTies");
        foreach (var tie in analysis.NearTies)
        {
            json.WriteStartObject();
            json.WriteString("above", tie.Above.Code);
            json.WriteString("below", tie.Below.Code);
            json.WriteNumber("difference", tie.Difference);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Matrix(Utf8JsonWriter json, string name, double?[,] matrix)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < matrix.GetLength(0); i++)
        {
            json.WriteStartArray();
            for (var j = 0; j < matrix.GetLength(1); j++)
            {
                if (matrix[i, j] is { } value) json.WriteNumberValue(value);
                else json.WriteNullValue();
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    /// <summary>A statistic; null (undefined) is written as JSON null.</summary>
    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
