using IndexScorer.Diagnostics;

namespace IndexScorer.Scoring;

/// <summary>One line of the survey results: how many respondents of a unit chose an option of a criterion.</summary>
public sealed record SurveyResponse(string UnitCode, string CriterionCode, string Option, string Respondents, SourceLocation Location);
