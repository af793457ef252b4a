using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.Scoring;

/// <summary>One line of the survey results: how many respondents of a unit chose an option of a criterion, each cell with its location.</summary>
internal sealed record SurveyResponse(LocatedText UnitCode, LocatedText CriterionCode, LocatedText Option, LocatedText Respondents);
