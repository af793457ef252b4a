namespace IndexScorer.App.Tests;

/// <summary>The library packages' README shows the example that the solution compiles, word for word.</summary>
public sealed class LibraryExampleTests
{
    [Test]
    public void Docs_LibraryMd_ShowsTheCompiledExample()
    {
        var root = Repo.Root;
        var readme = File.ReadAllText(Path.Combine(root, "docs", "library.md")).Replace("\r\n", "\n");
        var example = File.ReadAllText(Path.Combine(root, "docs", "examples", "ScoreCampaign", "Program.cs")).Replace("\r\n", "\n");

        Assert.That(readme, Does.Contain("```csharp\n" + example + "```\n"));
    }
}
