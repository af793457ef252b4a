using System.Text.Json.Nodes;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Results;
using IndexScorer.IO.Tests.Reports;
using IndexScorer.Results;

namespace IndexScorer.IO.Tests.Results;

public class ResultsJsonTests
{
    /// <summary>The results.json that <c>score</c> wrote for the shipped 2024 sample, beside the report.</summary>
    private static string SampleJson => Path.Combine(SampleReport.Vietnamese.Folder, IndexScorer.App.Outputs.OutputFiles.ResultsJson);

    private static (ScoredYear? Year, DiagnosticBag Diagnostics) Read(string path)
    {
        var diagnostics = new DiagnosticBag();
        return (ResultsJsonReader.Read(path, "results.json", diagnostics), diagnostics);
    }

    /// <summary>The sample's results.json, edited, in a temporary file.</summary>
    private static string Edited(TempFolder temp, Action<JsonNode> edit)
    {
        var json = JsonNode.Parse(File.ReadAllText(SampleJson))!;
        edit(json);
        var path = temp.File("results.json");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    [Test]
    public void Read_WhatScoreWroteForTheSample_IsTheSameModelEveryUnitEveryNodeEveryNumber()
    {
        var written = SampleReport.Vietnamese.Result;

        var (back, diagnostics) = Read(SampleJson);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That((back!.Year, back.Framework), Is.EqualTo((written.Year, written.Framework)));
        Assert.That(back.Groups.Select(g => (g.Code, g.Name, g.SurveyInUse)), Is.EqualTo(written.Groups.Select(g => (g.Code, g.Name, g.SurveyInUse))));
        foreach (var (group, before) in back.Groups.Zip(written.Groups))
        {
            Assert.That(group.Criteria, Is.EqualTo(before.Criteria));
            Assert.That(group.Bands, Is.EqualTo(before.Bands));
            Assert.That(group.Units.Select(Scalars), Is.EqualTo(before.Units.Select(Scalars)));
            Assert.That(group.Units.SelectMany(u => u.Criteria), Is.EqualTo(before.Units.SelectMany(u => u.Criteria)));
            Assert.That(group.Units.SelectMany(Answers), Is.EqualTo(before.Units.SelectMany(Answers)));
        }
    }

    [Test]
    public void Write_Sample_CarriesAppraisalRoundsNotesAndSurveyAnswers()
    {
        var units = SampleReport.Vietnamese.Result.Groups.SelectMany(g => g.Units).ToArray();

        Assert.That(units.SelectMany(u => u.Criteria).Count(c => c.Appraisal2 is not null && c.Explanation.Length > 0), Is.GreaterThan(0));
        Assert.That(SampleReport.Vietnamese.Result.FindGroup("PHONG")!.Units.Select(u => u.SurveyAnswers.Count), Is.All.GreaterThan(0));
        Assert.That(File.ReadAllText(SampleJson), Does.Contain("\"respondents\": {").And.Contain("\"appraisal2\": "));
    }

    [Test]
    public void Write_Sample_DeclaresFormatAndVersionAndKeepsFullPrecision()
    {
        var text = File.ReadAllText(SampleJson);

        Assert.That(text, Does.StartWith("{\n  \"format\": \"indexscorer-results\",\n  \"formatVersion\": 2,"));
        Assert.That(text, Does.Contain("\"indexPercent\": 87.83486553226219366445200391"));
        Assert.That(text, Does.Contain("Văn phòng HĐND và UBND quận"), "Vietnamese is written unescaped");
    }

    [Test]
    public void Write_Sample_TitlesAndMaximaOncePerGroupNotPerUnit()
    {
        var text = File.ReadAllText(SampleJson);
        var criteria = SampleReport.Vietnamese.Result.Groups.Sum(g => g.Criteria.Count);

        Assert.That(text.Split("\"title\": ").Length - 1, Is.EqualTo(criteria));
        Assert.That(text.Split("\"max\": ").Length - 1, Is.EqualTo(criteria));
    }

    [Test]
    public void Write_Sample_StreamsToTheOutputInChunks()
    {
        var stream = new CountingStream();

        ResultsJsonWriter.Write(stream, SampleReport.Vietnamese.Result);

        Assert.That(stream.Writes, Is.GreaterThan(2));
        Assert.That(stream.LargestWrite, Is.LessThan(stream.Length / 2), "no whole-file buffer");
        Assert.That(stream.Length, Is.EqualTo(new FileInfo(SampleJson).Length));
    }

    [Test]
    public void Read_WrongTypeDeepInside_NamesFileAndJsonPath()
    {
        using var temp = new TempFolder();
        var path = temp.File("results.json");
        File.WriteAllText(path, File.ReadAllText(SampleJson).Replace("\"indexPercent\": 87.83486553226219366445200391", "\"indexPercent\": \"87,83\""));

        var (year, diagnostics) = Read(path);

        Assert.That(year, Is.Null);
        Assert.That(diagnostics.Items.Single().Show().ToString(),
            Is.EqualTo("results.json › $.groups[0].units[0].indexPercent: thiếu '$.groups[0].units[0].indexPercent' hoặc sai kiểu; cần 12.5"));
    }

    [Test]
    public void Read_NotJson_NamesLineAndColumn()
    {
        using var temp = new TempFolder();
        var path = temp.File("results.json");
        File.WriteAllText(path, "{\n  \"format\": indexscorer\n}");

        var (_, diagnostics) = Read(path);

        Assert.That(diagnostics.Items.Single().Code, Is.EqualTo("CW040"));
        Assert.That(diagnostics.Items.Single().Location!.Cell, Does.StartWith("2:"));
    }

    [TestCase("", "CW040")]
    [TestCase("null", "CW041")]
    [TestCase("[1, 2]", "CW041")]
    [TestCase("{}", "CW041")]
    [TestCase("{ \"format\": \"indexscorer-results\", \"formatVersion\": \"2\" }", "CW041")]
    public void Read_NotAResultsFile_OnlyThatCode(string text, string code)
    {
        using var temp = new TempFolder();
        var path = temp.File("results.json");
        File.WriteAllText(path, text);

        var (year, diagnostics) = Read(path);

        Assert.That(year, Is.Null);
        Assert.That(diagnostics.Items.Select(d => d.Code).Distinct(), Is.EqualTo(new[] { code }));
    }

    [Test]
    public void Read_Version1_RefusedNamingBothVersions()
    {
        using var temp = new TempFolder();
        var path = Edited(temp, json => json["formatVersion"] = 1);

        var (year, diagnostics) = Read(path);

        Assert.That(year, Is.Null);
        Assert.That(diagnostics.Items.Single().Show().ToString(), Is.EqualTo(
            "results.json › $.format: đây không phải results.json của indexscorer (định dạng 'indexscorer-results', phiên bản 1); cần định dạng 'indexscorer-results', phiên bản 2"));
    }

    [Test]
    public void Read_LaterVersionOfAnotherShape_RefusedAsAnotherVersion()
    {
        using var temp = new TempFolder();
        var path = temp.File("results.json");
        File.WriteAllText(path, """{ "format": "indexscorer-results", "formatVersion": 3, "groups": { "PHONG": [] } }""");

        var (_, diagnostics) = Read(path);

        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { "CW042" }));
    }

    [Test]
    public void Read_MissingMembersBadRankAndBadCode_EveryProblemAtItsPath()
    {
        using var temp = new TempFolder();
        var path = Edited(temp, json =>
        {
            var group = json["groups"]![0]!;
            group["units"]![3]!["rank"] = 0;
            group["units"]![1]!.AsObject().Remove("name");
            group["criteria"]![2]!["code"] = "3..1";
            group["units"]![0]!["criteria"]![5]!.AsObject().Remove("final");
        });

        var (year, diagnostics) = Read(path);

        Assert.That(year, Is.Null);
        Assert.That(diagnostics.Items.Select(d => (d.Code, d.Location!.Cell)), Is.EquivalentTo(new[]
        {
            ("CW041", "$.groups[0].units[3].rank"),
            ("CW041", "$.groups[0].units[1].name"),
            ("CW044", "$.groups[0].criteria[2].code"),
            ("CW041", "$.groups[0].units[0].criteria[5].final"),
        }));
    }

    [Test]
    public void Read_UnitResultsNotInTheTreesOrder_NamesUnitExpectedAndFound()
    {
        using var temp = new TempFolder();
        var path = Edited(temp, json =>
        {
            var nodes = json["groups"]![0]!["units"]![0]!["criteria"]!.AsArray();
            var second = nodes[1]!;
            nodes.RemoveAt(1);
            nodes.Add(second);
        });

        var (_, diagnostics) = Read(path);

        var first = diagnostics.Items.First();
        Assert.That(first.Code, Is.EqualTo("CW046"));
        Assert.That(first.Show().ToString(), Is.EqualTo(
            "results.json › $.groups[0].units[0].criteria[1].code: kết quả của đơn vị PB01 phải theo đúng thứ tự các tiêu chí của nhóm: ở đây cần '1.1', tìm thấy '1.1.1'; hãy dùng results.json do lệnh 'score' ghi"));
    }

    [Test]
    public void Read_CriterionTwiceInTheTree_ReportsCW045()
    {
        using var temp = new TempFolder();
        var path = Edited(temp, json => json["groups"]![0]!["criteria"]![2]!["code"] = "1.1");

        var (_, diagnostics) = Read(path);

        Assert.That(diagnostics.Items.Select(d => (d.Code, d.Location!.Cell)), Does.Contain(("CW045", "$.groups[0].criteria[2].code")));
    }

    [Test]
    public void Write_Sample_SurveyLeavesCarryTheirOptionsAndWeights()
    {
        var (year, _) = Read(SampleJson);

        var survey = year!.Groups.SelectMany(g => g.Criteria).Where(c => c.IsLeaf && c.Source == IndexScorer.Frameworks.PointSource.Survey).ToArray();
        Assert.That(survey, Is.Not.Empty);
        Assert.That(survey.Select(c => c.SurveyOptions?.Count ?? 0), Is.All.GreaterThan(1));
        Assert.That(File.ReadAllText(SampleJson), Does.Contain("\"options\": [").And.Contain("\"percent\": "));
    }

    [Test]
    public void Read_FileWrittenBeforeOptionsWereRecorded_ReadableWithoutOptions()
    {
        using var temp = new TempFolder();
        var path = Edited(temp, json =>
        {
            foreach (var node in json["groups"]!.AsArray().SelectMany(g => g!["criteria"]!.AsArray())) node!.AsObject().Remove("options");
        });

        var (year, diagnostics) = Read(path);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(year!.Groups.SelectMany(g => g.Criteria).Select(c => c.SurveyOptions), Is.All.Null);
    }

    [Test]
    public void Read_OptionWithPercentAboveHundred_NamesItsPath()
    {
        using var temp = new TempFolder();
        var path = Edited(temp, json =>
        {
            var leaf = json["groups"]![0]!["criteria"]!.AsArray().First(c => c!["options"] is not null)!;
            leaf["options"]![1]!["percent"] = 120;
        });

        var (year, diagnostics) = Read(path);

        Assert.That(year, Is.Null);
        Assert.That(diagnostics.Items.Select(d => (d.Code, d.Location!.Cell)).First().Code, Is.EqualTo("CW041"));
        Assert.That(diagnostics.Items.First().Location!.Cell, Does.EndWith(".options[1].percent"));
    }

    private static object Scalars(ScoredUnit u) =>
        (u.Code, u.Name, u.Rank, u.IsTied, u.Band, u.IndexPercent, u.ScoredPoints, u.Bonus, u.Penalty, u.MaxInUse, u.TotalPoints);

    private static IEnumerable<(string Unit, string Leaf, string Option, decimal Respondents)> Answers(ScoredUnit u) =>
        u.SurveyAnswers.SelectMany(leaf => leaf.Value.Select(option => (u.Code, leaf.Key, option.Key, option.Value)));

    /// <summary>A write-only stream that counts what it is given.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            _length += buffer.Length;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
