using IndexScorer.Diagnostics;
using IndexScorer.Scoring;

namespace IndexScorer.Campaigns;

/// <summary>A file of the forms folder as read: where it is, whose it says it is, and what could be read of it.</summary>
/// <param name="Origin">The file.</param>
/// <param name="UnitCode">The unit the form was made for, when its identity could be read; null otherwise.</param>
/// <param name="Submission">The entries, when the form could be trusted; null otherwise.</param>
/// <param name="Errors">How many errors reading it gave (already reported).</param>
internal sealed record ReceivedForm(SourceLocation Origin, string? UnitCode, UnitSubmission? Submission, int Errors)
{
    /// <summary>A form read without a problem.</summary>
    public static ReceivedForm Of(UnitSubmission submission) => new(submission.Origin, submission.Unit.Code, submission, 0);
}
