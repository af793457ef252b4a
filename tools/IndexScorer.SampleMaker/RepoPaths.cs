namespace IndexScorer.SampleMaker;

/// <summary>Finds the repository: the nearest folder, upwards from the current directory, that holds IndexScorer.sln.</summary>
internal static class RepoPaths
{
    public const string SolutionFile = "IndexScorer.sln";

    public static string? FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
            }
        }
        return null;
    }
}
