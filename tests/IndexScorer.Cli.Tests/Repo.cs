namespace IndexScorer.Cli.Tests;

/// <summary>Paths inside the repository, found from the test's folder.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Sample2024 => Path.Combine(Root, "samples", "quan-minh-hoa-2024");

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "indexscorer-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// A copy of the 2024 sample (without outputs) in a temp folder, its framework named by absolute path;
    /// <paramref name="withForms"/> false leaves the forms folder out.
    /// </summary>
    public static string CopyOfSample(bool withForms = true, string? sample = null)
    {
        var target = TempFolder();
        var source = sample is null ? Sample2024 : Path.Combine(Root, "samples", sample);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("output", StringComparison.Ordinal) || (!withForms && relative.StartsWith("forms", StringComparison.Ordinal))) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
        // The campaign reads its framework from a frameworks/ folder of its own (never from outside it).
        Directory.CreateDirectory(Path.Combine(target, "frameworks"));
        File.Copy(Path.Combine(Root, "frameworks", "hanoi-quan-2024.xlsx"), Path.Combine(target, "frameworks", "hanoi-quan-2024.xlsx"));
        return target;
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
