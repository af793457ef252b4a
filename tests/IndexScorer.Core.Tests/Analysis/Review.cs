using IndexScorer.Campaigns;
using IndexScorer.Diagnostics;
using IndexScorer.Results;
using IndexScorer.Units;

namespace IndexScorer.Core.Tests.Analysis;

/// <summary>
/// A scored group of three offices for the analysis tests. Scale 10: field 1 (6) = 1.1 yes/no (2) + 1.2 levels
/// (Tốt 4, Khá 3); field 2 (4) = 2.1 levels (Tốt 4, Khá 3); penalty D (3) = D.1, 0.5 per case.
/// <list type="bullet">
/// <item>A: everything full, 10 points: field 1 100%, field 2 100%.</item>
/// <item>B: 1.1 Có appraised 0, 1.2 Khá, 2.1 Tốt appraised 1: 4 points (losses 2.1 → 3, 1.1 → 2, 1.2 → 1): 50%, 25%.</item>
/// <item>C: 1.1 Không, 1.2 Tốt, 2.1 Kém, no case declared but a 0.5 penalty appraised: 3.5 points: 66.67%, 0%.</item>
/// </list>
/// Field averages: 1 → 72.22%, 2 → 41.67%.
/// </summary>
internal static class Review
{
    public static ScoredGroup Offices()
    {
        var framework = new FrameworkBuilder()
            .Group("PHONG", g => g
                .Row("1", "6")
                .Row("1.1", "2", "có/không")
                .Row("1.2", "4", "mức: Tốt = 4; Khá = 3; Kém = 0")
                .Row("2", "4")
                .Row("2.1", "4", "mức: Tốt = 4; Khá = 3; Kém = 0")
                .Row("D", "3", section: "Điểm trừ")
                .Row("D.1", "3", "cộng [Số vụ việc] × 0,5"))
            .CompileValid();
        var forms = new[]
        {
            new FormBuilder(Office("A")).Leaf("1.1", "Có").Leaf("1.2", "Tốt").Leaf("2.1", "Tốt").Leaf("D.1", "0").Build(),
            new FormBuilder(Office("B")).Entry("1.1", ["Có"], appraisal1: "0").Leaf("1.2", "Khá").Entry("2.1", ["Tốt"], appraisal1: "1").Leaf("D.1", "0").Build(),
            new FormBuilder(Office("C")).Leaf("1.1", "Không").Leaf("1.2", "Tốt").Leaf("2.1", "Kém").Entry("D.1", ["0"], appraisal1: "0,5").Build(),
        };
        var roster = forms.Select((f, i) => new RosterEntry(f.Unit, new SourceLocation("danh-sach.csv", null, "dòng " + (i + 2)))).ToArray();
        var diagnostics = new DiagnosticBag();
        var result = CampaignScorer.Score(framework, 2024, roster, forms, [], diagnostics)
            ?? throw new AssertionException("Scoring failed:\n" + string.Join("\n", diagnostics.Items));
        return result.Groups.Single();
    }

    public static Unit Office(string code) => Some.Unit(code, "Phòng " + code);
}
