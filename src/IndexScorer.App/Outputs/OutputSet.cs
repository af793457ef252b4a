using System.Runtime.ExceptionServices;
using IndexScorer.App.Runs;
using IndexScorer.Diagnostics;

namespace IndexScorer.App.Outputs;

/// <summary>
/// The rules every command follows for what it writes: never onto one of its inputs, a set of outputs replaced whole or not
/// at all, and a file that cannot be written is a reported error.
/// </summary>
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

    /// <summary>
    /// Writes a set of outputs whole or not at all: each is first written to a temporary file beside its target; only when
    /// every one succeeded are they moved into place (the files they replace kept aside until all moves succeeded). On a
    /// failure every target is left as it was, the temporary files are removed and IO014 names the file that could not be
    /// written. Temporary files that a killed run left behind are removed first.
    /// </summary>
    /// <returns>The paths written, in order; empty on failure.</returns>
    /// <param name="outputs">The files and how each is written.</param>
    /// <param name="diagnostics">Receives IO014 when one cannot be written.</param>
    /// <param name="progress">Told as each output is begun.</param>
    /// <param name="twoAtATime">
    /// Write the temporaries two at a time (one per core): only for writers that share nothing (our streaming writers, CSV,
    /// JSON, HTML), not for ClosedXML workbooks.
    /// </param>
    public static IReadOnlyList<string> WriteAll(
        IReadOnlyList<(string Path, Action<string> Write)> outputs, DiagnosticBag diagnostics, IProgress<RunProgress>? progress = null,
        bool twoAtATime = false)
    {
        foreach (var (path, _) in outputs) RemoveLeftovers(path);
        var run = Guid.NewGuid().ToString("N")[..8];
        var temporaries = outputs.Select(o => Aside(o.Path, run, "tmp")).ToArray();
        var replaced = outputs.Select(o => Aside(o.Path, run, "old.tmp")).ToArray();
        var current = 0;
        var moved = 0;
        try
        {
            // The temporaries are written (two at a time when asked), then moved into place in order.
            var failures = new Exception?[outputs.Count];
            var started = 0;
            void WriteOne(int i)
            {
                lock (failures) progress?.Report(new RunProgress(RunPhase.WritingOutputs, started++, outputs.Count) { Item = Path.GetFileName(outputs[i].Path) });
                try
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(temporaries[i])!);
                    outputs[i].Write(temporaries[i]);
                }
                catch (Exception e)
                {
                    failures[i] = e;
                }
            }
            if (twoAtATime) Parallel.For(0, outputs.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, WriteOne);
            else
            {
                // One after the other, stopping at the first that fails.
                for (var i = 0; i < outputs.Count; i++)
                {
                    WriteOne(i);
                    if (failures[i] is not null) break;
                }
            }
            // The first output in order that failed is the one told, whatever the timing.
            current = Array.FindIndex(failures, f => f is not null);
            if (current >= 0) ExceptionDispatchInfo.Capture(failures[current]!).Throw();
            for (current = 0; current < outputs.Count; current++, moved++)
            {
                if (File.Exists(outputs[current].Path)) File.Move(outputs[current].Path, replaced[current]);
                File.Move(temporaries[current], outputs[current].Path);
            }
            progress?.Report(new RunProgress(RunPhase.WritingOutputs, outputs.Count, outputs.Count));
            return outputs.Select(o => o.Path).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("IO014", new SourceLocation(outputs[Math.Min(current, outputs.Count - 1)].Path),
                new Message(e is UnauthorizedAccessException ? "RQ010" : "RQ011", []));
            for (var i = 0; i <= Math.Min(moved, outputs.Count - 1); i++)
            {
                if (File.Exists(replaced[i])) File.Move(replaced[i], outputs[i].Path, overwrite: true);
                else if (i < moved) File.Delete(outputs[i].Path);
            }
            return [];
        }
        finally
        {
            foreach (var leftover in temporaries.Concat(replaced).Where(File.Exists)) File.Delete(leftover);
        }
    }

    /// <summary>A file kept aside during a run: hidden, beside the target, named after it and the run (so the next run can remove it).</summary>
    private static string Aside(string path, string run, string suffix) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{run}.{suffix}");

    private static void RemoveLeftovers(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder)) return;
        foreach (var leftover in Directory.EnumerateFiles(folder, $".{Path.GetFileName(path)}.*.tmp")) File.Delete(leftover);
    }

    private static string Full(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
}
