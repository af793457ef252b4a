using System.Text.Json;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Files;
using IndexScorer.Results;

namespace IndexScorer.IO.Results;

/// <summary>
/// Reads a results.json written by <see cref="ResultsJsonWriter"/> (format version 4, or 3 or 2 as written before) back into a
/// <see cref="ScoredYear"/>, streaming: token by token from the file, each unit built as it is read, no copy of the file or
/// of the year. Every problem names the file and the JSON path (e.g. <c>$.groups[0].units[3].rank</c>); all problems with
/// the values are reported at once.
/// </summary>
public static class ResultsJsonReader
{
    /// <summary>The year with everything written, or null with diagnostics.</summary>
    public static ScoredYear? Read(string path, string displayName, DiagnosticBag diagnostics) => Read(path, displayName, diagnostics, ResultsDetail.All);

    /// <summary>The year with the detail asked for, or null with diagnostics.</summary>
    public static ScoredYear? Read(string path, string displayName, DiagnosticBag diagnostics, ResultsDetail detail)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var reading = new DiagnosticBag();
            var year = new ResultsJsonParser(new JsonInput(stream), displayName, reading, detail).Document();
            diagnostics.AddRange(reading.Items);
            return year;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("IO001", new SourceLocation(displayName), InputFile.Reason(e));
            return null;
        }
        catch (JsonException e)
        {
            diagnostics.Error("CW040", new SourceLocation(displayName, null, $"{e.LineNumber + 1}:{e.BytePositionInLine + 1}"));
            return null;
        }
        catch (ResultsJsonParser.WrongTypeException e)
        {
            // A value of the wrong type; a file of another format or version is better told as such.
            var (format, version) = Header(path);
            if (!RefuseOtherFormat(format, version, displayName, diagnostics)) diagnostics.Error("CW041", new SourceLocation(displayName, null, e.Path), e.Path, e.Expected);
            return null;
        }
    }

    /// <summary>The file's format and version, read alone (every other member passed over); nulls when they do not read.</summary>
    private static (string? Format, int? Version) Header(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return ResultsJsonParser.Header(new JsonInput(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or ResultsJsonParser.WrongTypeException)
        {
            return (null, null);
        }
    }

    /// <summary>True when a file of that format and version is read.</summary>
    internal static bool IsReadable(string format, int version) =>
        format == ResultsJsonWriter.Format
        && version is ResultsJsonWriter.FormatVersion or ResultsJsonWriter.NodesFormatVersion or ResultsJsonWriter.PlacesFormatVersion;

    /// <summary>Reports CW042 and returns true when the file says it is of another format or version.</summary>
    internal static bool RefuseOtherFormat(string? format, int? version, string displayName, DiagnosticBag diagnostics)
    {
        if (format is null || version is null || IsReadable(format, version.Value)) return false;
        diagnostics.Error("CW042", new SourceLocation(displayName, null, "$.format"), format, version, ResultsJsonWriter.Format, ResultsJsonWriter.FormatVersion);
        return true;
    }
}
