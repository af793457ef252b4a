using System.Diagnostics;
using System.Globalization;

namespace IndexScorer.Benchmarks;

/// <summary>One measured run of a whole process: wall time and peak resident memory (read from /proc while it runs).</summary>
internal sealed record ProcessRun(TimeSpan Elapsed, long PeakBytes, int ExitCode)
{
    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>, its output discarded, and measures it.</summary>
    public static ProcessRun Dotnet(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long peak = 0;
        while (!process.WaitForExit(20)) peak = Math.Max(peak, PeakResident(process.Id));
        watch.Stop();
        return new ProcessRun(watch.Elapsed, peak, process.ExitCode);
    }

    /// <summary>VmHWM, the peak resident set so far, of a running process; 0 once it is gone.</summary>
    private static long PeakResident(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
