using System.Diagnostics;

namespace IndexScorer.IO.Tests.Reports;

/// <summary>Finds and runs the programs the rendering tests use (LibreOffice, poppler, Chromium).</summary>
internal static class ExternalTool
{
    /// <summary>True when the tests run in CI, where a missing tool is a failure rather than a skip.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first of <paramref name="names"/> found on the PATH, or null.</summary>
    public static string? Find(params string[] names)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return names.SelectMany(n => folders.Select(f => Path.Combine(f, n))).FirstOrDefault(File.Exists);
    }

    /// <summary>Fails in CI, ignores the test elsewhere, when a tool is missing.</summary>
    public static string Require(string install, bool failInCi, params string[] names)
    {
        var path = Find(names);
        if (path is not null) return path;
        if (failInCi && InCi) Assert.Fail($"{names[0]} is missing: the CI script must install it ({install}).");
        Assert.Ignore($"{names[0]} is not installed: {install}");
        return string.Empty;
    }

    /// <summary>Runs a program to its end (at most <paramref name="timeout"/>); returns the exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Run(string program, string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(program)} did not finish within {timeout}.");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
