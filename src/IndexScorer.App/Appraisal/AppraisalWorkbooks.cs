namespace IndexScorer.App.Appraisal;

/// <summary>What <see cref="AppraisalRequest"/> wrote.</summary>
/// <param name="Files">The council's workbooks, full paths.</param>
/// <param name="Units">How many units they hold.</param>
/// <param name="NewUnits">How many of those were not in the workbooks before.</param>
public sealed record AppraisalWorkbooks(IReadOnlyList<string> Files, int Units, int NewUnits);
