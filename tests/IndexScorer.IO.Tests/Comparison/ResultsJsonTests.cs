using IndexScorer.App.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Comparison;

namespace IndexScorer.IO.Tests.Comparison;

public class ResultsJsonTests
{
    [Test]
    public void WriteThenRead_SampleYear_EveryNumberAtFullPrecision()
    {
        using var temp = new TempFolder();
        var path = temp.File("results.json");
        var year = SampleYears.Year2024;
        ResultsJsonWriter.Write(path, year);
        var diagnostics = new DiagnosticBag();

        var back = ResultsJsonReader.Read(path, "results.json", diagnostics)!;

        Assert.That(diagnostics.Items, Is.Empty);
        var units = year.Groups.SelectMany(g => g.Units).ToArray();
        var backUnits = back.Groups.SelectMany(g => g.Units).ToArray();
        Assert.That(backUnits.Select(u => (u.Code, u.Rank, u.IndexPercent, u.Band)), Is.EqualTo(units.Select(u => (u.Code, u.Rank, u.IndexPercent, u.Band))));
        Assert.That(backUnits.SelectMany(u => u.Criteria), Is.EqualTo(units.SelectMany(u => u.Criteria)));
        Assert.That(File.ReadAllText(path), Does.Contain("\"indexPercent\": 87.83486553226219366445200391"));
    }

    [Test]
    public void Read_WrongTypeDeepInside_NamesFileAndJsonPath()
    {
        using var temp = new TempFolder();
        var path = temp.File("results.json");
        ResultsJsonWriter.Write(path, SampleYears.Year2024);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"indexPercent\": 87.83486553226219366445200391", "\"indexPercent\": \"87,83\""));
        var diagnostics = new DiagnosticBag();

        var year = ResultsJsonReader.Read(path, "results.json", diagnostics);

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
        var diagnostics = new DiagnosticBag();

        ResultsJsonReader.Read(path, "results.json", diagnostics);

        Assert.That(diagnostics.Items.Single().Code, Is.EqualTo("CW040"));
        Assert.That(diagnostics.Items.Single().Location!.Cell, Does.StartWith("2:"));
    }

    [Test]
    public void LoadYear_NeitherFolderNorJson_SaysWhatIsExpected()
    {
        var diagnostics = new DiagnosticBag();

        ScoredYears.Load("khong-co.txt", rescore: false, diagnostics, []);

        Assert.That(diagnostics.Items.Single().Show().Message, Is.EqualTo("đây không phải thư mục đợt đánh giá (có campaign.json) hay tệp results.json"));
    }
}
