using IndexScorer.Text;

namespace IndexScorer.Frameworks;

/// <summary>A unit group as read from the groups sheet, with its criteria rows.</summary>
internal sealed record GroupDefinition(
    LocatedText Code, LocatedText Name, LocatedText ScaleTotal, LocatedText Survey, LocatedText TieBreakers, IReadOnlyList<CriterionRow> Rows);
