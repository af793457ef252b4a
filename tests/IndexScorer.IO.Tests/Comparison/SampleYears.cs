using IndexScorer.App.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Comparison;
using IndexScorer.Results;

namespace IndexScorer.IO.Tests.Comparison;

/// <summary>The two sample campaigns (2023, 2024), their frameworks and the shipped crosswalk; each year scored once per run.</summary>
internal static class SampleYears
{
    public static string Folder2023 => Path.Combine(Repo.Root, "samples", "quan-minh-hoa-2023");

    public static string Folder2024 => Path.Combine(Repo.Root, "samples", "quan-minh-hoa-2024");

    public static string CrosswalkPath => Path.Combine(Folder2023, "crosswalk-2023-2024.csv");

    public static string Framework(int year) => Path.Combine(Repo.Root, "frameworks", $"hanoi-quan-{year}.xlsx");

    private static readonly Lazy<ScoredYear> Scored2023 = new(() => Load(Folder2023));
    private static readonly Lazy<ScoredYear> Scored2024 = new(() => Load(Folder2024));

    public static ScoredYear Year2023 => Scored2023.Value;

    public static ScoredYear Year2024 => Scored2024.Value;

    private static ScoredYear Load(string folder)
    {
        var diagnostics = new DiagnosticBag();
        return ScoredYears.Load(folder, rescore: true, diagnostics, []) ?? throw new AssertionException(string.Join("\n", diagnostics.Items.Show()));
    }
}
