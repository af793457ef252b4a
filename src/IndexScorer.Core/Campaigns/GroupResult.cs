using IndexScorer.Frameworks;
using IndexScorer.Ranking;

namespace IndexScorer.Campaigns;

/// <summary>One unit group's ranked results.</summary>
/// <param name="Group">The group.</param>
/// <param name="Units">The units in rank order.</param>
/// <param name="SurveyInUse">False when the group's optional survey was not run and the appraisal was rescaled to 100.</param>
public sealed record GroupResult(UnitGroup Group, IReadOnlyList<RankedUnit> Units, bool SurveyInUse);
