using IndexScorer.Diagnostics;
using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>The analysis of a scored year, group by group.</summary>
/// <param name="Year">The scored year.</param>
/// <param name="Settings">The simulation's settings.</param>
/// <param name="Groups">One analysis per group, in the year's order.</param>
public sealed record YearAnalysis(ScoredYear Year, SimulationSettings Settings, IReadOnlyList<GroupAnalysis> Groups)
{
    /// <summary>Analyses every group of a year.</summary>
    public static YearAnalysis Of(ScoredYear year, SimulationSettings settings, DiagnosticBag diagnostics) =>
        new(year, settings, year.Groups.Select(g => GroupAnalysis.Of(g, settings, diagnostics)).ToArray());
}
