using IndexScorer.Appraisal;
using IndexScorer.Diagnostics;

namespace IndexScorer.Campaigns;

/// <summary>
/// A campaign at this moment, every unit judged on its own: what each roster unit has sent and whether it scores, the forms
/// that belong to no roster unit, and how many errors concern the campaign as a whole (roster, survey, the council's files).
/// </summary>
/// <param name="Units">Every accepted roster unit, in roster order.</param>
/// <param name="StrayForms">Forms that could not be read as any roster unit's (unreadable, or of a unit not on the roster).</param>
/// <param name="CampaignErrors">Errors not attributable to one unit's form; while there is one, nothing can be ranked.</param>
/// <param name="SurveyInUse">Per group code, whether its survey counts.</param>
/// <param name="Answers">The survey answers by unit key, leaf code and option.</param>
/// <param name="Council">The council's appraisal, merged.</param>
internal sealed record CampaignState(
    IReadOnlyList<UnitStatus> Units, IReadOnlyList<SourceLocation> StrayForms, int CampaignErrors,
    IReadOnlyDictionary<string, bool> SurveyInUse,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>> Answers, CouncilAppraisal Council);
