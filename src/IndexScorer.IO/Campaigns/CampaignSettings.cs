using System.Text.Json;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Files;
using IndexScorer.IO.Reports;

namespace IndexScorer.IO.Campaigns;

/// <summary>The contents of <c>campaign.json</c> (documented in README.md), checked field by field.</summary>
/// <param name="Year">The year assessed.</param>
/// <param name="Framework">A path relative to the campaign folder, or the name of a workbook in a frameworks/ folder above it.</param>
/// <param name="Roster">The roster file (CSV or xlsx); default roster.csv.</param>
/// <param name="Forms">The folder of filled forms; default forms.</param>
/// <param name="Survey">The survey results (CSV or xlsx); optional, default survey.csv when present.</param>
/// <param name="Previous">Last year's campaign folder or results.json, to show last year's rank and index; optional.</param>
/// <param name="Report">The report's official form ("report": issuing body, decision, signatures …); optional.</param>
internal sealed record CampaignSettings(int Year, string Framework, string Roster, string Forms, string? Survey, string? Previous, OfficialForm Report)
{
    private static readonly string[] Known = ["year", "framework", "roster", "forms", "survey", "previous", "note", ReportSettings.Entry];

    /// <summary>
    /// Reads the settings; null when the file is not JSON, or any field is missing, mistyped or unknown (every problem is
    /// reported, each naming the field).
    /// </summary>
    public static CampaignSettings? Read(string path, string displayName, DiagnosticBag diagnostics)
    {
        if (InputFile.Read(path, displayName, InputFile.MaxSettingsBytes, diagnostics) is not { } bytes) return null;
        JsonDocument document;
        try
        {
            // Notepad and Excel save UTF-8 with a byte order mark, which the JSON reader does not skip by itself.
            var json = bytes.AsMemory(bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0);
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            diagnostics.Error("CF002", new SourceLocation(displayName, Line: (e.LineNumber ?? 0) + 1), (e.BytePositionInLine ?? 0) + 1);
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Error("CF003", new SourceLocation(displayName));
                return null;
            }
            var errors = diagnostics.ErrorCount;
            foreach (var property in root.EnumerateObject().Where(p => !Known.Contains(p.Name)))
                diagnostics.Error("CF012", Field(displayName, property.Name), property.Name, string.Join(", ", Known));
            var year = ReadYear(root, displayName, diagnostics);
            var framework = ReadText(root, "framework", displayName, diagnostics, required: true);
            var roster = ReadText(root, "roster", displayName, diagnostics) ?? "roster.csv";
            var forms = ReadText(root, "forms", displayName, diagnostics) ?? "forms";
            var survey = ReadText(root, "survey", displayName, diagnostics, nullable: true);
            var previous = ReadText(root, "previous", displayName, diagnostics, nullable: true);
            ReadText(root, "note", displayName, diagnostics, nullable: true);
            var report = ReportSettings.Read(root, displayName, diagnostics);
            return diagnostics.ErrorCount > errors || report is null ? null : new CampaignSettings(year, framework!, roster, forms, survey, previous, report);
        }
    }

    private static int ReadYear(JsonElement root, string file, DiagnosticBag diagnostics)
    {
        if (!root.TryGetProperty("year", out var value))
        {
            diagnostics.Error("CF011", Field(file, "year"), "year", new Message("CF013", []), new Message("CF014", []));
            return 0;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var year) && year is >= 2000 and <= 2100) return year;
        diagnostics.Error("CF011", Field(file, "year"), "year", new Message("CF013", []), value.GetRawText());
        return 0;
    }

    private static string? ReadText(JsonElement root, string name, string file, DiagnosticBag diagnostics, bool required = false, bool nullable = false)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            if (required) diagnostics.Error("CF011", Field(file, name), name, new Message("CF015", []), new Message("CF014", []));
            return null;
        }
        if (value.ValueKind == JsonValueKind.Null && nullable) return null;
        if (value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)) return text;
        diagnostics.Error("CF011", Field(file, name), name, new Message("CF015", []), value.GetRawText());
        return null;
    }

    private static SourceLocation Field(string file, string name) => new(file, Cell: name);
}
