using IndexScorer.App.Comparison;
using IndexScorer.Diagnostics;

namespace IndexScorer.App.Tests.Comparison;

/// <summary>Where a scored year comes from: a results.json, a campaign folder's results, or the folder scored again.</summary>
[TestFixture]
public sealed class ScoredYearsTests
{
    [Test]
    public void Load_NeitherFolderNorJson_SaysWhatIsExpected()
    {
        var diagnostics = new DiagnosticBag();

        var year = ScoredYears.Load("khong-co.txt", rescore: false, diagnostics, []);

        Assert.That(year, Is.Null);
        Assert.That(diagnostics.Items.Single().Show().ToString(), Is.EqualTo("khong-co.txt: đây không phải thư mục đợt đánh giá (có campaign.json) hay tệp results.json"));
    }

    [Test]
    public void Load_FolderWhoseResultsAreOfAnEarlierVersion_ScoredAgainWithAWarning()
    {
        using var campaign = new TestCampaign();
        Directory.CreateDirectory(campaign.PathOf("output"));
        File.WriteAllText(campaign.PathOf(Path.Combine("output", "results.json")), """{ "format": "indexscorer-results", "formatVersion": 1 }""");
        var diagnostics = new DiagnosticBag();

        var year = ScoredYears.Load(campaign.Folder, rescore: false, diagnostics, []);

        Assert.That(year, Is.Not.Null);
        Assert.That(diagnostics.Items.Select(d => (d.Code, d.Severity)), Is.EqualTo(new[] { ("CW047", Severity.Warning) }));
    }
}
