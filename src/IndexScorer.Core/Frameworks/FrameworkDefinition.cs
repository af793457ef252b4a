using IndexScorer.Text;

namespace IndexScorer.Frameworks;

/// <summary>A framework as read from its workbook, before <see cref="FrameworkCompiler"/> checks it.</summary>
internal sealed record FrameworkDefinition(
    LocatedText Id, LocatedText Name, LocatedText Year, LocatedText Version, LocatedText Note, LocatedText DefaultNotApplicable,
    IReadOnlyList<GroupDefinition> Groups, IReadOnlyList<BandDefinition> Bands);
