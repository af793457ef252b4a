using IndexScorer.Frameworks;
using IndexScorer.Results;
using IndexScorer.Rules;

namespace IndexScorer.Benchmarks;

/// <summary>
/// A national-sized scored year built in memory for the analysis benchmark: one group, 8 fields of 5 criteria (100 points),
/// 6 of the 40 criteria measured by a 4-option survey with 40–400 respondents per unit; points drawn from a seeded generator.
/// </summary>
internal static class SyntheticYear
{
    public static ScoredYear Build(int units, int seed = 2024)
    {
        var random = new Random(seed);
        SurveyOption[] options = [new("A", 100m), new("B", 60m), new("C", 20m), new("D", 0m)];
        var criteria = new List<CriterionSummary>();
        for (var f = 1; f <= 8; f++)
        {
            criteria.Add(new CriterionSummary(CriterionCode.Parse($"{f}"), $"Lĩnh vực {f}", 12.5m, SectionKind.Scored, PointSource.SelfAssessment, false));
            for (var c = 1; c <= 5; c++)
            {
                var survey = c == 5 && f <= 6;
                criteria.Add(new CriterionSummary(CriterionCode.Parse($"{f}.{c}"), $"Tiêu chí {f}.{c}", 2.5m, SectionKind.Scored,
                    survey ? PointSource.Survey : PointSource.SelfAssessment, true, survey ? options : null));
            }
        }
        var scored = new List<ScoredUnit>(units);
        for (var u = 0; u < units; u++)
        {
            var results = new CriterionResult[criteria.Count];
            var answers = new Dictionary<string, IReadOnlyDictionary<string, decimal>>();
            var total = 0m;
            for (var f = 0; f < 8; f++)
            {
                var fieldPoints = 0m;
                for (var c = 1; c <= 5; c++)
                {
                    var node = criteria[f * 6 + c];
                    decimal points;
                    if (node.Source == PointSource.Survey)
                    {
                        var counts = options.ToDictionary(o => o.Name, _ => (decimal)random.Next(10, 100));
                        answers[node.Code.Value] = counts;
                        points = 2.5m * counts.Sum(kv => kv.Value * options.First(o => o.Name == kv.Key).Percent) / (100m * counts.Values.Sum());
                        results[f * 6 + c] = new CriterionResult(node, null, null, null, points, points, 2.5m, false, "", "", "", "");
                    }
                    else
                    {
                        points = random.Next(0, 11) * 0.25m;
                        var self = Math.Min(2.5m, points + random.Next(0, 3) * 0.25m);
                        results[f * 6 + c] = new CriterionResult(node, self, points, null, null, points, 2.5m, false, "", "", "", "");
                    }
                    fieldPoints += points;
                }
                results[f * 6] = CriterionResult.OfParent(criteria[f * 6], fieldPoints, 12.5m);
                total += fieldPoints;
            }
            scored.Add(new ScoredUnit($"DV{u:D5}", $"Đơn vị {u}", 1, false, null, total, total, 0m, 0m, 100m, results, answers));
        }
        var ranked = scored.OrderByDescending(s => s.IndexPercent).ThenBy(s => s.Code, StringComparer.Ordinal).ToArray();
        var bands = new[] { new ClassificationBand("Tốt", 80m), new ClassificationBand("Khá", 65m), new ClassificationBand("Trung bình", 50m), new ClassificationBand("Yếu", 0m) };
        var final = new ScoredUnit[ranked.Length];
        for (var i = 0; i < ranked.Length; i++)
        {
            var s = ranked[i];
            var rank = i > 0 && ranked[i - 1].IndexPercent == s.IndexPercent ? final[i - 1].Rank : i + 1;
            var tied = (i > 0 && ranked[i - 1].IndexPercent == s.IndexPercent) || (i + 1 < ranked.Length && ranked[i + 1].IndexPercent == s.IndexPercent);
            var band = bands.FirstOrDefault(b => s.IndexPercent >= b.MinimumPercent) ?? bands[^1];
            final[i] = new ScoredUnit(s.Code, s.Name, rank, tied, band.Label, s.IndexPercent, s.ScoredPoints, 0m, 0m, 100m, s.Criteria, s.SurveyAnswers);
        }
        var group = new ScoredGroup("XA", "Xã, phường", true, criteria, bands, final);
        return new ScoredYear(2025, new FrameworkIdentity("tong-hop", "Khung tổng hợp (benchmark)", "1", ""), [group]);
    }
}
