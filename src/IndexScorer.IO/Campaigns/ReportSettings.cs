using System.Globalization;
using System.Text.Json;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Reports;

namespace IndexScorer.IO.Campaigns;

/// <summary>
/// Reads campaign.json's "report" entry, the report's official form (README.md, campaign.json), every problem named by its
/// path in the file (report.signers[2].title: the second signature block's title).
/// </summary>
internal static class ReportSettings
{
    /// <summary>The entry's name in campaign.json.</summary>
    public const string Entry = "report";

    private static readonly string[] Known = ["issuer", "nationalHeading", "decision", "place", "date", "signers", "groupByBand"];
    private static readonly string[] DecisionFields = ["number", "date", "by"];
    private static readonly string[] SignerFields = ["title", "name"];

    /// <summary>The official form; <see cref="OfficialForm.None"/> when the entry is absent or null, null after an error.</summary>
    public static OfficialForm? Read(JsonElement root, string file, DiagnosticBag diagnostics)
    {
        if (!root.TryGetProperty(Entry, out var report) || report.ValueKind == JsonValueKind.Null) return OfficialForm.None;
        var reader = new Reader(file, diagnostics);
        if (!reader.IsObject(report, Entry, Known)) return null;
        var errors = diagnostics.ErrorCount;
        var issuer = reader.Lines(report, "issuer", Entry) ?? [];
        var heading = reader.NationalHeading(report, issuer.Count > 0);
        var decision = reader.Decision(report);
        var place = reader.Text(report, "place", Entry);
        var date = reader.Date(report, "date", Entry);
        var signers = reader.Signers(report);
        var groupByBand = reader.Flag(report, "groupByBand", Entry) ?? false;
        return diagnostics.ErrorCount > errors ? null : new OfficialForm(issuer, heading, decision, place, date, signers, groupByBand);
    }

    private sealed class Reader(string file, DiagnosticBag diagnostics)
    {
        public bool IsObject(JsonElement value, string path, string[] known)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                Wrong(path, "CF018", value);
                return false;
            }
            foreach (var property in value.EnumerateObject().Where(p => !known.Contains(p.Name)))
                diagnostics.Error("CF012", Field($"{path}.{property.Name}"), $"{path}.{property.Name}", string.Join(", ", known));
            return true;
        }

        public IReadOnlyList<string>? Lines(JsonElement parent, string name, string at, bool required = false)
        {
            var path = $"{at}.{name}";
            if (!Present(parent, name, path, "CF019", required, out var value)) return null;
            if (value.ValueKind == JsonValueKind.String && NotBlank(value) is { } line) return [line];
            var lines = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(NotBlank).ToArray() : [];
            if (lines.Length is > 0 and <= OfficialForm.MaxLines && lines.All(l => l is not null)) return lines!;
            Wrong(path, "CF019", value);
            return null;
        }

        public IReadOnlyList<string>? NationalHeading(JsonElement report, bool issuerSet)
        {
            const string path = Entry + ".nationalHeading";
            if (!report.TryGetProperty("nationalHeading", out var value) || value.ValueKind == JsonValueKind.Null) return issuerSet ? null : [];
            if (value.ValueKind == JsonValueKind.True) return null;
            if (value.ValueKind == JsonValueKind.False) return [];
            var lines = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(NotBlank).ToArray() : [];
            if (lines.Length == 2 && lines.All(l => l is not null)) return lines!;
            Wrong(path, "CF022", value);
            return [];
        }

        public AttachedDecision? Decision(JsonElement report)
        {
            const string path = Entry + ".decision";
            if (!report.TryGetProperty("decision", out var value) || value.ValueKind == JsonValueKind.Null) return null;
            if (!IsObject(value, path, DecisionFields)) return null;
            var number = Text(value, "number", path, required: true, expected: "CF024");
            var date = Date(value, "date", path, required: true);
            var by = Text(value, "by", path);
            return number is null || date is null ? null : new AttachedDecision(number, date.Value, by);
        }

        public IReadOnlyList<Signer> Signers(JsonElement report)
        {
            const string path = Entry + ".signers";
            if (!report.TryGetProperty("signers", out var value) || value.ValueKind == JsonValueKind.Null) return [];
            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() is 0 or > OfficialForm.MaxSigners)
            {
                Wrong(path, "CF023", value);
                return [];
            }
            var signers = new List<Signer>();
            var i = 0;
            foreach (var block in value.EnumerateArray())
            {
                var at = $"{path}[{++i}]";
                if (!IsObject(block, at, SignerFields)) continue;
                var title = Lines(block, "title", at, required: true);
                var name = Text(block, "name", at);
                if (title is not null) signers.Add(new Signer(title, name));
            }
            return signers;
        }

        public string? Text(JsonElement parent, string name, string at, bool required = false, string expected = "CF025")
        {
            var path = $"{at}.{name}";
            if (!Present(parent, name, path, expected, required, out var value)) return null;
            if (NotBlank(value) is { } text) return text;
            Wrong(path, expected, value);
            return null;
        }

        public DateOnly? Date(JsonElement parent, string name, string at, bool required = false)
        {
            var path = $"{at}.{name}";
            if (!Present(parent, name, path, "CF020", required, out var value)) return null;
            if (value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
            Wrong(path, "CF020", value);
            return null;
        }

        public bool? Flag(JsonElement parent, string name, string at)
        {
            var path = $"{at}.{name}";
            if (!Present(parent, name, path, "CF021", required: false, out var value)) return null;
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
            Wrong(path, "CF021", value);
            return null;
        }

        /// <summary>False when the entry is absent or null (an error when it is required).</summary>
        private bool Present(JsonElement parent, string name, string path, string expected, bool required, out JsonElement value)
        {
            var found = parent.TryGetProperty(name, out value);
            if (found && value.ValueKind != JsonValueKind.Null) return true;
            if (required && found) Wrong(path, expected, value);
            else if (required) diagnostics.Error("CF011", Field(path), path, new Message(expected, []), new Message("CF014", []));
            return false;
        }

        private void Wrong(string path, string expected, JsonElement found) =>
            diagnostics.Error("CF011", Field(path), path, new Message(expected, []), found.GetRawText());

        private static string? NotBlank(JsonElement value) =>
            value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

        private SourceLocation Field(string path) => new(file, Cell: path);
    }
}
