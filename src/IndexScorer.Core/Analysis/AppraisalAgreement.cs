using IndexScorer.Frameworks;
using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>
/// How far the appraisal council agreed with the units on one self-assessed criterion: the share of units whose self
/// score it lowered, the mean points lost to appraisal, and Krippendorff's α (interval) between the self score and the
/// final score across units. Low agreement marks a criterion whose guidance units read otherwise than the council.
/// </summary>
/// <param name="Criterion">The self-assessed leaf.</param>
/// <param name="Units">The units with a self score on it (those for which it arose).</param>
/// <param name="ShareLowered">The share (0–1) of those whose appraised score is below their self score.</param>
/// <param name="MeanPointsLost">The mean over those units of the points the appraisal took off (0 when raised or confirmed).</param>
/// <param name="Alpha">Krippendorff's α (interval) between self and final scores; null when undefined (fewer than two units, or all values equal).</param>
public sealed record AppraisalAgreement(CriterionSummary Criterion, int Units, double ShareLowered, double MeanPointsLost, double? Alpha)
{
    /// <summary>Every self-assessed scored leaf with at least one self score, lowest agreement first (undefined α last, then framework order).</summary>
    public static IReadOnlyList<AppraisalAgreement> Of(ScoredGroup group)
    {
        var rows = new List<AppraisalAgreement>();
        for (var i = 0; i < group.Criteria.Count; i++)
        {
            var node = group.Criteria[i];
            if (!node.IsLeaf || node.Section != SectionKind.Scored || node.Source != PointSource.SelfAssessment) continue;
            var scored = group.Units.Select(u => u.Criteria[i]).Where(r => r.SelfPoints is not null).ToArray();
            if (scored.Length == 0) continue;
            var lost = scored.Select(r => Math.Max(0m, r.SelfPoints!.Value - (r.Appraised ?? r.SelfPoints!.Value))).ToArray();
            var alpha = KrippendorffAlpha.Of(
                [scored.Select(r => (double?)(double)r.SelfPoints!.Value).ToArray(), scored.Select(r => (double?)(double)r.FinalPoints).ToArray()],
                AgreementMetric.Interval);
            rows.Add(new AppraisalAgreement(node, scored.Length, (double)lost.Count(l => l > 0m) / scored.Length, (double)(lost.Sum() / scored.Length), alpha));
        }
        return rows.Select((r, order) => (r, order))
            .OrderBy(x => x.r.Alpha is null).ThenBy(x => x.r.Alpha).ThenBy(x => x.order)
            .Select(x => x.r).ToArray();
    }
}
