namespace IndexScorer.App.Appraisal;

/// <summary>What <see cref="ExplainRequest"/> wrote.</summary>
/// <param name="Files">The explanation files to send, full paths.</param>
/// <param name="Units">How many units receive one.</param>
/// <param name="Criteria">How many lowered criteria they list in all.</param>
public sealed record ExplanationFiles(IReadOnlyList<string> Files, int Units, int Criteria);
