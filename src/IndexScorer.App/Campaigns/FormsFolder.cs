namespace IndexScorer.App.Campaigns;

/// <summary>The folder the blank forms were written to.</summary>
/// <param name="Path">Its full path.</param>
public sealed record FormsFolder(string Path);
