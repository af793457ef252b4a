using System.Globalization;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.IO.Workbooks;
using IndexScorer.Text;
using static IndexScorer.IO.Explanations.ExplanationColumns;

namespace IndexScorer.IO.Explanations;

/// <summary>
/// Reads an explanation file a unit sent back. The file is accepted only when its seal matches under the office's key and
/// every protected cell still holds the value sealed; otherwise it is refused (nothing of it is used) with an error at
/// the file (EX003, EX004, EX006) or at each changed cell (EX005: expected and found).
/// </summary>
internal static class ExplanationFileReader
{
    /// <summary>The rows the unit typed on; null when the file is refused.</summary>
    public static IReadOnlyList<ReturnedExplanation>? Read(string path, string displayName, Framework framework, byte[] key, DiagnosticBag diagnostics)
    {
        using var workbook = XlsxWorkbook.Open(path, displayName, diagnostics);
        if (workbook is null) return null;
        var where = new SourceLocation(displayName);
        var sealName = workbook.SheetNames.FirstOrDefault(n => TextKey.SameName(n, SealSheet));
        var sealSheet = sealName is null ? null : workbook.Sheet(sealName, diagnostics);
        if (sealSheet is null)
        {
            diagnostics.Error("EX003", where);
            return null;
        }
        var record = new List<IReadOnlyList<string>>();
        var seal = string.Empty;
        for (var row = 1; row <= sealSheet.LastRow; row++)
        {
            var fields = Enumerable.Range(1, 4).Select(c => sealSheet[row, c].Text).ToArray();
            if (fields[0] == "seal") seal = fields[1];
            else if (fields[0] == "cell") record.Add(fields);
            else if (fields[0].Length > 0) record.Add(fields[..2]);
        }
        if (!ExplanationSeal.Matches(key, record, seal))
        {
            diagnostics.Error("EX004", where);
            return null;
        }
        string V(string name) => record.FirstOrDefault(r => r[0] == name)?[1] ?? string.Empty;
        if (V("kind") != "explanation") return Refused("EX003");
        if (!TextKey.SameName(V("framework_id"), framework.Id) || V("year") != framework.Year.ToString(CultureInfo.InvariantCulture))
        {
            diagnostics.Error("EX006", where, V("framework_id"), V("year"), framework.Id, framework.Year);
            return null;
        }
        var sheet = workbook.Sheet(V("sheet"), diagnostics);
        if (sheet is null) return null;

        var changed = false;
        var criteria = new List<(int Row, string Code)>();
        foreach (var cell in record.Where(r => r[0] == "cell"))
        {
            var row = int.Parse(cell[1], CultureInfo.InvariantCulture);
            var column = int.Parse(cell[2], CultureInfo.InvariantCulture);
            var found = sheet[row, column].Text;
            if (column == Code && row >= FirstContentRow) criteria.Add((row, cell[3]));
            if (Same(cell[3], found)) continue;
            diagnostics.Error("EX005", new SourceLocation(displayName, sheet.Name, XlsxSheet.Address(row, column)), cell[3], found);
            changed = true;
        }
        if (changed) return null;
        var unit = V("unit");
        return criteria.Select(c => new ReturnedExplanation(unit, c.Code, sheet[c.Row, Explanation].Text.Trim(), sheet[c.Row, NewEvidence].Text.Trim(),
            new SourceLocation(displayName, sheet.Name, XlsxSheet.Address(c.Row, Explanation)))).ToArray();

        IReadOnlyList<ReturnedExplanation>? Refused(string code)
        {
            diagnostics.Error(code, where);
            return null;
        }
    }

    /// <summary>A protected cell still holds what was sealed: the same number (however a spreadsheet stores it), or the same text.</summary>
    private static bool Same(string sealedValue, string found)
    {
        if (decimal.TryParse(sealedValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected)
            && decimal.TryParse(found, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return expected == value;
        return ExplanationSeal.Canonical(sealedValue).TrimEnd() == ExplanationSeal.Canonical(found).TrimEnd();
    }
}
