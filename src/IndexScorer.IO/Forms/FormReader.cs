using ClosedXML.Excel;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.IO.Workbooks;
using IndexScorer.Scoring;
using IndexScorer.Text;
using IndexScorer.Units;
using static IndexScorer.IO.Forms.FormColumns;

namespace IndexScorer.IO.Forms;

/// <summary>
/// Reads a filled form back: checks that it was made from this framework and year, that its criteria rows
/// are exactly as written, and collects the raw entries (never the form's computed points).
/// </summary>
public sealed class FormReader(Framework framework)
{
    private readonly Dictionary<string, FormLayout> _layouts = framework.Groups.ToDictionary(g => g.Code, FormLayout.For);

    /// <summary>Reads one form; null (with diagnostics) when it cannot be trusted. The file is opened read-only and closed before returning.</summary>
    public UnitSubmission? Read(string path, string displayName, DiagnosticBag diagnostics)
    {
        using var workbook = SafeWorkbook.Open(path, displayName, diagnostics);
        if (workbook is null) return null;
        var where = new SourceLocation(displayName);
        var meta = ReadMetadata(workbook);
        if (meta is null)
        {
            diagnostics.Error("FM001", where);
            return null;
        }
        if (!TextKey.SameName(meta.FrameworkId, framework.Id) || meta.Year != framework.Year)
        {
            diagnostics.Error("FM002", where, meta.FrameworkId, meta.Year, framework.Id, framework.Year);
            return null;
        }
        var group = framework.FindGroup(meta.GroupCode);
        if (group is null)
        {
            diagnostics.Error("FM003", where, meta.GroupCode, framework.Id);
            return null;
        }
        if (meta.Fingerprint != group.Fingerprint)
        {
            diagnostics.Error("FM004", where, meta.FrameworkVersion, framework.Version);
            return null;
        }
        var sheet = SafeWorkbook.Sheet(workbook, meta.SheetName, displayName, diagnostics);
        if (sheet is null) return null;
        var layout = _layouts[group.Code];
        if (!CheckLayout(sheet, layout, displayName, diagnostics)) return null;

        var entries = new List<LeafEntry>();
        foreach (var row in layout.Rows.Where(r => r.Kind == FormRowKind.Leaf && r.Criterion!.Source == PointSource.SelfAssessment))
        {
            var leaf = row.Criterion!;
            LocatedText At(int r, int c) => new(CellValues.Text(sheet.Cell(r, c)), CellValues.At(displayName, sheet.Cell(r, c)));
            var inputs = Enumerable.Range(1, leaf.Rule!.Inputs.Count).Select(i => At(row.Number + i, Input)).ToArray();
            entries.Add(new LeafEntry(leaf.Code, inputs, At(row.Number, NotApplicable), At(row.Number, Evidence), At(row.Number, Note),
                At(row.Number, Appraisal1), At(row.Number, AppraisalNote), At(row.Number, Explanation), At(row.Number, Appraisal2)));
        }
        return new UnitSubmission(new Unit(meta.UnitCode, meta.UnitName, group.Code), entries, where);
    }

    private static FormMetadata? ReadMetadata(XLWorkbook workbook)
    {
        if (!workbook.TryGetWorksheet(FormMetadata.SheetTitle, out var meta)) return null;
        var values = new Dictionary<string, string>();
        for (var row = 1; row <= 20; row++)
        {
            var key = CellValues.Text(meta.Cell(row, 1)).Trim();
            if (key.Length > 0) values[key] = CellValues.Text(meta.Cell(row, 2)).Trim();
        }
        string V(string key) => values.GetValueOrDefault(key, string.Empty);
        if (V("layout") != FormMetadata.LayoutVersion || !int.TryParse(V("year"), out var year)) return null;
        return new FormMetadata(V("framework_id"), V("framework_version"), year, V("group"), V("fingerprint"), V("unit_code"),
            TextKey.Clean(V("unit_name")), V("sheet"));
    }

    /// <summary>Checks every planned row's code, title and maximum; reports the first row that differs.</summary>
    private static bool CheckLayout(IXLWorksheet sheet, FormLayout layout, string file, DiagnosticBag diagnostics)
    {
        foreach (var row in layout.Rows)
        {
            if (row.Kind == FormRowKind.Total) break;
            var node = row.Criterion!;
            var (expected, column) = row.Kind == FormRowKind.Input
                ? ("• " + node.Rule!.Inputs[row.InputIndex].Label, Title)
                : (node.Code.Value, Code);
            var found = CellValues.Text(sheet.Cell(row.Number, column));
            var titleOk = row.Kind == FormRowKind.Input || TextKey.SameName(CellValues.Text(sheet.Cell(row.Number, Title)), node.Title);
            var maxOk = row.Kind == FormRowKind.Input
                || NumberText.TryParse(CellValues.Text(sheet.Cell(row.Number, Max)), out var max) && max == node.MaxPoints;
            if (TextKey.SameName(found, expected) && titleOk && maxOk) continue;
            // Point at the first cell that differs, so an edited title or maximum is found at once.
            if (TextKey.SameName(found, expected)) column = titleOk ? Max : Title;
            diagnostics.Error("FM005", CellValues.At(file, sheet.Cell(row.Number, column)), row.Number,
                row.Kind == FormRowKind.Input ? expected : $"{node.Code.Value} {node.Title} ({NumberText.Format(node.MaxPoints)})",
                $"{CellValues.Text(sheet.Cell(row.Number, Code))} {CellValues.Text(sheet.Cell(row.Number, Title))} ({CellValues.Text(sheet.Cell(row.Number, Max))})".Trim());
            return false;
        }
        return true;
    }
}
