using IndexScorer.Campaigns;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Text;

namespace IndexScorer.Progress;

/// <summary>The campaign at this moment, for the office: totals per group, one row per roster unit, and the files that are no unit's form.</summary>
/// <param name="Groups">Totals per group, in framework order.</param>
/// <param name="Units">One row per roster unit, in roster order.</param>
/// <param name="StrayForms">Files of the forms folder that could not be read as any roster unit's form.</param>
public sealed record CampaignProgress(IReadOnlyList<GroupProgress> Groups, IReadOnlyList<UnitProgress> Units, IReadOnlyList<string> StrayForms)
{
    /// <summary>The progress of <paramref name="state"/>; <paramref name="lastModified"/> tells when a received file was last changed.</summary>
    internal static CampaignProgress Of(Framework framework, CampaignState state, Func<SourceLocation, DateTime?> lastModified)
    {
        var units = state.Units.Select(u => Unit(framework, state, u, lastModified)).ToArray();
        var groups = framework.Groups
            .Select(g => (Group: g, Units: units.Where(u => TextKey.SameName(u.Group, g.Code)).ToArray()))
            .Where(g => g.Units.Length > 0)
            .Select(g => new GroupProgress(g.Group.Code, g.Group.Name, g.Units.Length, g.Units.Count(u => u.Received), g.Units.Count(u => u.Valid),
                g.Units.Count(u => u.Received && !u.Valid), g.Units.Count(u => !u.Received), g.Units.Count(u => u.Round1Started),
                g.Units.Count(u => u.Round2Done), g.Units.Count(u => u.Survey == true)))
            .ToArray();
        return new CampaignProgress(groups, units, state.StrayForms.Select(f => f.File).ToArray());
    }

    private static UnitProgress Unit(Framework framework, CampaignState state, UnitStatus status, Func<SourceLocation, DateTime?> lastModified)
    {
        var group = framework.FindGroup(status.Unit.GroupCode)!;
        var appraised = group.Leaves.Where(l => l.Source == PointSource.SelfAssessment).ToArray();
        var council = state.Council.For(status.Unit.Code);
        var self = status.Score?.Criteria.Where(c => c.Criterion.IsLeaf).ToDictionary(c => c.Criterion.Code.Value, c => c.SelfPoints);
        int round1 = 0, lowered = 0, explained = 0, round2 = 0;
        foreach (var leaf in appraised)
        {
            if (!council.TryGetValue(leaf.Code.Value, out var appraisal) || !NumberText.TryParse(appraisal.Round1, out var points)) continue;
            round1++;
            if (self?.GetValueOrDefault(leaf.Code.Value) is not { } selfPoints || points >= selfPoints) continue;
            lowered++;
            if (!appraisal.Explanation.IsBlank) explained++;
            if (!appraisal.Round2.IsBlank) round2++;
        }
        var form = status.Forms.FirstOrDefault();
        bool? survey = state.SurveyInUse.GetValueOrDefault(group.Code) || group.SurveyMaximum > 0m
            ? state.Answers.ContainsKey(TextKey.Of(status.Unit.Code))
            : null;
        return new UnitProgress(status.Unit.Code, status.Unit.Name, group.Code, form?.File, form is null ? null : lastModified(form), status.Forms.Count,
            status.Problems, status.IsValid, appraised.Length, round1, lowered, explained, round2, survey);
    }
}
