using IndexScorer.Diagnostics;

namespace IndexScorer.IO.Files;

/// <summary>
/// Reads a user's input file whole, and only a regular file of a sensible size: its size is checked before reading, a
/// device, pipe or socket is refused at once (never read until memory runs out, never waited on for ever).
/// </summary>
internal static class InputFile
{
    /// <summary>The largest workbook read (a form is some tens of KB, a framework or roster a few hundred).</summary>
    public const long MaxWorkbookBytes = 50L * 1024 * 1024;

    /// <summary>The largest CSV or JSON file read (a national survey file is some tens of MB).</summary>
    public const long MaxTextBytes = 500L * 1024 * 1024;

    /// <summary>The largest campaign.json read.</summary>
    public const long MaxSettingsBytes = 1024L * 1024;

    /// <summary>The bytes, or null with a diagnostic naming <paramref name="displayName"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="displayName">How messages name it.</param>
    /// <param name="maxBytes">The largest file of this kind worth reading.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static byte[]? Read(string path, string displayName, long maxBytes, DiagnosticBag diagnostics)
    {
        var where = new SourceLocation(displayName);
        FileInfo file;
        try
        {
            file = new FileInfo(path);
            if (file.LinkTarget is not null && file.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target) file = target;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("IO001", where, Reason(e));
            return null;
        }
        if (!file.Exists)
        {
            diagnostics.Error("IO001", where, new Message("IO017", []));
            return null;
        }
        if (file.Length > maxBytes)
        {
            diagnostics.Error("IO015", where, Math.Round(file.Length / (1024m * 1024m), 1), maxBytes / (1024 * 1024));
            return null;
        }
        if (!FileKind.IsRegular(file.FullName))
        {
            diagnostics.Error("IO016", where);
            return null;
        }
        FileStream opened;
        try
        {
            opened = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("IO001", where, Reason(e));
            return null;
        }
        using var stream = opened;
        // A device reports no size and never ends: reading past the size the file system gave means it is not a regular file.
        var bytes = new byte[file.Length];
        var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (read < bytes.Length || stream.ReadByte() != -1)
        {
            diagnostics.Error("IO016", where);
            return null;
        }
        return bytes;
    }

    /// <summary>Why a file could not be opened, in the user's words rather than .NET's.</summary>
    public static Message Reason(Exception e) => new(e switch
    {
        UnauthorizedAccessException => "IO018",
        FileNotFoundException or DirectoryNotFoundException => "IO017",
        _ => "IO019",
    }, []);
}
