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
    /// <summary>
    /// True for provisional results (tạm tính): the units whose forms are valid, ranked while others are still missing or
    /// broken; every output says so.
    /// </summary>
    public bool Provisional { get; init; }

    /// <summary>The roster units left out of provisional results, and why; empty for final results.</summary>
    public IReadOnlyList<LeftOutUnit> LeftOut { get; init; } = [];

    /// <summary>The group with that code (case-insensitive), or null.</summary>
    public ScoredGroup? FindGroup(string code) =>
        Groups.FirstOrDefault(g => string.Equals(g.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
}
