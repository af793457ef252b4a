using IndexScorer.Text;
using IndexScorer.Units;

namespace IndexScorer.Campaigns;

/// <summary>
/// The roster checked against the framework: the rows accepted, by unit key, and the keys of units whose rows were refused.
/// A refused unit is still known: its forms and survey rows are not reported again as belonging to an unknown unit.
/// </summary>
/// <param name="Accepted">The accepted rows by <see cref="TextKey.Of"/> of the unit code.</param>
/// <param name="Refused">The keys of units none of whose rows was accepted.</param>
internal sealed record RosterCheck(IReadOnlyDictionary<string, RosterEntry> Accepted, IReadOnlySet<string> Refused)
{
    /// <summary>True when the unit is on the roster, accepted or not.</summary>
    public bool Knows(string key) => Accepted.ContainsKey(key) || Refused.Contains(key);

    /// <summary>True when this very row is the one accepted for its unit.</summary>
    public bool IsAccepted(RosterEntry entry) => Accepted.TryGetValue(TextKey.Of(entry.Unit.Code), out var accepted) && accepted == entry;
}
