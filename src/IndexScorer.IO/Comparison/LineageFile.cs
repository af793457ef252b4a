using IndexScorer.Comparison;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Localization;
using IndexScorer.IO.Tables;
using IndexScorer.Text;

namespace IndexScorer.IO.Comparison;

/// <summary>
/// Reads unit lineage files: CSV (UTF-8, comma, # comments) or the first sheet of an .xlsx, one row per old unit (or part
/// of one) and the new unit it went into, headers in Vietnamese or English in any order. Every problem names the cell;
/// the checks against the two years (unknown codes, shares, pairs written twice) are the domain's.
/// </summary>
internal static class LineageFile
{
    private static readonly LineageColumn[] Order = Enum.GetValues<LineageColumn>();

    /// <summary>The header names accepted for each column (Vietnamese first, then English).</summary>
    public static IReadOnlyDictionary<LineageColumn, string[]> Headers { get; } = Order.ToDictionary(c => c, c =>
    {
        var label = Labels.All[HeaderKey(c)];
        return new[] { label.Vi, label.En };
    });

    /// <summary>The label key of a column's header.</summary>
    public static string HeaderKey(LineageColumn column) => "compare.ln." + column switch
    {
        LineageColumn.OldYear => "oldYear",
        LineageColumn.OldCode => "oldCode",
        LineageColumn.OldName => "oldName",
        LineageColumn.NewCode => "newCode",
        LineageColumn.Share => "share",
        LineageColumn.Weight => "weight",
        LineageColumn.Basis => "basis",
        LineageColumn.HasResults => "hasResults",
        _ => "note",
    };

    /// <summary>The lineage, or null when any cell is wrong (every problem is in <paramref name="diagnostics"/>).</summary>
    public static UnitLineage? Read(string path, string displayName, DiagnosticBag diagnostics)
    {
        var rows = TableReader.Read(path, displayName, Headers, [LineageColumn.OldCode, LineageColumn.NewCode], diagnostics);
        if (rows is null) return null;
        var errors = diagnostics.ErrorCount;
        var links = new List<LineageLink>();
        foreach (var row in rows)
        {
            var oldCode = TextKey.Clean(row[LineageColumn.OldCode].Text);
            if (oldCode.Length == 0)
            {
                diagnostics.Error("LN010", row[LineageColumn.OldCode].Location);
                continue;
            }
            var newCode = TextKey.Clean(row[LineageColumn.NewCode].Text);
            var year = Year(row[LineageColumn.OldYear], diagnostics, out var yearOk);
            var share = Number(row[LineageColumn.Share], "LN011", v => v > 0m && v <= 1m, percentOfOne: true, diagnostics, out var shareOk);
            var weight = Number(row[LineageColumn.Weight], "LN012", v => v > 0m, percentOfOne: false, diagnostics, out var weightOk);
            var results = row[LineageColumn.HasResults];
            var hasResults = results.IsBlank ? true : YesNoWords.Read(results.Text);
            if (hasResults is null) diagnostics.Error("LN014", results.Location, TextKey.Clean(results.Text), YesNoWords.Either);
            if (!yearOk || !shareOk || !weightOk || hasResults is null) continue;
            links.Add(new LineageLink(oldCode, newCode.Length == 0 ? null : newCode)
            {
                OldYear = year,
                OldName = TextKey.Clean(row[LineageColumn.OldName].Text),
                Share = share,
                Weight = weight,
                Basis = TextKey.Clean(row[LineageColumn.Basis].Text),
                WithoutResults = hasResults == false,
                Note = TextKey.Clean(row[LineageColumn.Note].Text),
                Cells = new LineageCells(row.Location, row[LineageColumn.OldYear].Location, row[LineageColumn.OldCode].Location,
                    row[LineageColumn.NewCode].Location, row[LineageColumn.Share].Location, row[LineageColumn.Weight].Location),
            });
        }
        return diagnostics.ErrorCount > errors ? null : new UnitLineage(links);
    }

    private static int? Year(LocatedText cell, DiagnosticBag diagnostics, out bool ok)
    {
        ok = true;
        if (cell.IsBlank) return null;
        if (int.TryParse(TextKey.Clean(cell.Text), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2999) return year;
        diagnostics.Error("LN013", cell.Location, TextKey.Clean(cell.Text));
        ok = false;
        return null;
    }

    /// <summary>A number in its cell; a share may be typed as a percentage ("40%" is 0.4).</summary>
    private static decimal? Number(LocatedText cell, string errorCode, Func<decimal, bool> valid, bool percentOfOne, DiagnosticBag diagnostics, out bool ok)
    {
        ok = true;
        if (cell.IsBlank) return null;
        var reading = NumberText.Read(cell, NumberField.Decimal);
        if (reading is { Alternative: { } thousands })
        {
            diagnostics.Error("IO021", cell.Location, TextKey.Clean(cell.Text), reading.Value.Value, thousands);
            ok = false;
            return null;
        }
        if (reading is { Value: var value, HadPercent: var percent })
        {
            if (percent && percentOfOne) value /= 100m;
            if (!percent || percentOfOne)
            {
                if (valid(value)) return value;
            }
        }
        diagnostics.Error(errorCode, cell.Location, TextKey.Clean(cell.Text));
        ok = false;
        return null;
    }
}
