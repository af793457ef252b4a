using IndexScorer.Frameworks;

namespace IndexScorer.Campaigns;

/// <summary>A scored campaign: the framework used and every group's ranking.</summary>
public sealed record CampaignResult(Framework Framework, int Year, IReadOnlyList<GroupResult> Groups);
