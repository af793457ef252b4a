using System.Text;
using IndexScorer.Frameworks;
using IndexScorer.IO.Reports;
using IndexScorer.Results;

namespace IndexScorer.IO.Tests.Reports;

public class ResultsCsvWriterTests
{
    /// <summary>One unit with no points and a 3-point penalty: its total and index are negative.</summary>
    private static ScoredYear PenalisedUnit(string name)
    {
        var field = new CriterionSummary(CriterionCode.Parse("1"), "Lĩnh vực 1", 10m, SectionKind.Scored, PointSource.SelfAssessment, true);
        var penalty = new CriterionSummary(CriterionCode.Parse("D"), "Điểm trừ", 5m, SectionKind.Penalty, PointSource.SelfAssessment, true);
        var unit = new ScoredUnit("PB01", name, 1, false, "Yếu", -30m, 0m, 0m, 3m, 10m,
        [
            new CriterionResult(field, 0m, null, null, null, 0m, 10m, false, "", "", "", ""),
            new CriterionResult(penalty, 3m, null, null, null, 3m, 5m, false, "", "", "", ""),
        ]);
        var group = new ScoredGroup("PHONG", "Phòng chuyên môn", false, [field, penalty], [new ClassificationBand("Yếu", 0m)], [unit]);
        return new ScoredYear(2024, new FrameworkIdentity("khung", "Khung", "1", ""), [group]);
    }

    private static string[] Lines(ScoredYear year)
    {
        using var stream = new MemoryStream();
        ResultsCsvWriter.Write(stream, year);
        return Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Test]
    public void Write_NegativeTotalAndIndex_StayNumbers()
    {
        var row = Lines(PenalisedUnit("Phòng Nội vụ"))[1];

        Assert.That(row, Is.EqualTo("PHONG,PB01,Phòng Nội vụ,0,0,3,-3,10,-30,1,Yếu"));
    }

    [Test]
    public void Write_UnitNameStartingAFormula_IsEscapedAsText()
    {
        var row = Lines(PenalisedUnit("=HYPERLINK(\"http://x\")"))[1];

        Assert.That(row, Does.StartWith("PHONG,PB01,\"'=HYPERLINK(\"\"http://x\"\")\",0,"));
    }

    [Test]
    public void Write_File_StartsWithAByteOrderMark()
    {
        using var stream = new MemoryStream();

        ResultsCsvWriter.Write(stream, PenalisedUnit("Phòng Nội vụ"));

        Assert.That(stream.ToArray().Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
    }
}
