using IndexScorer.Diagnostics;
using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>The analyst's desk for one group: spread, coherence, how sure each rank is, what drives it and what would lift it.</summary>
/// <param name="Group">The group analysed.</param>
/// <param name="Statistics">Per scored field and leaf (framework order) and the index (last) the descriptive statistics.</param>
/// <param name="Coherence">Correlations between fields and Cronbach's α per field.</param>
/// <param name="Uncertainty">The simulated ranks.</param>
/// <param name="Sensitivity">Per field the ranks without it.</param>
/// <param name="Targets">Per unit, in rank order, what it would take to move up.</param>
/// <param name="Agreement">Per self-assessed criterion the agreement between self scores and the appraisal, lowest first.</param>
/// <param name="NearTies">Neighbours whose indices differ by less than the displayed precision.</param>
public sealed record GroupAnalysis(
    ScoredGroup Group, IReadOnlyList<CriterionStatistics> Statistics, Coherence Coherence, RankUncertainty Uncertainty,
    IReadOnlyList<FieldSensitivity> Sensitivity, IReadOnlyList<UnitTarget> Targets, IReadOnlyList<AppraisalAgreement> Agreement,
    IReadOnlyList<NearTie> NearTies)
{
    /// <summary>Analyses a group; warnings (what the simulation could not redraw) go to <paramref name="diagnostics"/>.</summary>
    public static GroupAnalysis Of(ScoredGroup group, SimulationSettings settings, DiagnosticBag diagnostics) => new(
        group, CriterionStatistics.Of(group), Coherence.Of(group), RankUncertainty.Of(group, settings, diagnostics), FieldSensitivity.Of(group),
        UnitTarget.Of(group), AppraisalAgreement.Of(group), NearTie.Of(group));
}
