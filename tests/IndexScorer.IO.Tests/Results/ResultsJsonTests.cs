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
        Assert.That(File.ReadAllText(SampleJson), Does.Contain("\"respondents\":{").And.Contain("\"appraisal2\":"));
    }

    [Test]
    public void Write_Sample_DeclaresFormatAndVersionAndKeepsFullPrecision()
    {
        var text = File.ReadAllText(SampleJson);

        Assert.That(text, Does.StartWith("{\"format\":\"indexscorer-results\",\"formatVersion\":4,"));
        Assert.That(text, Does.Contain("\"indexPercent\":87.83486553226219366445200391"));
        Assert.That(text, Does.Contain("Văn phòng HĐND và UBND quận"), "Vietnamese is written unescaped");
    }

    [Test]
    public void Write_Sample_TitlesAndMaximaOncePerGroupNotPerUnit()
    {
        var text = File.ReadAllText(SampleJson);
        var criteria = SampleReport.Vietnamese.Result.Groups.Sum(g => g.Criteria.Count);

        Assert.That(text.Split("\"title\":").Length - 1, Is.EqualTo(criteria));
        Assert.That(text.Split("\"max\":").Length - 1, Is.EqualTo(criteria));
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
        File.WriteAllText(path, File.ReadAllText(SampleJson).Replace("\"indexPercent\":87.83486553226219366445200391", "\"indexPercent\":\"87,83\""));

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
            "results.json › $.format: đây không phải results.json của indexscorer (định dạng 'indexscorer-results', phiên bản 1); cần định dạng 'indexscorer-results', phiên bản 4"));
    }

    [Test]
    public void Read_LaterVersionOfAnotherShape_RefusedAsAnotherVersion()
    {
        using var temp = new TempFolder();
        var path = temp.File("results.json");
        File.WriteAllText(path, """{ "format": "indexscorer-results", "formatVersion": 5, "groups": { "PHONG": [] } }""");

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
            group["units"]![0]!["nodes"]!.AsObject().Remove("final");
        });

        var (year, diagnostics) = Read(path);

        Assert.That(year, Is.Null);
        Assert.That(diagnostics.Items.Select(d => (d.Code, d.Location!.Cell)), Is.EquivalentTo(new[]
        {
            ("CW041", "$.groups[0].units[3].rank"),
            ("CW041", "$.groups[0].units[1].name"),
            ("CW044", "$.groups[0].criteria[2].code"),
            ("CW041", "$.groups[0].units[0].nodes.final"),
        }));
    }

    [Test]
    public void Read_Version3UnitResultsNotInTheTreesOrder_NamesUnitExpectedAndFound()
    {
        using var temp = new TempFolder();
        var path = Edited(temp, json =>
        {
            AsVersion3(json);
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
    public void Read_DetailsNotInTheTreesOrder_NamesUnitAndCode()
    {
        using var temp = new TempFolder();
        var path = Edited(temp, json =>
        {
            var details = json["groups"]![0]!["units"]![0]!["details"]!.AsArray();
            var first = details[0]!;
            details.RemoveAt(0);
            details.Insert(1, first);
        });

        var (year, diagnostics) = Read(path);

        Assert.That(year, Is.Null);
        Assert.That(diagnostics.Items.Select(d => d.Show().ToString()), Is.EqualTo(new[]
        {
            "results.json › $.groups[0].units[0].details[1].code: đơn vị PB01: '1.1.1' không phải tiêu chí của nhóm đứng sau tiêu chí nêu trước nó (các tiêu chí phải theo đúng thứ tự của nhóm); hãy dùng results.json do lệnh 'score' ghi",
        }));
    }

    [TestCase("final")]
    [TestCase("maxInUse")]
    public void Read_PointsNotOnePerNode_NamesTheArrayAndHowManyItNeeds(string member)
    {
        using var temp = new TempFolder();
        var path = Edited(temp, json => json["groups"]![0]!["units"]![2]!["nodes"]![member]!.AsArray().RemoveAt(0));
        var count = SampleReport.Vietnamese.Result.Groups[0].Criteria.Count;

        var (year, diagnostics) = Read(path);

        Assert.That(year, Is.Null);
        Assert.That(diagnostics.Items.Select(d => (d.Code, d.Location!.Cell, d.Show().ToString().EndsWith($"cần […] ({count})", StringComparison.Ordinal))),
            Is.EqualTo(new[] { ("CW041", $"$.groups[0].units[2].nodes.{member}", true) }));
    }

    [Test]
    public void Read_NotApplicableCodeNotInTheTree_NamesUnitAndCode()
    {
        using var temp = new TempFolder();
        var path = Edited(temp, json => json["groups"]![0]!["units"]![0]!["nodes"]!["notApplicable"] = new JsonArray("1.1", "9.9"));

        var (year, diagnostics) = Read(path);

        Assert.That(year, Is.Null);
        Assert.That(diagnostics.Items.Select(d => (d.Code, d.Location!.Cell)), Is.EqualTo(new[] { ("CW048", "$.groups[0].units[0].nodes.notApplicable[1]") }));
    }

    [Test]
    public void Write_Sample_NotApplicableNodesByCodeTheirPointsLikeEveryOther()
    {
        var written = SampleReport.Vietnamese.Result.Groups.SelectMany(g => g.Units).ToArray();
        var (back, _) = Read(SampleJson);

        var notApplicable = written.SelectMany(u => u.Criteria.Where(c => c.NotApplicable).Select(c => (u.Code, c.Criterion.Code.Value))).ToArray();
        Assert.That(notApplicable, Is.Not.Empty, "the sample has leaves that did not arise");
        Assert.That(back!.Groups.SelectMany(g => g.Units).SelectMany(u => u.Criteria.Where(c => c.NotApplicable).Select(c => (u.Code, c.Criterion.Code.Value))),
            Is.EqualTo(notApplicable));
        Assert.That(File.ReadAllText(SampleJson), Does.Contain("\"notApplicable\":[\""));
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
        Assert.That(File.ReadAllText(SampleJson), Does.Contain("\"options\":[").And.Contain("\"percent\":"));
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

    [Test]
    public void Read_WhatScoreWroteForTheSample_EveryLeafsProvenanceBack()
    {
        var written = SampleReport.Vietnamese.Result.Groups.SelectMany(g => g.Units).SelectMany(u => u.Criteria).Select(c => c.Sources).ToArray();

        var (back, _) = Read(SampleJson);

        var read = back!.Groups.SelectMany(g => g.Units).SelectMany(u => u.Criteria).Select(c => c.Sources).ToArray();
        Assert.That(written.Count(s => s.Round1 is not null && s.Inputs.Count > 0 && s.Self is not null), Is.GreaterThan(0), "the sample has form and appraisal cells");
        Assert.That(read, Is.EqualTo(written));
    }

    [Test]
    public void Write_Sample_ProvenanceFileAndSheetOncePerUnitCellsAsShortTexts()
    {
        var text = File.ReadAllText(SampleJson);
        var units = SampleReport.Vietnamese.Result.Groups.Sum(g => g.Units.Count);

        Assert.That(text.Split("\"sheets\":[").Length - 1, Is.EqualTo(units));
        Assert.That(text, Does.Contain("\"self\":\"G").And.Contain("\"round1\":\"1!"));
        Assert.That(text.Split("\"file\":").Length - 1, Is.LessThanOrEqualTo(2 * units));
    }

    [Test]
    public void Read_FormatVersion3_TheSameYear()
    {
        using var temp = new TempFolder();
        var path = Edited(temp, AsVersion3);

        var (year, diagnostics) = Read(path);
        var (current, _) = Read(SampleJson);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(File.ReadAllText(path), Does.Contain("\"formatVersion\":3").And.Contain("\"notApplicable\":false"));
        foreach (var (group, before) in year!.Groups.Zip(current!.Groups))
        {
            Assert.That(group.Units.Select(Scalars), Is.EqualTo(before.Units.Select(Scalars)));
            Assert.That(group.Units.SelectMany(u => u.Criteria), Is.EqualTo(before.Units.SelectMany(u => u.Criteria)));
            Assert.That(group.Units.SelectMany(Answers), Is.EqualTo(before.Units.SelectMany(Answers)));
        }
    }

    [Test]
    public void Read_FormatVersion2_TheSameYear()
    {
        using var temp = new TempFolder();
        var path = Edited(temp, AsVersion2);

        var (year, diagnostics) = Read(path);
        var (current, _) = Read(SampleJson);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(File.ReadAllText(path), Does.Contain("\"formatVersion\":2").And.Contain("\"cell\":\"G"));
        foreach (var (group, before) in year!.Groups.Zip(current!.Groups))
        {
            Assert.That(group.Units.Select(Scalars), Is.EqualTo(before.Units.Select(Scalars)));
            Assert.That(group.Units.SelectMany(u => u.Criteria), Is.EqualTo(before.Units.SelectMany(u => u.Criteria)));
        }
    }

    [Test]
    public void Read_PointsOnly_SamePlacesAndPointsWithoutTheDetails()
    {
        var diagnostics = new DiagnosticBag();

        var points = ResultsJsonReader.Read(SampleJson, "results.json", diagnostics, ResultsDetail.Points);
        var (all, _) = Read(SampleJson);

        Assert.That(diagnostics.Items, Is.Empty);
        foreach (var (group, whole) in points!.Groups.Zip(all!.Groups))
        {
            Assert.That(group.Units.Select(Scalars), Is.EqualTo(whole.Units.Select(Scalars)));
            Assert.That(group.Units.SelectMany(u => u.SurveyAnswers), Is.Empty);
            var nodes = group.Units.SelectMany(u => u.Criteria).ToArray();
            Assert.That(nodes.Select(c => (c.Criterion, c.FinalPoints, c.MaxInUse, c.NotApplicable)),
                Is.EqualTo(whole.Units.SelectMany(u => u.Criteria).Select(c => (c.Criterion, c.FinalPoints, c.MaxInUse, c.NotApplicable))));
            Assert.That(nodes.Select(c => (c.SelfPoints, c.Appraisal1, c.Appraisal2, c.SurveyPoints)), Is.All.EqualTo(((decimal?)null, (decimal?)null, (decimal?)null, (decimal?)null)));
            Assert.That(nodes.Select(c => (c.Sources.IsNone, c.Evidence, c.Note, c.AppraisalNote, c.Explanation)), Is.All.EqualTo((true, "", "", "", "")));
        }
    }

    [Test]
    public void Read_PointsOnly_PointsCheckedDetailsPassedOver()
    {
        using var temp = new TempFolder();
        var path = Edited(temp, json =>
        {
            json["groups"]![0]!["units"]![0]!["details"]![0]!["evidence"] = 5;
            json["groups"]![0]!["units"]![1]!["nodes"]!["final"]![2] = "2,5";
        });
        var points = new DiagnosticBag();

        ResultsJsonReader.Read(path, "results.json", points, ResultsDetail.Points);
        var all = Read(path).Diagnostics;

        Assert.That(points.Items.Select(d => (d.Code, d.Location!.Cell)), Is.EqualTo(new[] { ("CW041", "$.groups[0].units[1].nodes.final[2]") }));
        Assert.That(all.Items.Select(d => (d.Code, d.Location!.Cell)), Is.EqualTo(new[] { ("CW041", "$.groups[0].units[0].details[0].evidence") }),
            "reading everything stops at the first value of the wrong type");
    }

    [Test]
    public void Read_CellOnASheetTheUnitDoesNotList_NamesItsPath()
    {
        using var temp = new TempFolder();
        var path = Edited(temp, json => json["groups"]![0]!["units"]![0]!["details"]![0]!["sources"]!["self"] = "7!G10");

        var (year, diagnostics) = Read(path);

        Assert.That(year, Is.Null);
        Assert.That(diagnostics.Items.Select(d => (d.Code, d.Location!.Cell)), Is.EqualTo(new[] { ("CW041", "$.groups[0].units[0].details[0].sources.self") }));
    }

    [Test]
    public void Read_CellOfTheWrongType_NamesItsPath()
    {
        using var temp = new TempFolder();
        var path = Edited(temp, json => json["groups"]![0]!["units"]![0]!["details"]![0]!["sources"]!["inputs"] = new JsonArray(5));

        var (year, diagnostics) = Read(path);

        Assert.That(year, Is.Null);
        Assert.That(diagnostics.Items.Single().Show().ToString(), Is.EqualTo(
            "results.json › $.groups[0].units[0].details[0].sources.inputs[0]: thiếu '$.groups[0].units[0].details[0].sources.inputs[0]' hoặc sai kiểu; cần \"…\""));
    }

    [Test]
    public void Read_TextLongerThanTheReadingWindow_ReadWhole()
    {
        using var temp = new TempFolder();
        var evidence = string.Concat(Enumerable.Repeat("Văn bản số 103/BC ", 20_000));
        var path = Edited(temp, json => json["groups"]![0]!["units"]![0]!["details"]![0]!["evidence"] = evidence);

        var (year, diagnostics) = Read(path);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(year!.Groups[0].Units[0].Criteria.Single(c => c.Criterion.Code.Value == "1.1.1").Evidence, Is.EqualTo(evidence));
    }

    [Test]
    public void Read_SyntaxErrorFarIntoTheFile_NamesItsLine()
    {
        using var temp = new TempFolder();
        var path = temp.File("results.json");
        var lines = JsonNode.Parse(File.ReadAllText(SampleJson))!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }).Split('\n');
        var broken = lines.Length - 40;
        lines[broken] += " ,,";
        File.WriteAllLines(path, lines);

        var (_, diagnostics) = Read(path);

        Assert.That(diagnostics.Items.Single().Code, Is.EqualTo("CW040"));
        Assert.That(diagnostics.Items.Single().Location!.Cell, Does.StartWith($"{broken + 1}:"));
    }

    /// <summary>
    /// The sample's file as format version 3 wrote it: per unit one object per node of the tree, its points, details and
    /// N/A flag together, in place of <c>nodes</c> and <c>details</c>.
    /// </summary>
    private static void AsVersion3(JsonNode json)
    {
        json["formatVersion"] = 3;
        foreach (var group in json["groups"]!.AsArray())
        {
            var tree = group!["criteria"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).ToArray();
            foreach (var unit in group["units"]!.AsArray())
            {
                var points = unit!["nodes"]!;
                var details = (unit["details"]?.AsArray() ?? []).ToDictionary(d => d!["code"]!.GetValue<string>(), d => d!.AsObject());
                var notApplicable = (points["notApplicable"]?.AsArray() ?? []).Select(c => c!.GetValue<string>()).ToHashSet();
                var nodes = new JsonArray();
                for (var i = 0; i < tree.Length; i++)
                {
                    var node = new JsonObject { ["code"] = tree[i] };
                    foreach (var (name, value) in details.GetValueOrDefault(tree[i]) ?? []) if (name != "code") node[name] = value!.DeepClone();
                    node["final"] = points["final"]![i]!.DeepClone();
                    node["maxInUse"] = points["maxInUse"]![i]!.DeepClone();
                    node["notApplicable"] = notApplicable.Contains(tree[i]);
                    nodes.Add(node);
                }
                var obj = unit.AsObject();
                obj.Remove("nodes");
                obj.Remove("details");
                obj["criteria"] = nodes;
            }
        }
    }

    /// <summary>The sample's file as format version 2 wrote it: version 3, but every cell a whole place (file, sheet, cell) and no per-unit sheets.</summary>
    private static void AsVersion2(JsonNode json)
    {
        AsVersion3(json);
        json["formatVersion"] = 2;
        foreach (var unit in json["groups"]!.AsArray().SelectMany(g => g!["units"]!.AsArray()))
        {
            var sheets = unit!["sheets"]?.AsArray();
            unit.AsObject().Remove("sheets");
            JsonNode Place(JsonNode? text)
            {
                var cell = text!.GetValue<string>();
                var mark = cell.IndexOf('!', StringComparison.Ordinal);
                var sheet = sheets![mark < 0 ? 0 : int.Parse(cell[..mark], System.Globalization.CultureInfo.InvariantCulture)]!;
                return new JsonObject { ["file"] = sheet["file"]!.GetValue<string>(), ["sheet"] = sheet["sheet"]!.GetValue<string>(), ["cell"] = cell[(mark + 1)..] };
            }
            foreach (var node in unit["criteria"]!.AsArray())
            {
                if (node!["sources"] is not JsonObject sources) continue;
                foreach (var name in new[] { "self", "round1", "explanation", "round2" })
                {
                    if (sources[name] is { } cell) sources[name] = Place(cell);
                }
                sources["inputs"] = new JsonArray((sources["inputs"]?.AsArray() ?? []).Select(Place).ToArray());
            }
        }
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
