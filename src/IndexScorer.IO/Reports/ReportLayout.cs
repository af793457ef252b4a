using IndexScorer.IO.Localization;
using IndexScorer.IO.Workbooks;
using IndexScorer.Text;

namespace IndexScorer.IO.Reports;

/// <summary>report.xlsx's look: titles, header rows, numbers with 2 decimals, borders and A4 print setup (the same as <see cref="SheetLayout"/>'s).</summary>
internal static class ReportLayout
{
    /// <summary>Text colour of points lowered (by the appraisal, below the group's average).</summary>
    public const string Lowered = "#C00000";

    /// <summary>Text colour of points raised (above the self score, above the group's average).</summary>
    public const string Raised = "#375623";

    /// <summary>The colours of the bands, highest band first (in report.html's bars and report.xlsx's chart).</summary>
    private static readonly string[] BandColours = ["#2E7D32", "#1565C0", "#EF6C00", "#C62828", "#6A1B9A"];

    /// <summary>The colour of a band of the group (the first band's for a unit in none).</summary>
    public static string BandColour(IndexScorer.Results.ScoredGroup group, string? band)
    {
        var index = group.Bands.Select(b => b.Label).ToList().IndexOf(band ?? string.Empty);
        return BandColours[Math.Max(0, index) % BandColours.Length];
    }

    public static readonly CellStyle Bold = new() { Bold = true };
    public static readonly CellStyle Italic = new() { Italic = true };
    public static readonly CellStyle Number = new() { NumberFormat = SheetLayout.NumberFormat };
    public static readonly CellStyle BoldNumber = Number with { Bold = true };

    /// <summary>A title line: bold, larger; dark red and marked when the results are provisional.</summary>
    public static void Title(SheetBuffer sheet, int row, string text, ReportContext context)
    {
        var provisional = context.Result.Provisional;
        sheet.Text(row, 1, provisional ? $"{context.L("report.provisional")} — {text}" : text,
            new CellStyle { Bold = true, FontSize = 13, FontColor = provisional ? "#8B0000" : null });
    }

    /// <summary>
    /// The top of a sheet: in the official form (campaign.json "report") the issuing body top left and the national heading
    /// top right, then the title centred over the table's <paramref name="lastColumn"/> columns and the decision the results
    /// are attached to; otherwise the title alone, as before. Returns the first row after them.
    /// </summary>
    public static int Opening(SheetBuffer sheet, string title, ReportContext context, int lastColumn)
    {
        var form = context.Form;
        var row = 1;
        if (form.HasHeading)
        {
            var (left, right) = Blocks(sheet, lastColumn);
            var centred = new CellStyle { Horizontal = Horizontal.Center, Vertical = Vertical.Center };
            // The governing body above is upright, the issuing body itself bold (the last line).
            for (var i = 0; i < form.Issuer.Count; i++)
                Centred(sheet, 1 + i, left, form.Issuer[i], centred with { Bold = i == form.Issuer.Count - 1 });
            if (form.Issuer.Count > 0) Centred(sheet, 1 + form.Issuer.Count, left, Rule, centred);
            var heading = NationalHeading(form, context.Language);
            if (heading.Count == 2)
            {
                Centred(sheet, 1, right, heading[0], centred with { Bold = true });
                Centred(sheet, 2, right, heading[1], centred with { Bold = true, Underline = true });
            }
            row = Math.Max(form.Issuer.Count + 1, heading.Count) + 2;
        }
        var official = form.HasHeading || form.Decision is not null;
        Title(sheet, row, title, context);
        if (!official) return row + 1;
        sheet.Restyle(row, 1, s => s with { Horizontal = Horizontal.Center });
        sheet.Merge(row, 1, row, lastColumn);
        if (DecisionLine(form, context.Language) is { } text)
        {
            row++;
            sheet.Text(row, 1, text, new CellStyle { Italic = true, Horizontal = Horizontal.Center });
            sheet.Merge(row, 1, row, lastColumn);
        }
        return row + 2;
    }

    /// <summary>
    /// The end of a sheet in the official form: the place and date line (italic) over the right-hand block, then the
    /// signature blocks side by side (title in bold, room to sign, the name in bold), the last one on the right. Returns the
    /// first row after them; <paramref name="row"/> itself when the form has none.
    /// </summary>
    public static int Closing(SheetBuffer sheet, int row, ReportContext context, int lastColumn)
    {
        var form = context.Form;
        if (!form.HasSignatures) return row;
        var (left, right) = Blocks(sheet, lastColumn);
        var centred = new CellStyle { Horizontal = Horizontal.Center };
        if (PlaceLine(form, context.Language) is { } text)
        {
            Centred(sheet, row++, right, text, centred with { Italic = true });
        }
        if (form.Signers.Count == 0) return row;
        // The last signer signs on the right, under the date; the others to the left of it (the first at the far left).
        (int First, int Last)[] blocks = form.Signers.Count switch
        {
            1 => [right],
            2 => [left, right],
            _ => [left, (left.Last + 1, right.First - 1), right],
        };
        var lines = form.Signers.Max(s => s.Title.Count);
        for (var i = 0; i < form.Signers.Count; i++)
        {
            var signer = form.Signers[i];
            var block = blocks[Math.Min(i, blocks.Length - 1)];
            if (block.Last < block.First) block = right;
            for (var l = 0; l < signer.Title.Count; l++) Centred(sheet, row + l, block, signer.Title[l], centred with { Bold = true });
            if (signer.Name is { } name) Centred(sheet, row + lines + SigningRows, block, name, centred with { Bold = true });
        }
        return row + lines + SigningRows + 1;
    }

    /// <summary>Empty rows left between a signer's title and name, for the signature and the seal.</summary>
    private const int SigningRows = 4;

    /// <summary>The short line under the issuing body.</summary>
    private const string Rule = "────────";

    /// <summary>The national heading's two lines (the standard ones in <paramref name="language"/> unless the form sets others), or none.</summary>
    public static IReadOnlyList<string> NationalHeading(OfficialForm form, Language language) =>
        form.NationalHeading ?? [Labels.Get("report.nationalHeading", language), Labels.Get("report.motto", language)];

    /// <summary>"(Kèm theo Quyết định số … ngày … của …)", or null without a decision.</summary>
    public static string? DecisionLine(OfficialForm form, Language language) => form.Decision is not { } decision ? null
        : Labels.Get(decision.By is null ? "report.decision" : "report.decisionBy", language, decision.Number, Date(decision.Date, language), decision.By ?? string.Empty);

    /// <summary>"Minh Họa, ngày 15 tháng 01 năm 2025" (the date left to fill in by hand when not set), or null without a place.</summary>
    public static string? PlaceLine(OfficialForm form, Language language) => form.Place is not { } place ? null
        : $"{place}, {(form.Date is { } date ? Date(date, language) : Labels.Get("report.noDate", language))}";

    /// <summary>A date as official documents write it: "ngày 15 tháng 01 năm 2025"; in English 2025-01-15.</summary>
    private static string Date(DateOnly date, Language language) =>
        Labels.Get("report.date", language, date.Day.ToString("00", Invariant), date.Month.ToString("00", Invariant), date.Year.ToString(Invariant));

    private static readonly System.Globalization.CultureInfo Invariant = System.Globalization.CultureInfo.InvariantCulture;

    /// <summary>
    /// The left block (from column A, at least <see cref="BlockWidth"/> characters wide) and the right block (ending at the
    /// last column, as wide) of the heading and signatures; on a narrow sheet they share no column.
    /// </summary>
    private static ((int First, int Last) Left, (int First, int Last) Right) Blocks(SheetBuffer sheet, int lastColumn)
    {
        var leftLast = 1;
        for (var width = sheet.WidthOf(1); width < BlockWidth && leftLast < lastColumn; width += sheet.WidthOf(leftLast)) leftLast++;
        var rightFirst = lastColumn;
        for (var width = sheet.WidthOf(lastColumn); width < BlockWidth && rightFirst > leftLast + 1; width += sheet.WidthOf(rightFirst)) rightFirst--;
        return ((1, leftLast), (Math.Max(rightFirst, Math.Min(leftLast + 1, lastColumn)), lastColumn));
    }

    /// <summary>How wide, in characters, a heading or signature block is at least: the national heading's line in bold fits.</summary>
    private const double BlockWidth = 44;

    private static void Centred(SheetBuffer sheet, int row, (int First, int Last) block, string text, CellStyle style)
    {
        sheet.Text(row, block.First, text, style);
        if (block.Last > block.First) sheet.Merge(row, block.First, row, block.Last);
    }

    /// <summary>A bold line heading a block.</summary>
    public static void Heading(SheetBuffer sheet, int row, string text) => sheet.Text(row, 1, text, Bold);

    /// <summary>A number shown with 2 decimals, in the cell's style otherwise; null leaves the cell empty.</summary>
    public static void Points(SheetBuffer sheet, int row, int column, decimal? value, bool bold = false) =>
        sheet.Number(row, column, value, sheet.StyleAt(row, column) with { NumberFormat = SheetLayout.NumberFormat, Bold = bold || sheet.StyleAt(row, column).Bold });

    /// <summary>A header row: bold, filled, centred, wrapped, with borders.</summary>
    public static void HeaderRow(SheetBuffer sheet, int row, IReadOnlyList<string> headers, double height = 30)
    {
        var style = new CellStyle
        {
            Bold = true,
            Fill = SheetLayout.HeaderColour,
            Wrap = true,
            Horizontal = Horizontal.Center,
            Vertical = Vertical.Center,
            Borders = Edges.All,
        };
        for (var c = 0; c < headers.Count; c++) sheet.Text(row, c + 1, headers[c], style);
        sheet.Height(row, height);
    }

    /// <summary>Thin borders inside and around a table body, text at the top of its cells.</summary>
    public static void Borders(SheetBuffer sheet, int firstRow, int lastRow, int lastColumn) =>
        sheet.Restyle(firstRow, 1, lastRow, lastColumn, s => s with { Borders = s.Borders | Edges.All, Vertical = Vertical.Top });

    /// <summary>A thin line around a range, none inside.</summary>
    public static void Outline(SheetBuffer sheet, int row, int column, int lastRow, int lastColumn)
    {
        for (var r = row; r <= lastRow; r++)
        {
            for (var c = column; c <= lastColumn; c++)
            {
                var edges = (r == row ? Edges.Top : 0) | (r == lastRow ? Edges.Bottom : 0) | (c == column ? Edges.Left : 0) | (c == lastColumn ? Edges.Right : 0);
                sheet.Restyle(r, c, s => s with { Borders = s.Borders | edges });
            }
        }
    }

    /// <summary>A4, one page wide, the header row repeated on every page and kept in view, page numbers in the footer.</summary>
    public static void PrintA4(SheetBuffer sheet, Orientation orientation, int headerRow, ReportContext context, int areaLastRow = 0, int areaLastColumn = 0) =>
        PrintA4(sheet, orientation, headerRow, context.Language, areaLastRow, areaLastColumn);

    /// <summary>
    /// The same for any streamed workbook (report, results, compare); <paramref name="repeatColumns"/> above 0 prints a sheet too
    /// wide for one readable page at full size across pages, its first columns repeated (see <see cref="PrintSetup"/>).
    /// </summary>
    public static void PrintA4(
        SheetBuffer sheet, Orientation orientation, int headerRow, Language language, int areaLastRow = 0, int areaLastColumn = 0, int repeatColumns = 0)
    {
        sheet.Print = new PrintSetup(orientation, headerRow, Labels.Get("report.pageFooter", language, "&P", "&N"), areaLastRow, areaLastColumn, repeatColumns);
        sheet.FrozenRows = headerRow;
    }
}
