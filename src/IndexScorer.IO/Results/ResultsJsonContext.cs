using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IndexScorer.IO.Results;

/// <summary>
/// Source-generated System.Text.Json metadata of results.json (no reflection). Metadata mode, not the fast path: the
/// serializer then writes a large year to the stream chunk by chunk instead of buffering it whole.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ResultsDto.Document))]
[JsonSerializable(typeof(ResultsDto.Header))]
internal sealed partial class ResultsJsonContext : JsonSerializerContext
{
    /// <summary>The one set of options: camelCase, indented, nulls left out, Vietnamese unescaped; comments and trailing commas read.</summary>
    public static ResultsJsonContext Instance { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    });
}
