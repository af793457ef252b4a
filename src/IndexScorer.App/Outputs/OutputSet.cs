using IndexScorer.Diagnostics;

namespace IndexScorer.App.Outputs;

/// <summary>The rules every command follows for what it writes: never onto one of its inputs, and a file that cannot be written is a reported error.</summary>
internal static class OutputSet
{
    /// <summary>True when an output folder named by the user is not a file; otherwise an RQ002 error.</summary>
    public static bool CheckFolder(string? folder, DiagnosticBag diagnostics)
    {
        if (folder is null || !File.Exists(folder)) return true;
        diagnostics.Error("RQ002", new SourceLocation(folder));
        return false;
    }

    /// <summary>
    /// True when no output (a folder, or files) is one of the inputs or holds one; otherwise a CF009 error naming
    /// <paramref name="shown"/>.
    /// </summary>
    public static bool CheckNoClash(string shown, IEnumerable<string> outputs, IEnumerable<string> inputs, DiagnosticBag diagnostics)
    {
        var targets = outputs.Select(Full).ToArray();
        var clash = inputs.Select(Full).Any(input => targets.Any(target => target == input));
        if (!clash) return true;
        diagnostics.Error("CF009", null, shown);
        return false;
    }

    /// <summary>Writes one output through <paramref name="write"/>; false with an IO014 error naming the file when it cannot be written.</summary>
    public static bool Write(string path, Action<string> write, DiagnosticBag diagnostics)
    {
        try
        {
            write(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("IO014", new SourceLocation(path), e.Message);
            return false;
        }
    }

    private static string Full(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
}
