using IndexScorer.Campaigns;
using IndexScorer.IO.Localization;
using IndexScorer.Text;

namespace IndexScorer.IO.Reports;

/// <summary>What every sheet writer needs: the result, the language and the workbook's sheet names.</summary>
internal sealed class ReportContext
{
    private readonly Dictionary<string, string> _unitSheets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _summarySheets = new(StringComparer.Ordinal);

    public ReportContext(CampaignResult result, Language language)
    {
        Result = result;
        Language = language;
        foreach (var group in result.Groups) _summarySheets[group.Group.Code] = Names.Take(L("report.sheet.summary", group.Group.Code));
    }

    public CampaignResult Result { get; }

    public Language Language { get; }

    public SheetNames Names { get; } = new();

    /// <summary>The label <paramref name="key"/> in the report's language.</summary>
    public string L(string key, params object[] args) => Labels.Get(key, Language, args);

    /// <summary>The summary sheet's name of a group.</summary>
    public string SummarySheet(string groupCode) => _summarySheets[groupCode];

    /// <summary>The sheet name of a unit's detail, taken on first request.</summary>
    public string UnitSheet(string unitCode, string unitName) =>
        _unitSheets.TryGetValue(unitCode, out var name) ? name : _unitSheets[unitCode] = Names.Take($"{unitCode} {unitName}");
}
