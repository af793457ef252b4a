using IndexScorer.Diagnostics;
using IndexScorer.IO.EvidenceFolders;
using IndexScorer.IO.Forms;
using IndexScorer.IO.Workbooks;
using IndexScorer.Results;

namespace IndexScorer.App.Campaigns;

/// <summary>
/// Checks the files that evidence cells name: each must be in the unit's evidence folder (evidence/&lt;unit code&gt;/ of the
/// campaign), else a warning at the form's evidence cell naming the path looked for (EV001), or the name leads out of that
/// folder (EV002). Links (http, https) are accepted as they are; text that names no file is not checked.
/// </summary>
internal static class EvidenceCheck
{
    /// <summary>Adds a warning per missing file of every unit of <paramref name="year"/>.</summary>
    public static void Warn(string campaignFolder, ScoredYear year, DiagnosticBag diagnostics)
    {
        foreach (var unit in year.Groups.SelectMany(g => g.Units))
        {
            foreach (var leaf in unit.Criteria.Where(c => c.Criterion.IsLeaf && c.Evidence.Length > 0))
            {
                foreach (var reference in EvidenceFiles.Named(leaf.Evidence).Where(r => !r.IsLink))
                {
                    var path = EvidenceFiles.PathOf(campaignFolder, unit.Code, reference.Text);
                    var folder = Path.GetRelativePath(campaignFolder, EvidenceFiles.UnitFolder(campaignFolder, unit.Code));
                    if (path is null) diagnostics.Warning("EV002", CellOf(leaf), reference.Text, leaf.Criterion.Code.Value, folder);
                    else if (!File.Exists(path))
                        diagnostics.Warning("EV001", CellOf(leaf), reference.Text, leaf.Criterion.Code.Value, Path.GetRelativePath(campaignFolder, path));
                }
            }
        }
    }

    /// <summary>The form's evidence cell of a leaf: the row of its self-score cell, the evidence column.</summary>
    private static SourceLocation? CellOf(CriterionResult leaf)
    {
        var self = leaf.Sources.Self ?? leaf.Sources.Inputs.FirstOrDefault();
        if (self?.Cell is not { } cell) return self;
        // No spreadsheet library here: validate and score load none.
        if (leaf.Sources.Self is null || !int.TryParse(cell.AsSpan(cell.TakeWhile(char.IsLetter).Count()), out var row)) return self with { Cell = null };
        return self with { Cell = XlsxSheet.Address(row, FormColumns.Evidence) };
    }
}
