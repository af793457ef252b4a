namespace IndexScorer.Results;

/// <summary>
/// A scored year: the framework it was scored on, and per unit group its criteria tree, its bands and its ranked units
/// with every node's points. Made once by scoring and read back from results.json; the report, results.csv, report.html,
/// the analysis and compare all read this model.
/// </summary>
/// <param name="Year">The year assessed.</param>
/// <param name="Framework">The framework scored on.</param>
/// <param name="Groups">The groups in framework order (groups without units left out).</param>
public sealed record ScoredYear(int Year, FrameworkIdentity Framework, IReadOnlyList<ScoredGroup> Groups)
{
    /// <summary>The group with that code (case-insensitive), or null.</summary>
    public ScoredGroup? FindGroup(string code) =>
        Groups.FirstOrDefault(g => string.Equals(g.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
}
