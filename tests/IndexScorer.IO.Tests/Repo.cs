using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.IO.Frameworks;

namespace IndexScorer.IO.Tests;

/// <summary>Paths into the repository and the shipped framework, loaded once.</summary>
internal static class Repo
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IndexScorer.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("IndexScorer.sln not found above the test directory.");
    });

    private static readonly Lazy<Framework> Shipped = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        return FrameworkWorkbookReader.Read(FrameworkPath, FrameworkFile, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items.Show()));
    });

    /// <summary>The shipped framework's file name.</summary>
    public const string FrameworkFile = "hanoi-quan-2024.xlsx";

    /// <summary>The repository root.</summary>
    public static string Root => RootPath.Value;

    /// <summary>frameworks/hanoi-quan-2024.xlsx.</summary>
    public static string FrameworkPath => Path.Combine(Root, "frameworks", FrameworkFile);

    /// <summary>samples/quan-minh-hoa-2024.</summary>
    public static string SampleCampaign => Path.Combine(Root, "samples", "quan-minh-hoa-2024");

    /// <summary>The shipped 2024 framework (read-only; shared by tests).</summary>
    public static Framework Framework => Shipped.Value;
}
