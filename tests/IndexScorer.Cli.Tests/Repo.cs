namespace IndexScorer.Cli.Tests;

/// <summary>Paths inside the repository, found from the test's folder.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Sample2024 => Path.Combine(Root, "samples", "quan-minh-hoa-2024");

    public static string Approved(string name) => Path.Combine(Root, "tests", "IndexScorer.Cli.Tests", "Approved", name);

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "indexscorer-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IndexScorer.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("IndexScorer.sln not found above the test folder.");
    }
}
