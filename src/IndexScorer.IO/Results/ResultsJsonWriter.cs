using IndexScorer.Diagnostics;
using System.Text.Json;
using IndexScorer.Frameworks;
using IndexScorer.IO.Files;
using IndexScorer.Results;

namespace IndexScorer.IO.Results;

/// <summary>
/// Writes results.json: a scored year whole (docs/results-json.md), for other programs and for what <c>compare</c> and a
/// later year's report read back. Per group its criteria tree and bands once; per unit its place, totals and its values on
/// every node, with the survey answers it was scored from. Decimals are JSON numbers at full precision; nothing is rounded.
/// </summary>
internal static class ResultsJsonWriter
{
    /// <summary>The value of the "format" member.</summary>
    public const string Format = "indexscorer-results";

    /// <summary>The value of the "formatVersion" member; readers refuse other versions.</summary>
    public const int FormatVersion = 2;

    /// <summary>Writes the file whole or not at all.</summary>
    public static void Write(string path, ScoredYear year) => AtomicFile.Write(path, stream => Write(stream, year));

    /// <summary>Writes the JSON (UTF-8, indented, Vietnamese unescaped) to a stream, chunk by chunk.</summary>
    public static void Write(Stream stream, ScoredYear year) =>
        JsonSerializer.Serialize(stream, Document(year), ResultsJsonContext.Instance.Document);

    private static ResultsDto.Document Document(ScoredYear year) => new(
        Format, FormatVersion, year.Year,
        new ResultsDto.FrameworkEntry(year.Framework.Id, year.Framework.Name, year.Framework.Version, year.Framework.Note),
        year.Groups.Select(Group))
    {
        Provisional = year.Provisional ? true : null,
        LeftOut = year.Provisional ? year.LeftOut.Select(u => new ResultsDto.LeftOutEntry(u.Code, u.Name, u.Group, u.Received, u.Problems)) : null,
    };

    private static ResultsDto.GroupEntry Group(ScoredGroup group) => new(
        group.Code, group.Name, group.SurveyInUse,
        group.Bands.Select(b => new ResultsDto.BandEntry(b.Label, b.MinimumPercent)),
        group.Criteria.Select(c => new ResultsDto.CriterionEntry(c.Code.Value, c.Title, c.MaxPoints, SectionName(c.Section), SourceName(c.Source), c.IsLeaf,
            c.SurveyOptions?.Select(o => new ResultsDto.OptionEntry(o.Name, o.Percent)))),
        group.Units.Select(Unit));

    private static ResultsDto.UnitEntry Unit(ScoredUnit unit) => new(
        unit.Code, unit.Name, unit.Rank, unit.IsTied, unit.Band, unit.IndexPercent, unit.ScoredPoints, unit.Bonus, unit.Penalty, unit.MaxInUse,
        unit.Criteria.Select(c => Node(c, unit.SurveyAnswers.GetValueOrDefault(c.Criterion.Code.Value))))
    {
        WeightedFields = unit.WeightedFields,
    };

    private static ResultsDto.NodeEntry Node(CriterionResult c, IReadOnlyDictionary<string, decimal>? respondents) => new(
        c.Criterion.Code.Value, c.SelfPoints, c.Appraisal1, c.Appraisal2, c.SurveyPoints, c.FinalPoints, c.MaxInUse, c.NotApplicable,
        OmitEmpty(c.Evidence), OmitEmpty(c.Note), OmitEmpty(c.AppraisalNote), OmitEmpty(c.Explanation), respondents)
    {
        Sources = c.Sources.IsNone ? null : new ResultsDto.SourcesEntry(
            c.Sources.Inputs.Select(Place), Place(c.Sources.Self), Place(c.Sources.Round1), Place(c.Sources.Explanation), Place(c.Sources.Round2)),
    };

    private static ResultsDto.PlaceEntry? Place(SourceLocation? place) => place is null ? null : new(place.File, place.Sheet, place.Cell);

    private static string? OmitEmpty(string text) => text.Length == 0 ? null : text;

    internal static string SectionName(SectionKind section) => section switch
    {
        SectionKind.Bonus => "bonus",
        SectionKind.Penalty => "penalty",
        _ => "scored",
    };

    internal static string SourceName(PointSource source) => source == PointSource.Survey ? "survey" : "self";
}
