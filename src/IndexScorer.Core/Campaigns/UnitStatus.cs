using IndexScorer.Diagnostics;
using IndexScorer.Scoring;
using IndexScorer.Units;

namespace IndexScorer.Campaigns;

/// <summary>Where one roster unit stands at this moment of the campaign.</summary>
/// <param name="Entry">Its roster row.</param>
/// <param name="Forms">The files received as its form (none: missing; two or more: a problem).</param>
/// <param name="Score">Its score, when its form could be scored.</param>
/// <param name="Problems">How many errors its form files gave (reading, checking, scoring).</param>
/// <param name="Submission">What its form holds, when kept (for the council's workbook).</param>
/// <param name="Readable">True when a form of it could be read (its entries trusted), whether or not they score.</param>
internal sealed record UnitStatus(
    RosterEntry Entry, IReadOnlyList<SourceLocation> Forms, UnitOutcome? Score, int Problems, UnitSubmission? Submission, bool Readable)
{
    /// <summary>The unit.</summary>
    public Unit Unit => Entry.Unit;

    /// <summary>True when a form was received.</summary>
    public bool Received => Forms.Count > 0;

    /// <summary>True when its form was received and scored without any error.</summary>
    public bool IsValid => Score is not null && Problems == 0;
}
