using IndexScorer.Diagnostics;

namespace IndexScorer.Scoring;

/// <summary>One line of the survey results: how many respondents of a unit chose an option of a criterion, each cell with its location.</summary>
public sealed record SurveyResponse(EnteredValue UnitCode, EnteredValue CriterionCode, EnteredValue Option, EnteredValue Respondents);
