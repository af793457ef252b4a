using System.Diagnostics;

namespace IndexScorer.IO.Tests;

/// <summary>
/// Runs LibreOffice headless as an independent spreadsheet client: converts many workbooks to .xlsx in one
/// call with a fresh profile that forces a full recalculation on load, so the converted files carry
/// LibreOffice's own results as cached values.
/// </summary>
internal static class LibreOffice
{
    public const string InstallCommand =
        "apt-get update && apt-get install -y --no-install-recommends libreoffice-calc poppler-utils fonts-dejavu-core";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    // OOXMLRecalcMode/ODFRecalcMode 0 = always recalculate on load (1 = never, 2 = ask).
    private const string RecalculateOnLoad = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """;

    /// <summary>The soffice executable on the PATH, or null.</summary>
    public static string? Executable()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            var candidate = Path.Combine(dir, "soffice");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>
    /// Returns soffice; when it is missing, fails the test in CI (CI=true) and ignores it elsewhere, naming the install command.
    /// </summary>
    public static string RequireExecutable()
    {
        if (Executable() is { } soffice) return soffice;
        var message = $"LibreOffice (soffice) is not installed; install it with: {InstallCommand}";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) Assert.Fail(message);
        Assert.Ignore(message);
        return string.Empty;
    }

    /// <summary>
    /// Converts every file to .xlsx in <paramref name="outputFolder"/> (same file names), recalculating every formula; in
    /// batches, each given the whole timeout, so a long list on a busy machine does not run out of time.
    /// </summary>
    public static void ConvertToXlsx(IReadOnlyList<string> files, string outputFolder)
    {
        foreach (var batch in files.Chunk(BatchSize)) ConvertBatch(batch, outputFolder);
    }

    private const int BatchSize = 40;

    private static void ConvertBatch(IReadOnlyList<string> files, string outputFolder)
    {
        var soffice = RequireExecutable();
        var profile = Directory.CreateTempSubdirectory("lo-profile-");
        try
        {
            Directory.CreateDirectory(Path.Combine(profile.FullName, "user"));
            File.WriteAllText(Path.Combine(profile.FullName, "user", "registrymodifications.xcu"), RecalculateOnLoad);
            Directory.CreateDirectory(outputFolder);
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
                     {
                         $"-env:UserInstallation={new Uri(profile.FullName + Path.DirectorySeparatorChar).AbsoluteUri}",
                         "--headless", "--norestore", "--nologo", "--convert-to", "xlsx", "--outdir", outputFolder,
                     })
                start.ArgumentList.Add(argument);
            foreach (var file in files) start.ArgumentList.Add(file);

            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"soffice did not finish converting {files.Count} files within {Timeout.TotalSeconds} s");
            }
            var missing = files.Where(f => !File.Exists(Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(f) + ".xlsx"))).ToList();
            Assert.That(missing, Is.Empty,
                $"soffice exited with {process.ExitCode} without converting every file.\n{output.Result}\n{error.Result}");
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
