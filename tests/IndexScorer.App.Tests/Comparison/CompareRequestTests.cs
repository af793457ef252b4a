using IndexScorer.App.Comparison;

namespace IndexScorer.App.Tests.Comparison;

/// <summary>compare reading its two results.json at once, one per core.</summary>
[TestFixture]
public sealed class CompareRequestTests
{
    [Test]
    public void Run_TwoBrokenResultsFiles_OlderYearsProblemsFirstEveryTime()
    {
        using var temp = new TestCampaign();
        var older = temp.PathOf("older.json");
        var newer = temp.PathOf("newer.json");
        // The older file is the larger one: read at once, it would finish last.
        File.WriteAllText(older, "{ \"format\": \"indexscorer-results\", \"formatVersion\": 3, \"year\": 2023, \"framework\": {}, \"groups\": ["
            + string.Join(", ", Enumerable.Repeat("{ \"code\": \"PHONG\" }", 2_000)) + "] }");
        File.WriteAllText(newer, "{ \"format\": \"indexscorer-results\", \"formatVersion\": 3 }");

        for (var run = 0; run < 5; run++)
        {
            var result = new CompareRequest(older, newer) { OutputFolder = temp.PathOf("out") }.Run();

            var files = result.Diagnostics.Select(d => d.Location!.File).ToArray();
            Assert.That(files.Distinct(), Is.EqualTo(new[] { older, newer }));
            Assert.That(files.SkipWhile(f => f == older), Is.All.EqualTo(newer));
            Assert.That(result.Diagnostics.Count(d => d.Location!.File == newer), Is.EqualTo(3), "year, framework, groups");
        }
    }
}
