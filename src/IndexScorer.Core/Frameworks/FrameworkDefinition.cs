namespace IndexScorer.Frameworks;

/// <summary>A framework as read from its workbook, before <see cref="FrameworkCompiler"/> checks it.</summary>
public sealed record FrameworkDefinition(
    CellText Id, CellText Name, CellText Year, CellText Version, CellText Note, CellText DefaultNotApplicable,
    IReadOnlyList<GroupDefinition> Groups, IReadOnlyList<BandDefinition> Bands);
