using IndexScorer.App.Analysis;
using IndexScorer.App.Campaigns;
using IndexScorer.App.Diagnostics;
using IndexScorer.App.Outputs;
using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.App.Tests.Analysis;

/// <summary>analyze end to end: on results.json alone, outputs all or none, the same seed the same bytes.</summary>
[TestFixture]
public sealed class AnalyzeRequestTests
{
    private static TempFolder _scored = null!;

    /// <summary>The sample's results.json alone, in a folder without the campaign.</summary>
    private static string ResultsJson => Path.Combine(_scored.Path, "alone", OutputFiles.ResultsJson);

    [OneTimeSetUp]
    public void ScoreTheSampleOnce()
    {
        _scored = new TempFolder();
        var scored = new ScoreRequest(Repo.SampleCampaign) { OutputFolder = _scored.File("score") }.Run();
        Assert.That(scored.Succeeded, Is.True, string.Join("\n", scored.Diagnostics.Show()));
        Directory.CreateDirectory(_scored.File("alone"));
        File.Copy(Path.Combine(_scored.File("score"), OutputFiles.ResultsJson), ResultsJson);
    }

    [OneTimeTearDown]
    public void RemoveTheScoredSample() => _scored.Dispose();

    [Test]
    public void Run_ResultsJsonAlone_WritesTheThreeOutputsBesideIt()
    {
        var run = new AnalyzeRequest(ResultsJson) { Samples = 200 }.Run();

        Assert.That(run.Succeeded, Is.True, string.Join("\n", run.Diagnostics.Show()));
        Assert.That(run.Written.Select(Path.GetFileName), Is.EqualTo(new[] { OutputFiles.AnalysisWorkbook, OutputFiles.AnalysisHtml, OutputFiles.AnalysisJson }));
        Assert.That(run.Written.Select(Path.GetDirectoryName), Is.All.EqualTo(Path.GetDirectoryName(ResultsJson)));
        // The offices' survey is redrawn from results.json alone; the wards have none (optional at ward level).
        Assert.That(run.Value!.Groups.Select(g => (g.Group.Code, g.Uncertainty.SurveyResampled > 0)), Is.EqualTo(new[] { ("PHONG", true), ("PHUONG", false) }));
    }

    [Test]
    public void Run_SameSeedTwice_ByteIdenticalJsonAndHtml()
    {
        using var output = new TempFolder();
        new AnalyzeRequest(ResultsJson) { Samples = 300, Seed = 11, AppraisalPoints = 0.25m, WeightPercent = 5m, OutputFolder = output.File("a") }.Run();
        new AnalyzeRequest(ResultsJson) { Samples = 300, Seed = 11, AppraisalPoints = 0.25m, WeightPercent = 5m, OutputFolder = output.File("b") }.Run();

        foreach (var name in new[] { OutputFiles.AnalysisJson, OutputFiles.AnalysisHtml })
            Assert.That(File.ReadAllBytes(output.File(Path.Combine("b", name))), Is.EqualTo(File.ReadAllBytes(output.File(Path.Combine("a", name)))), name);
    }

    [Test]
    public void Run_OtherSeed_OtherDrawsSameShape()
    {
        using var output = new TempFolder();
        var first = new AnalyzeRequest(ResultsJson) { Samples = 300, Seed = 1, OutputFolder = output.File("a") }.Run();
        var second = new AnalyzeRequest(ResultsJson) { Samples = 300, Seed = 2, OutputFolder = output.File("b") }.Run();

        Assert.That(File.ReadAllText(output.File(Path.Combine("b", OutputFiles.AnalysisJson))),
            Is.Not.EqualTo(File.ReadAllText(output.File(Path.Combine("a", OutputFiles.AnalysisJson)))));
        Assert.That(second.Value!.Groups.SelectMany(g => g.Uncertainty.Units).Select(u => u.MedianRank),
            Is.EqualTo(first.Value!.Groups.SelectMany(g => g.Uncertainty.Units).Select(u => u.MedianRank)).Within(1));
    }

    [Test]
    public void Run_EverySourceOff_EveryIntervalIsThePublishedRank()
    {
        using var output = new TempFolder();
        var run = new AnalyzeRequest(ResultsJson) { Samples = 50, ResampleSurvey = false, OutputFolder = output.Path }.Run();

        var units = run.Value!.Groups.SelectMany(g => g.Uncertainty.Units).ToArray();
        Assert.That(units.Select(u => (u.Low, u.MedianRank, u.High)), Is.EqualTo(units.Select(u => (u.NominalRank, u.NominalRank, u.NominalRank))));
    }

    [TestCase(0, "0", "0", "AN010", "--samples is 0; expected 1 to 100000 (default 1000)")]
    [TestCase(100, "-1", "0", "AN011", "--appraisal-points is -1; expected 0 points or more")]
    [TestCase(100, "0", "100", "AN012", "--weight-noise is 100%; expected 0 to under 100%")]
    public void Validate_FigureOutOfRange_SaysWhatIsExpected(int samples, string appraisal, string weights, string code, string message)
    {
        var request = new AnalyzeRequest(ResultsJson)
        {
            Samples = samples,
            AppraisalPoints = decimal.Parse(appraisal, System.Globalization.CultureInfo.InvariantCulture),
            WeightPercent = decimal.Parse(weights, System.Globalization.CultureInfo.InvariantCulture),
        };

        var diagnostic = request.Validate().Single();

        Assert.That((diagnostic.Code, DiagnosticText.Message(diagnostic, Language.English)), Is.EqualTo((code, message)));
    }

    [Test]
    public void Run_NoSuchYear_NothingWritten()
    {
        using var output = new TempFolder();
        var run = new AnalyzeRequest(Path.Combine(output.Path, "khong-co.json")) { OutputFolder = output.Path }.Run();

        Assert.That((run.Succeeded, run.Written.Count, run.Diagnostics.Single().Code, run.Diagnostics.Single().Severity), Is.EqualTo((false, 0, "CW043", Severity.Error)));
    }
}
