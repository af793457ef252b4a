using System.Text.Json;
using IndexScorer.App.Appraisal;
using IndexScorer.App.Campaigns;
using IndexScorer.IO.Forms;
using static IndexScorer.IO.Appraisal.AppraisalColumns;

namespace IndexScorer.App.Tests.Appraisal;

/// <summary>results.json says where every value of a leaf came from: any number traced to a cell.</summary>
[TestFixture]
public sealed class ProvenanceTests
{
    [Test]
    public void ResultsJson_AppraisedLeaf_TracesInputsSelfRound1ExplanationAndRound2ToTheirCells()
    {
        using var campaign = new TestCampaign();
        new AppraisalRequest(campaign.Folder).Run();
        var council = campaign.PathOf(Path.Combine("appraisal", AppraisalRequest.CouncilFile));
        AppraisalFile.Type(council, "PH01", "3.2.1", (Round1, 1.125m), (Round1Note, "Thiếu hồ sơ"), (Explanation, "Đã bổ sung"), (Round2, 1.5m));
        var run = new ScoreRequest(campaign.Folder) { OutputFolder = campaign.PathOf("out") }.Run();
        Assert.That(run.Succeeded, string.Join("\n", run.Diagnostics.Select(run.Render)));

        using var json = JsonDocument.Parse(File.ReadAllBytes(campaign.PathOf(Path.Combine("out", "results.json"))));
        var unit = json.RootElement.GetProperty("groups")[0].GetProperty("units").EnumerateArray().Single(u => u.GetProperty("code").GetString() == "PH01");
        var leaf = unit.GetProperty("details").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "3.2.1");
        var tree = json.RootElement.GetProperty("groups")[0].GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        var final = unit.GetProperty("nodes").GetProperty("final")[tree.IndexOf("3.2.1")].GetDecimal();
        var sources = leaf.GetProperty("sources");
        var sheets = unit.GetProperty("sheets").EnumerateArray().ToArray();
        // A cell is written against the unit's sheets: "E11" on the first, "1!H5" on the second.
        string Place(JsonElement p)
        {
            var text = p.GetString()!;
            var mark = text.IndexOf('!', StringComparison.Ordinal);
            var sheet = sheets[mark < 0 ? 0 : int.Parse(text[..mark], System.Globalization.CultureInfo.InvariantCulture)];
            return $"{sheet.GetProperty("file").GetString()} › {sheet.GetProperty("sheet").GetString()} › {text[(mark + 1)..]}";
        }
        string Council(int column) => AppraisalFile.At(campaign.Folder, council, "PH01", "3.2.1", column);

        Assert.That(final, Is.EqualTo(1.5m));
        Assert.That(leaf.GetProperty("appraisal2").GetDecimal(), Is.EqualTo(1.5m));
        Assert.That(sources.GetProperty("inputs").EnumerateArray().Select(Place), Is.EqualTo(new[] { TestCampaign.AtInput("PH01", "3.2.1", 0), TestCampaign.AtInput("PH01", "3.2.1", 1) }));
        Assert.That(Place(sources.GetProperty("self")), Is.EqualTo(TestCampaign.At("PH01", "3.2.1", FormColumns.SelfPoints)));
        Assert.That(Place(sources.GetProperty("round1")), Is.EqualTo(Council(Round1)));
        Assert.That(Place(sources.GetProperty("explanation")), Is.EqualTo(Council(Explanation)));
        Assert.That(Place(sources.GetProperty("round2")), Is.EqualTo(Council(Round2)));
    }

    [Test]
    public void ResultsJson_LeafNotAppraised_HasNoCouncilPlace()
    {
        using var campaign = new TestCampaign();
        var run = new ScoreRequest(campaign.Folder) { OutputFolder = campaign.PathOf("out") }.Run();
        var leaf = run.Value!.Groups[0].Units[0].Criteria.Single(c => c.Criterion.Code.Value == "3.3");

        Assert.That((leaf.Sources.Round1, leaf.Sources.Explanation, leaf.Sources.Round2, leaf.Sources.Inputs.Count), Is.EqualTo(((object?)null, (object?)null, (object?)null, 1)));
    }
}
