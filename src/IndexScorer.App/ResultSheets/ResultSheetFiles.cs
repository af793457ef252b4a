namespace IndexScorer.App.ResultSheets;

/// <summary>What <see cref="ResultSheetsRequest"/> wrote.</summary>
/// <param name="Files">The result sheets, full paths, one per unit.</param>
/// <param name="Units">How many units.</param>
/// <param name="Provisional">True when the results are provisional (every sheet then says so).</param>
public sealed record ResultSheetFiles(IReadOnlyList<string> Files, int Units, bool Provisional);
