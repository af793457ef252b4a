using System.Text.Json.Serialization;

namespace IndexScorer.IO.Campaigns;

/// <summary>The contents of <c>campaign.json</c> (documented in README.md).</summary>
public sealed class CampaignSettings
{
    /// <summary>The year assessed.</summary>
    [JsonPropertyName("year")]
    public int Year { get; set; }

    /// <summary>The framework: a path relative to the campaign folder, or the name of a workbook in a frameworks/ folder above it.</summary>
    [JsonPropertyName("framework")]
    public string Framework { get; set; } = string.Empty;

    /// <summary>The roster file (CSV or xlsx); default roster.csv.</summary>
    [JsonPropertyName("roster")]
    public string Roster { get; set; } = "roster.csv";

    /// <summary>The folder of filled forms; default forms.</summary>
    [JsonPropertyName("forms")]
    public string Forms { get; set; } = "forms";

    /// <summary>The survey results (CSV or xlsx); optional, default survey.csv when present.</summary>
    [JsonPropertyName("survey")]
    public string? Survey { get; set; }

    /// <summary>Last year's campaign folder or results.json (relative to this folder), to show last year's rank and index; optional.</summary>
    [JsonPropertyName("previous")]
    public string? Previous { get; set; }

    /// <summary>A free note, e.g. that the data are synthetic.</summary>
    [JsonPropertyName("note")]
    public string? Note { get; set; }
}
