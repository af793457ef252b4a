namespace IndexScorer.IO.Tests.BrokenInputs;

/// <summary>
/// One entry of the broken-input corpus: how to break a valid campaign, and the one diagnostic it must
/// produce (code, rendered location, a key phrase of the Vietnamese message), plus the codes that
/// legitimately follow from it (a form that cannot be read leaves its unit without a form: CP005).
/// </summary>
/// <param name="Name">What is broken.</param>
/// <param name="Break">Breaks the campaign.</param>
/// <param name="Code">The expected diagnostic code.</param>
/// <param name="Location">The expected location, rendered <c>file › sheet › cell</c> (computed once the campaign exists).</param>
/// <param name="Phrase">A phrase the message must contain.</param>
/// <param name="AlsoCodes">Other error codes that must appear too, and no more.</param>
public sealed record BrokenInput(string Name, Action<TestCampaign> Break, string Code, Func<TestCampaign, string> Location, string Phrase, params string[] AlsoCodes)
{
    public override string ToString() => Name;
}
