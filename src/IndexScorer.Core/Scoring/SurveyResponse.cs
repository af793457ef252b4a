using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.Scoring;

/// <summary>
/// One line of the survey results: how many respondents of a unit chose an option of a criterion. Held compactly, since a
/// national survey has hundreds of thousands of lines: the four texts and the line's location, each field's location made
/// only when a message names it.
/// </summary>
/// <param name="unitCode">The unit's code as written.</param>
/// <param name="criterionCode">The survey criterion's code as written.</param>
/// <param name="option">The option as written.</param>
/// <param name="respondents">The number of respondents as written.</param>
/// <param name="line">Where the line is (a CSV line, a sheet row).</param>
/// <param name="fieldAt">
/// A field's location from the line's and the field's position (0 unit, 1 criterion, 2 option, 3 respondents); one function
/// shared by every line of a file.
/// </param>
internal sealed class SurveyResponse(
    string unitCode, string criterionCode, string option, string respondents, SourceLocation line, Func<SourceLocation, int, SourceLocation> fieldAt)
{
    /// <summary>The unit's code, where it was written.</summary>
    public LocatedText UnitCode => new(unitCode, fieldAt(line, 0));

    /// <summary>The criterion's code, where it was written.</summary>
    public LocatedText CriterionCode => new(criterionCode, fieldAt(line, 1));

    /// <summary>The option, where it was written.</summary>
    public LocatedText Option => new(option, fieldAt(line, 2));

    /// <summary>The number of respondents, where it was written.</summary>
    public LocatedText Respondents => new(respondents, fieldAt(line, 3));
}
