namespace IndexScorer.Frameworks;

/// <summary>A unit group as read from the groups sheet, with its criteria rows.</summary>
public sealed record GroupDefinition(
    CellText Code, CellText Name, CellText ScaleTotal, CellText Survey, CellText TieBreakers, IReadOnlyList<CriterionRow> Rows);
