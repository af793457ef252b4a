namespace IndexScorer.IO.Results;

/// <summary>
/// The shape of results.json (see docs/results-json.md), as records for System.Text.Json's source generator. Every member is
/// nullable so that the reader can name each missing one by its JSON path; collections are enumerated lazily when writing
/// (no copy of a whole year is built) and read as lists.
/// </summary>
internal static class ResultsDto
{
    /// <summary>The file.</summary>
    internal sealed record Document(string? Format, int? FormatVersion, int? Year, FrameworkEntry? Framework, IEnumerable<GroupEntry?>? Groups)
    {
        /// <summary>True for provisional results (absent for final ones).</summary>
        public bool? Provisional { get; init; }

        /// <summary>The units left out of provisional results (absent for final ones).</summary>
        public IEnumerable<LeftOutEntry?>? LeftOut { get; init; }
    }

    /// <summary>A unit left out of provisional results: received (with its number of problems) or not.</summary>
    internal sealed record LeftOutEntry(string? Code, string? Name, string? Group, bool? Received, int? Problems);

    /// <summary>The two members that say what a file is, read alone when the whole does not fit <see cref="Document"/>.</summary>
    internal sealed record Header(string? Format, int? FormatVersion);

    /// <summary>The framework's identity.</summary>
    internal sealed record FrameworkEntry(string? Id, string? Name, string? Version, string? Note);

    /// <summary>A unit group: its tree once, its bands, its units.</summary>
    internal sealed record GroupEntry(
        string? Code, string? Name, bool? SurveyInUse, IEnumerable<BandEntry?>? Bands, IEnumerable<CriterionEntry?>? Criteria, IEnumerable<UnitEntry?>? Units);

    /// <summary>A classification band.</summary>
    internal sealed record BandEntry(string? Label, decimal? MinimumPercent);

    /// <summary>A node of the tree; section "scored" | "bonus" | "penalty", source "self" | "survey"; a survey leaf's options (absent in older files).</summary>
    internal sealed record CriterionEntry(string? Code, string? Title, decimal? Max, string? Section, string? Source, bool? Leaf, IEnumerable<OptionEntry?>? Options = null);

    /// <summary>A survey answer option and the percentage of the maximum it is worth.</summary>
    internal sealed record OptionEntry(string? Name, decimal? Percent);

    /// <summary>A unit: its place, its totals, and its values on every node of the group's tree, in the tree's order.</summary>
    internal sealed record UnitEntry(
        string? Code, string? Name, int? Rank, bool? Tied, string? Band, decimal? IndexPercent, decimal? ScoredPoints, decimal? Bonus, decimal? Penalty,
        decimal? MaxInUse, IEnumerable<NodeEntry?>? Criteria)
    {
        /// <summary>With weights in the tree, each field's weighted contribution in the order of the group's fields (absent otherwise).</summary>
        public IEnumerable<decimal>? WeightedFields { get; init; }
    }

    /// <summary>A unit's values on one node; leaf-only members are left out (null) for parents, texts when empty.</summary>
    internal sealed record NodeEntry(
        string? Code, decimal? Self, decimal? Appraisal1, decimal? Appraisal2, decimal? Survey, decimal? Final, decimal? MaxInUse, bool? NotApplicable,
        string? Evidence, string? Note, string? AppraisalNote, string? Explanation, IReadOnlyDictionary<string, decimal>? Respondents)
    {
        /// <summary>Where each value came from (leaves scored from a form; absent otherwise).</summary>
        public SourcesEntry? Sources { get; init; }
    }

    /// <summary>A leaf's provenance: the cells of the inputs, the self score, round 1, the explanation and round 2.</summary>
    internal sealed record SourcesEntry(IEnumerable<PlaceEntry?>? Inputs, PlaceEntry? Self, PlaceEntry? Round1, PlaceEntry? Explanation, PlaceEntry? Round2);

    /// <summary>A cell: file (relative to the campaign folder), sheet, cell.</summary>
    internal sealed record PlaceEntry(string? File, string? Sheet, string? Cell);
}
