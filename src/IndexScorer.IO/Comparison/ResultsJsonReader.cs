using System.Text.Json;
using IndexScorer.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;

namespace IndexScorer.IO.Comparison;

/// <summary>
/// Reads a results.json written by <see cref="ResultsJsonWriter"/> back into a <see cref="ScoredYear"/>. Every problem
/// names the file and the JSON path (e.g. <c>$.groups[0].units[3].indexPercent</c>); all are reported at once.
/// </summary>
public static class ResultsJsonReader
{
    /// <summary>The year, or null with diagnostics.</summary>
    public static ScoredYear? Read(string path, string displayName, DiagnosticBag diagnostics)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("IO001", new SourceLocation(displayName), e.Message);
            return null;
        }
        catch (JsonException e)
        {
            diagnostics.Error("CW040", new SourceLocation(displayName, null, $"{e.LineNumber + 1}:{e.BytePositionInLine + 1}"), e.Message);
            return null;
        }
        using (document)
        {
            var reader = new Reader(displayName, diagnostics);
            var root = document.RootElement;
            var format = reader.String(root, "$", "format");
            var version = reader.Int(root, "$", "formatVersion");
            if (format is not null && version is not null && (format != ResultsJsonWriter.Format || version != ResultsJsonWriter.FormatVersion))
            {
                diagnostics.Error("CW042", new SourceLocation(displayName, null, "$.format"), format, version, ResultsJsonWriter.Format, ResultsJsonWriter.FormatVersion);
                return null;
            }
            var errors = diagnostics.ErrorCount;
            var year = reader.Int(root, "$", "year");
            var framework = reader.Object(root, "$", "framework");
            var id = framework is { } f ? reader.String(f, "$.framework", "id") : null;
            var name = framework is { } f2 ? reader.String(f2, "$.framework", "name") : null;
            var frameworkVersion = framework is { } f3 ? reader.String(f3, "$.framework", "version") : null;
            var groups = reader.Array(root, "$", "groups", (g, at) => reader.Group(g, at));
            return diagnostics.ErrorCount > errors || year is null || groups is null
                ? null
                : new ScoredYear(year.Value, id ?? "", name ?? "", frameworkVersion ?? "", groups);
        }
    }

    private sealed class Reader(string file, DiagnosticBag diagnostics)
    {
        public ScoredGroup? Group(JsonElement g, string at)
        {
            var code = String(g, at, "code");
            var name = String(g, at, "name");
            var survey = Bool(g, at, "surveyInUse");
            var criteria = Array(g, at, "criteria", Summary);
            var units = Array(g, at, "units", Unit);
            return code is null || name is null || survey is null || criteria is null || units is null
                ? null
                : new ScoredGroup(code, name, survey.Value, criteria, units);
        }

        private CriterionSummary? Summary(JsonElement c, string at)
        {
            var code = Code(c, at);
            var title = String(c, at, "title");
            var max = Number(c, at, "max");
            var section = String(c, at, "section") switch
            {
                "scored" => SectionKind.Scored,
                "bonus" => SectionKind.Bonus,
                "penalty" => (SectionKind?)SectionKind.Penalty,
                _ => Fail<SectionKind>(at + ".section", "'scored', 'bonus' | 'penalty'"),
            };
            var source = String(c, at, "source") switch
            {
                "self" => PointSource.SelfAssessment,
                "survey" => (PointSource?)PointSource.Survey,
                _ => Fail<PointSource>(at + ".source", "'self' | 'survey'"),
            };
            var leaf = Bool(c, at, "leaf");
            return code is null || title is null || max is null || section is null || source is null || leaf is null
                ? null
                : new CriterionSummary(code, title, max.Value, section.Value, source.Value, leaf.Value);
        }

        private ScoredUnit? Unit(JsonElement u, string at)
        {
            var code = String(u, at, "code");
            var name = String(u, at, "name");
            var rank = Int(u, at, "rank");
            var tied = Bool(u, at, "tied");
            var band = u.TryGetProperty("band", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
            var index = Number(u, at, "indexPercent");
            var bonus = Number(u, at, "bonus");
            var penalty = Number(u, at, "penalty");
            var max = Number(u, at, "maxInUse");
            var criteria = Array(u, at, "criteria", Result);
            if (rank is < 1) rank = Fail<int>(at + ".rank", "1, 2, …");
            return code is null || name is null || rank is null || tied is null || index is null || bonus is null || penalty is null || max is null || criteria is null
                ? null
                : new ScoredUnit(code, name, rank.Value, tied.Value, band, index.Value, bonus.Value, penalty.Value, max.Value, criteria);
        }

        private CriterionResult? Result(JsonElement c, string at)
        {
            var code = Code(c, at);
            var title = String(c, at, "title");
            var max = Number(c, at, "max");
            var self = NullableNumber(c, at, "self");
            var appraised = NullableNumber(c, at, "appraised");
            var final = Number(c, at, "final");
            var maxInUse = Number(c, at, "maxInUse");
            var na = Bool(c, at, "notApplicable");
            return code is null || title is null || max is null || !self.Ok || !appraised.Ok || final is null || maxInUse is null || na is null
                ? null
                : new CriterionResult(code, title, max.Value, self.Value, appraised.Value, final.Value, maxInUse.Value, na.Value);
        }

        private CriterionCode? Code(JsonElement e, string at)
        {
            var text = String(e, at, "code");
            if (text is null) return null;
            if (CriterionCode.TryParse(text, out var code)) return code;
            diagnostics.Error("CW044", Where(at + ".code"), text);
            return null;
        }

        public IReadOnlyList<T>? Array<T>(JsonElement e, string at, string name, Func<JsonElement, string, T?> item) where T : class
        {
            if (!e.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array) return FailClass<IReadOnlyList<T>>(At(at, name), "[…]");
            var items = new List<T>();
            var ok = true;
            var i = 0;
            foreach (var element in array.EnumerateArray())
            {
                var value = item(element, $"{At(at, name)}[{i++}]");
                if (value is null) ok = false;
                else items.Add(value);
            }
            return ok ? items : null;
        }

        public JsonElement? Object(JsonElement e, string at, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : Fail(At(at, name), "{…}");

        public string? String(JsonElement e, string at, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : FailClass<string>(At(at, name), "\"…\"");

        public int? Int(JsonElement e, string at, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : Fail<int>(At(at, name), "0, 1, 2, …");

        private bool? Bool(JsonElement e, string at, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : Fail<bool>(At(at, name), "true | false");

        private decimal? Number(JsonElement e, string at, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d) ? d : Fail<decimal>(At(at, name), "12.5");

        /// <summary>Present and a number or null; Ok is false (with a diagnostic) otherwise.</summary>
        private (bool Ok, decimal? Value) NullableNumber(JsonElement e, string at, string name)
        {
            if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v))
            {
                if (v.ValueKind == JsonValueKind.Null) return (true, null);
                if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d)) return (true, d);
            }
            Fail<int>(At(at, name), "12.5 | null");
            return (false, null);
        }

        private static string At(string at, string name) => $"{at}.{name}";

        private SourceLocation Where(string path) => new(file, null, path);

        private T? Fail<T>(string path, string expected) where T : struct
        {
            diagnostics.Error("CW041", Where(path), path, expected);
            return null;
        }

        private T? FailClass<T>(string path, string expected) where T : class
        {
            diagnostics.Error("CW041", Where(path), path, expected);
            return null;
        }

        private JsonElement? Fail(string path, string expected) => Fail<JsonElement>(path, expected);
    }
}
