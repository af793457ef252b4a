using IndexScorer.Campaigns;
using IndexScorer.Diagnostics;
using IndexScorer.Results;
using IndexScorer.Scoring;
using IndexScorer.Text;
using IndexScorer.Units;

namespace IndexScorer.Core.Tests.Analysis;

/// <summary>
/// Wards scored through the real scorer for the simulation tests. Scale 10: field 1 (7) = levels Tốt 7 / Đạt 3,5 / Không 0,
/// self-assessed and appraised; field 2 (3) = survey A 100%, B 60%, C 20%, D 0%. Bands Tốt ≥ 80, Khá ≥ 50, Yếu.
/// </summary>
internal static class Simulated
{
    /// <summary>One ward: its level on field 1, an optional appraised score, and its respondents per option A–D.</summary>
    public sealed record Ward(string Code, string Level, int A, int B, int C, int D, string? Appraised = null);

    public static ScoredGroup Wards(params Ward[] wards)
    {
        var framework = new FrameworkBuilder()
            .Band("Tốt", "80")
            .Band("Khá", "50")
            .Band("Yếu", "0")
            .Group("PHUONG", g => g
                .Row("1", "7", "mức: Tốt = 7; Đạt = 3,5; Không = 0")
                .Row("2", "3", "khảo sát: A = 100%; B = 60%; C = 20%; D = 0%", source: "ĐTXHH"))
            .CompileValid();
        var roster = wards.Select((w, i) => new RosterEntry(Unit(w.Code), new SourceLocation("danh-sach.csv", null, "dòng " + (i + 2)))).ToArray();
        var forms = wards.Select(w => new FormBuilder(Unit(w.Code)).Entry("1", [w.Level], appraisal1: w.Appraised ?? "").Build()).ToArray();
        var survey = wards.SelectMany(w => new[] { ("A", w.A), ("B", w.B), ("C", w.C), ("D", w.D) }
            .Where(x => x.Item2 > 0)
            .Select(x => new SurveyResponse(w.Code, "2", x.Item1, x.Item2.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new SourceLocation("dieu-tra.csv", Line: 2), (line, field) => line with { Cell = "ABCD"[field].ToString() })))
            .ToArray();
        var diagnostics = new DiagnosticBag();
        var result = CampaignScorer.Score(framework, 2024, roster, forms, survey, diagnostics)
            ?? throw new AssertionException("Scoring failed:\n" + string.Join("\n", diagnostics.Items));
        return result.Groups.Single();
    }

    private static Unit Unit(string code) => Some.Unit(code, "Phường " + code, "PHUONG");
}
