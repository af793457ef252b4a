using IndexScorer.Diagnostics;
using IndexScorer.IO.Campaigns;

namespace IndexScorer.IO.Explanations;

/// <summary>The explanations units sent back: every file of the campaign's explanations/ folder, each checked against its seal.</summary>
internal static class ReturnedExplanations
{
    /// <summary>
    /// Every row a unit typed on, in file order; a refused file contributes nothing and leaves its errors. No folder, or no
    /// file: nothing. Files but no office key: EX010.
    /// </summary>
    public static IReadOnlyList<ReturnedExplanation> Read(Campaign campaign, DiagnosticBag diagnostics)
    {
        var paths = CampaignFolder.ExplanationPaths(campaign, diagnostics);
        if (paths.Count == 0) return [];
        var found = new DiagnosticBag();
        var key = OfficeKey.Load(campaign.Folder, found);
        diagnostics.AddRange(found.Items);
        if (key is null)
        {
            if (!found.HasErrors) diagnostics.Error("EX010", new SourceLocation(CampaignFolder.ExplanationsFolderName), OfficeKey.RelativePath);
            return [];
        }
        return paths
            .SelectMany(path => ExplanationFileReader.Read(path, campaign.Display(path), campaign.Framework, key, diagnostics) ?? [])
            .Where(e => e.IsTyped)
            .ToArray();
    }
}
