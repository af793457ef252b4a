using IndexScorer.Units;

namespace IndexScorer.SampleMaker;

/// <summary>A unit's synthetic performance: its quality (0–1) drives every input; <see cref="Id"/> seeds its random numbers.</summary>
internal sealed record UnitProfile(int Id, double Quality, string Tag);

/// <summary>What a synthetic campaign holds: year, framework, units and their profiles.</summary>
internal sealed record SampleCampaignSpec(
    int Year, string FrameworkFile, string FolderName, int Seed, IReadOnlyList<Unit> Units, IReadOnlyDictionary<string, UnitProfile> Profiles,
    IReadOnlySet<string> SurveyGroups, string NfdUnitCode, double AppraisalCutRate, string? Previous = null,
    string? Report = null, string? Note = null)
{
    public UnitProfile ProfileOf(Unit unit) => Profiles[unit.Code];
}
