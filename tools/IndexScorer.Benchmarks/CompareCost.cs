using System.Diagnostics;
using System.Globalization;
using IndexScorer.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Comparison;
using IndexScorer.IO.Results;
using IndexScorer.Text;

namespace IndexScorer.Benchmarks;

/// <summary>
/// Where <c>compare</c> of two results.json goes, in one process: reading each file, comparing, writing compare.xlsx and
/// compare.csv (seconds, bytes allocated and the managed heap after each step).
/// </summary>
internal static class CompareCost
{
    public static void Run(string olderJson, string newerJson, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        var diagnostics = new DiagnosticBag();
        var older = Measure("read older", () => ResultsJsonReader.Read(olderJson, Path.GetFileName(olderJson), diagnostics, ResultsDetail.Points))
            ?? throw new InvalidOperationException($"{olderJson} does not read.");
        var newer = Measure("read newer", () => ResultsJsonReader.Read(newerJson, Path.GetFileName(newerJson), diagnostics, ResultsDetail.Points))
            ?? throw new InvalidOperationException($"{newerJson} does not read.");
        var comparison = Measure("compare", () => YearComparer.Compare(older, newer, Crosswalk.Empty, diagnostics));
        Measure("write compare.xlsx", () =>
        {
            CompareWorkbookWriter.Write(Path.Combine(outputFolder, "compare.xlsx"), comparison, Language.Vietnamese, null, []);
            return 0;
        });
        Measure("write compare.csv", () =>
        {
            CompareCsvWriter.Write(Path.Combine(outputFolder, "compare.csv"), comparison);
            return 0;
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"));
    }

    /// <summary>Reads a results.json for the points again and again in one process: the first read is cold, the rest warm.</summary>
    public static void Read(string resultsJson, int runs)
    {
        for (var run = 1; run <= runs; run++)
        {
            var diagnostics = new DiagnosticBag();
            _ = Measure($"read {run}", () => ResultsJsonReader.Read(resultsJson, Path.GetFileName(resultsJson), diagnostics, ResultsDetail.Points))
                ?? throw new InvalidOperationException($"{resultsJson} does not read.");
        }
    }

    /// <summary>Reads a results.json (of any version still read) and writes it again in the current version.</summary>
    public static void Rewrite(string resultsJson, string copy)
    {
        var diagnostics = new DiagnosticBag();
        var year = Measure("read", () => ResultsJsonReader.Read(resultsJson, Path.GetFileName(resultsJson), diagnostics))
            ?? throw new InvalidOperationException($"{resultsJson} does not read.");
        Measure("write", () =>
        {
            ResultsJsonWriter.Write(copy, year);
            return 0;
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{new FileInfo(resultsJson).Length / 1048576.0:0.0} MB → {new FileInfo(copy).Length / 1048576.0:0.0} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"));
    }

    private static T Measure<T>(string name, Func<T> step)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var process = Process.GetCurrentProcess();
        var processor = process.TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        var collections = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        var value = step();
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        // On a machine others share, the processor time tells what the wall time would be alone.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-20} {seconds,7:0.00} s wall {(process.TotalProcessorTime - processor).TotalSeconds,6:0.00} s processor {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,9:0} MB allocated {GC.GetTotalMemory(forceFullCollection: false) / 1048576.0,7:0} MB heap {GC.CollectionCount(0) - collections,4} GCs paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.00} s"));
        return value;
    }
}
