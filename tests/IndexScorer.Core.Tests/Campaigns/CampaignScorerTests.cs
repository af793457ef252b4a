using IndexScorer.Campaigns;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Results;
using IndexScorer.Scoring;
using IndexScorer.Text;
using IndexScorer.Units;

namespace IndexScorer.Core.Tests.Campaigns;

public class CampaignScorerTests
{
    private static readonly SourceLocation Roster = new("danh-sach.xlsx", "Đơn vị");

    /// <summary>Wards: field 1 levels (7), field 2 survey (3); the survey is as given.</summary>
    private static Framework Wards(string survey) => new FrameworkBuilder()
        .Group("PHUONG", g => g
            .Survey(survey)
            .Row("1", "7", "mức: Tốt = 7; Đạt = 3,5; Không = 0")
            .Row("2", "3", "khảo sát: A = 100%; B = 60%; C = 20%; D = 0%", source: "ĐTXHH"))
        .CompileValid();

    private static Unit Ward(string code) => Some.Unit(code, "Phường " + code, "PHUONG");

    private static RosterEntry[] RosterOf(params string[] codes) =>
        codes.Select((c, i) => new RosterEntry(Ward(c), Roster.WithCell("A" + (i + 2)))).ToArray();

    private static UnitSubmission Form(string code, string level) => new FormBuilder(Ward(code)).Leaf("1", level).Build();

    private static SurveyResponse Answer(string unit, string option, string respondents) =>
        new(unit, "2", option, respondents, new SourceLocation("dieu-tra.csv", Line: 2), (line, field) => line with { Cell = "ABCD"[field].ToString() });

    private static (ScoredYear? Result, DiagnosticBag Diagnostics) Score(
        Framework framework, RosterEntry[] roster, UnitSubmission[] forms, params SurveyResponse[] survey)
    {
        var diagnostics = new DiagnosticBag();
        return (CampaignScorer.Score(framework, 2024, roster, forms, survey, diagnostics), diagnostics);
    }

    [Test]
    public void Score_OptionalSurveyWithoutAnswers_IndexIsRescaledOverTheNonSurveyMaximum()
    {
        var (result, _) = Score(Wards("Không bắt buộc"), RosterOf("PD"), [Form("PD", "Đạt")]);

        Assert.That(result!.Groups.Single().Units.Single().IndexPercent, Is.EqualTo(50m));
    }

    [Test]
    public void Score_OptionalSurveyWithoutAnswers_GroupIsMarkedSurveyNotInUse()
    {
        var (result, _) = Score(Wards("Không bắt buộc"), RosterOf("PD"), [Form("PD", "Đạt")]);

        Assert.That(result!.Groups.Single().SurveyInUse, Is.False);
    }

    [Test]
    public void Score_RequiredSurveyWithoutAnswers_ReportsCP014()
    {
        var (result, diagnostics) = Score(Wards("Bắt buộc"), RosterOf("PD"), [Form("PD", "Đạt")]);

        Assert.That(result, Is.Null);
        Assert.That(diagnostics.Items.Select(d => d.Code), Does.Contain("CP014"));
    }

    [Test]
    public void Score_SurveyAnswers_AreSummedPerOptionAndCounted()
    {
        var (result, _) = Score(Wards("Bắt buộc"), RosterOf("PD"), [Form("PD", "Đạt")],
            Answer("PD", "A", "1"), Answer("PD", "b", "1"), Answer("PD", "A", "2"));

        Assert.That(result!.Groups.Single().Units.Single().IndexPercent, Is.EqualTo(100m * (3.5m + 3m * 360m / 400m) / 10m));
    }

    [Test]
    public void Score_SurveyAnswers_AreKeptPerLeafInTheRulesOptionOrder()
    {
        var (result, _) = Score(Wards("Bắt buộc"), RosterOf("PD"), [Form("PD", "Đạt")],
            Answer("PD", "C", "4"), Answer("PD", "b", "1"), Answer("PD", "A", "2"));

        var answers = result!.Groups.Single().Units.Single().SurveyAnswers;

        Assert.That(answers.Keys, Is.EqualTo(new[] { "2" }));
        Assert.That(answers["2"], Is.EqualTo(new Dictionary<string, decimal> { ["A"] = 2m, ["B"] = 1m, ["C"] = 4m }));
        Assert.That(answers["2"].Keys, Is.EqualTo(new[] { "A", "B", "C" }));
    }

    [Test]
    public void Score_Unit_HasEveryNodesValuesInTheGroupsTreeOrder()
    {
        var (result, _) = Score(Wards("Bắt buộc"), RosterOf("PD"), [Form("PD", "Đạt")], Answer("PD", "A", "3"), Answer("PD", "B", "1"));

        var group = result!.Groups.Single();
        var unit = group.Units.Single();
        Assert.That(unit.Criteria.Select(c => c.Criterion), Is.EqualTo(group.Criteria));
        Assert.That(unit.Criteria.Select(c => (c.SelfPoints, c.SurveyPoints, c.FinalPoints, c.MaxInUse)),
            Is.EqualTo(new (decimal?, decimal?, decimal, decimal)[] { (3.5m, null, 3.5m, 7m), (null, 2.7m, 2.7m, 3m) }));
        Assert.That((unit.ScoredPoints, unit.TotalPoints, unit.MaxInUse), Is.EqualTo((6.2m, 6.2m, 10m)));
    }

    [Test]
    public void Score_SurveyOptionNotInTheRule_ReportsCP012()
    {
        var (_, diagnostics) = Score(Wards("Bắt buộc"), RosterOf("PD"), [Form("PD", "Đạt")], Answer("PD", "E", "1"));

        Assert.That(diagnostics.Items.Select(d => d.Code), Does.Contain("CP012"));
    }

    [Test]
    public void Score_SeveralUnits_AreRankedWithinTheirGroup()
    {
        var (result, _) = Score(Wards("Không bắt buộc"), RosterOf("A", "B", "C"), [Form("A", "Đạt"), Form("B", "Tốt"), Form("C", "Đạt")]);

        Assert.That(result!.Groups.Single().Units.Select(u => (u.Code, u.Rank)), Is.EqualTo(new[] { ("B", 1), ("A", 2), ("C", 2) }));
    }

    [Test]
    public void Score_UnitOnRosterWithoutForm_ReportsCP005AtTheRosterCell()
    {
        var (_, diagnostics) = Score(Wards("Không bắt buộc"), RosterOf("A", "B"), [Form("A", "Đạt")]);

        Assert.That(diagnostics.Items.Single(d => d.Code == "CP005").Location, Is.EqualTo(Roster.WithCell("A3")));
    }

    [Test]
    public void Score_FormOfUnitNotOnRoster_ReportsCP003()
    {
        var (_, diagnostics) = Score(Wards("Không bắt buộc"), RosterOf("A"), [Form("A", "Đạt"), Form("Z", "Đạt")]);

        Assert.That(diagnostics.Items.Select(d => d.Code), Is.EqualTo(new[] { "CP003" }));
    }
}
