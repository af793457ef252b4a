using System.Globalization;
using IndexScorer.Campaigns;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.IO.Workbooks;
using IndexScorer.Rules;
using IndexScorer.Scoring;
using IndexScorer.Text;
using IndexScorer.Units;
using static IndexScorer.IO.Forms.FormColumns;

namespace IndexScorer.IO.Forms;

/// <summary>
/// Reads a filled form back: checks that it was made from this framework and year, that its criteria rows
/// are exactly as written, and collects the raw entries (never the form's computed points).
/// </summary>
internal sealed class FormReader(Framework framework)
{
    private readonly Dictionary<string, FormLayout> _layouts = framework.Groups.ToDictionary(g => g.Code, FormLayout.For);

    /// <summary>
    /// Reads one form; null (with diagnostics) when it cannot be trusted. Only the cells are streamed (never a picture or a
    /// drawing), and the file is closed before returning. Safe to call from several threads at once.
    /// </summary>
    public UnitSubmission? Read(string path, string displayName, DiagnosticBag diagnostics) => Receive(path, displayName, diagnostics).Submission;

    /// <summary>
    /// Reads one form as a file received: its entries when it can be trusted, and in any case the unit it was made for when
    /// its identity could be read (so that the office knows whose form is broken) and how many errors it gave.
    /// </summary>
    public ReceivedForm Receive(string path, string displayName, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        string? unitCode = null;
        var submission = Read(path, displayName, diagnostics, code => unitCode = code);
        return new ReceivedForm(new SourceLocation(displayName), unitCode ?? UnitOfFileName(path), submission, diagnostics.ErrorCount - before);
    }

    /// <summary>
    /// The unit a file named as the template names forms (<c>PH01-2024.xlsx</c>) belongs to: when a form is too damaged to
    /// say whose it is, the office still learns that this unit's form arrived broken.
    /// </summary>
    private string? UnitOfFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var suffix = "-" + framework.Year.ToString(CultureInfo.InvariantCulture);
        return name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && name.Length > suffix.Length ? name[..^suffix.Length] : null;
    }

    private UnitSubmission? Read(string path, string displayName, DiagnosticBag diagnostics, Action<string> identified)
    {
        using var workbook = XlsxWorkbook.Open(path, displayName, diagnostics);
        if (workbook is null) return null;
        var where = new SourceLocation(displayName);
        var meta = ReadMetadata(workbook, displayName, diagnostics);
        if (meta is null)
        {
            diagnostics.Error("FM001", where);
            return null;
        }
        identified(meta.UnitCode);
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
        var sheet = workbook.Sheet(meta.SheetName, diagnostics);
        if (sheet is null) return null;
        var layout = _layouts[group.Code];
        if (!CheckLayout(sheet, layout, displayName, diagnostics)) return null;

        var entries = new List<LeafEntry>();
        foreach (var row in layout.Rows.Where(r => r.Kind == FormRowKind.Leaf && r.Criterion!.Source == PointSource.SelfAssessment))
        {
            var leaf = row.Criterion!;
            LocatedText At(int r, int c) => new(sheet[r, c].Text, Where(displayName, sheet, r, c)) { IsNumber = sheet[r, c].IsNumber };
            LocatedText Typed(int r, int c, InputKind kind) => TypedValue(sheet, r, c, kind, displayName, diagnostics);
            var inputs = leaf.Rule!.Inputs.Select((input, i) => Typed(row.Number + 1 + i, Input, input.Kind)).ToArray();
            entries.Add(new LeafEntry(leaf.Code, inputs, Typed(row.Number, NotApplicable, InputKind.Level), At(row.Number, Evidence), At(row.Number, Note))
            {
                SelfCell = Where(displayName, sheet, row.Number, SelfPoints),
            });
        }
        WarnOfAppraisal(sheet, layout, displayName, diagnostics);
        return new UnitSubmission(new Unit(meta.UnitCode, meta.UnitName, group.Code), entries, where);
    }

    /// <summary>
    /// Appraisal belongs to the council: values a unit typed where earlier forms had the council's columns (or anywhere right
    /// of its own) are never used, and one warning (AP001) names every such cell.
    /// </summary>
    private static void WarnOfAppraisal(XlsxSheet sheet, FormLayout layout, string file, DiagnosticBag diagnostics)
    {
        var cells = new List<string>();
        for (var row = FirstContentRow; row <= layout.Total.Number; row++)
        {
            for (var column = CouncilFirst; column <= CouncilLast; column++)
            {
                if (!string.IsNullOrWhiteSpace(sheet[row, column].Text)) cells.Add(XlsxSheet.Address(row, column));
            }
        }
        if (cells.Count == 0) return;
        diagnostics.Warning("AP001", new SourceLocation(file, sheet.Name, cells[0]), string.Join(", ", cells));
    }

    private static FormMetadata? ReadMetadata(XlsxWorkbook workbook, string displayName, DiagnosticBag diagnostics)
    {
        if (!workbook.SheetNames.Any(n => TextKey.SameName(n, FormMetadata.SheetTitle))) return null;
        var meta = workbook.Sheet(FormMetadata.SheetTitle, diagnostics);
        if (meta is null) return null;
        var values = new Dictionary<string, string>();
        for (var row = 1; row <= 20; row++)
        {
            var key = meta[row, 1].Text.Trim();
            if (key.Length > 0) values[key] = meta[row, 2].Text.Trim();
        }
        string V(string key) => values.GetValueOrDefault(key, string.Empty);
        if (V("layout") != FormMetadata.LayoutVersion || !int.TryParse(V("year"), out var year)) return null;
        return new FormMetadata(V("framework_id"), V("framework_version"), year, V("group"), V("fingerprint"), V("unit_code"),
            TextKey.Clean(V("unit_name")), V("sheet"));
    }

    /// <summary>
    /// Checks that the rows stand where the plan puts them, by position and code, never by a text that depends on the form's
    /// language: each parent and leaf row by its code, title and maximum (framework text), so the input rows between them
    /// are the ones written under their leaf; and the total row by its live formula, so none was added or removed under the
    /// last leaf. Reports the first row that differs.
    /// </summary>
    private static bool CheckLayout(XlsxSheet sheet, FormLayout layout, string file, DiagnosticBag diagnostics)
    {
        foreach (var row in layout.Rows.Where(r => r.Kind is FormRowKind.Parent or FormRowKind.Leaf))
        {
            var node = row.Criterion!;
            string Text(int column) => sheet[row.Number, column].Text;
            var codeOk = TextKey.SameName(Text(Code), node.Code.Value);
            var titleOk = TextKey.SameName(Text(Title), node.Title);
            var maxOk = NumberText.TryParse(new LocatedText(Text(Max), Where(file, sheet, row.Number, Max)) { IsNumber = sheet[row.Number, Max].IsNumber }, out var max)
                && max == node.MaxPoints;
            if (codeOk && titleOk && maxOk) continue;
            // Point at the first cell that differs, so an edited title or maximum is found at once.
            var column = !codeOk ? Code : !titleOk ? Title : Max;
            diagnostics.Error("FM005", Where(file, sheet, row.Number, column), row.Number,
                $"{node.Code.Value} {node.Title} ({NumberText.Format(node.MaxPoints)})", $"{Text(Code)} {Text(Title)} ({Text(Max)})".Trim());
            return false;
        }
        if (sheet[layout.Total.Number, SelfPoints].HasFormula) return true;
        diagnostics.Error("FM006", Where(file, sheet, layout.Total.Number, SelfPoints), layout.Total.Number);
        return false;
    }

    /// <summary>
    /// What a cell that takes a value holds, read as the person meant it: a number shown as a percentage (0.875 formatted
    /// 87.5%) is the percentage it shows; a bare number between 0 and 1 in a percentage cell is ambiguous and refused
    /// (FM008); a formula is refused (FM007), its stored result never trusted.
    /// </summary>
    private static LocatedText TypedValue(XlsxSheet sheet, int row, int column, InputKind kind, string file, DiagnosticBag diagnostics)
    {
        var cell = sheet[row, column];
        var where = Where(file, sheet, row, column);
        if (cell.HasFormula)
        {
            diagnostics.Error("FM007", where, cell.Text);
            return new LocatedText(cell.Text, where) { Refused = true };
        }
        var typed = new LocatedText(cell.Text, where) { IsNumber = cell.IsNumber };
        if (kind != InputKind.Percent || NumberText.Read(typed, NumberField.Decimal) is not { IsAmbiguous: false, HadPercent: false, Value: var number })
            return typed;
        if (cell.IsNumber && cell.IsPercentFormat) return new LocatedText((number * 100m).ToString(CultureInfo.InvariantCulture), where) { IsNumber = true };
        if (number is not (> 0m and < 1m)) return typed;
        diagnostics.Error("FM008", where, number, number * 100m);
        return new LocatedText(cell.Text, where) { Refused = true };
    }

    private static SourceLocation Where(string file, XlsxSheet sheet, int row, int column) => new(file, sheet.Name, XlsxSheet.Address(row, column));
}
