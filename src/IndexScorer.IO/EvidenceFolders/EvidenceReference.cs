namespace IndexScorer.IO.EvidenceFolders;

/// <summary>A file or a link named in a unit's evidence cell.</summary>
/// <param name="Text">The file name (relative to the unit's evidence folder) or the address, as typed.</param>
/// <param name="IsLink">True for an http or https address (accepted as it is, never checked).</param>
internal sealed record EvidenceReference(string Text, bool IsLink);
