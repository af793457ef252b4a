using IndexScorer.IO.Localization;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Reports;

/// <summary>What every sheet writer needs: the result, the language, last year's results and the workbook's sheet names.</summary>
internal sealed class ReportContext
{
    private readonly Dictionary<string, string> _unitSheets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _summarySheets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitMatching> _lastYear = new(StringComparer.Ordinal);

    public ReportContext(ScoredYear result, Language language, ScoredYear? previous, bool unitSheets)
    {
        Result = result;
        Language = language;
        Previous = previous;
        HasUnitSheets = unitSheets;
        foreach (var group in result.Groups)
        {
            _summarySheets[group.Code] = Names.Take(L("report.sheet.summary", group.Code));
            if (previous?.FindGroup(group.Code) is { } before) _lastYear[group.Code] = UnitMatching.Of(before, group);
        }
    }

    public ScoredYear Result { get; }

    public Language Language { get; }

    /// <summary>Last year's scored results, to fill the summary's last-year columns; null when not given.</summary>
    public ScoredYear? Previous { get; }

    /// <summary>Whether the workbook has a detail sheet per unit (not above <see cref="ReportWriter.MaxUnitSheets"/>).</summary>
    public bool HasUnitSheets { get; }

    /// <summary>A unit's result of last year (the same group, the unit matched as compare matches it); null when absent.</summary>
    public ScoredUnit? PreviousOf(ScoredGroup group, ScoredUnit unit) => _lastYear.GetValueOrDefault(group.Code)?.OlderOf(unit).Older;

    public SheetNames Names { get; } = new();

    /// <summary>The official form campaign.json sets (issuing body, decision, signatures, grouping by band); none by default.</summary>
    public OfficialForm Form { get; init; } = OfficialForm.None;

    /// <summary>Per group code the simulated rank intervals, when the run simulated them; the summary then shows each unit's.</summary>
    public IReadOnlyDictionary<string, IndexScorer.Analysis.RankUncertainty>? Intervals { get; init; }

    /// <summary>The label <paramref name="key"/> in the report's language.</summary>
    public string L(string key, params object[] args) => Labels.Get(key, Language, args);

    /// <summary>The summary sheet's name of a group.</summary>
    public string SummarySheet(string groupCode) => _summarySheets[groupCode];

    /// <summary>The sheet name of a unit's detail, taken on first request.</summary>
    public string UnitSheet(string unitCode, string unitName) =>
        _unitSheets.TryGetValue(unitCode, out var name) ? name : _unitSheets[unitCode] = Names.Take($"{unitCode} {unitName}");
}
