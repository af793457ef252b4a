using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace IndexScorer.IO.Tests.Forms;

/// <summary>
/// Reads a dropdown's items back from a saved .xlsx at the XML level, as a spreadsheet client does: the cell's data
/// validation, its formula1 (a literal "a,b" list or a range on a sheet), and the cells of that range through the
/// workbook's sheet list, its relationships and the shared strings. Nothing of our writer or of ClosedXML is used.
/// </summary>
internal static partial class XlsxDropdown
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The formula1 of the list validation covering <paramref name="cell"/> (e.g. "E14") of <paramref name="sheetName"/>.</summary>
    public static string Formula(string path, string sheetName, string cell)
    {
        using var zip = ZipFile.OpenRead(path);
        var validation = Sheet(zip, sheetName).Descendants(Main + "dataValidation")
            .Single(v => (string?)v.Attribute("type") == "list" && v.Attribute("sqref")!.Value.Split(' ').Any(r => Covers(r, cell)));
        return validation.Element(Main + "formula1")!.Value;
    }

    /// <summary>The items the dropdown of <paramref name="cell"/> offers, resolved from its formula1.</summary>
    public static IReadOnlyList<string> Items(string path, string sheetName, string cell)
    {
        var formula = Formula(path, sheetName, cell);
        if (formula.StartsWith('"')) return formula.Trim('"').Split(',');
        var match = RangeReference().Match(formula);
        Assert.That(match.Success, Is.True, $"formula1 '{formula}' is neither a literal list nor a range");
        var listSheet = match.Groups["sheet"].Value.Replace("''", "'");
        var (firstColumn, firstRow) = (Column(match.Groups["c1"].Value), int.Parse(match.Groups["r1"].Value));
        var (lastColumn, lastRow) = (Column(match.Groups["c2"].Value), int.Parse(match.Groups["r2"].Value));

        using var zip = ZipFile.OpenRead(path);
        var shared = zip.GetEntry("xl/sharedStrings.xml") is { } entry
            ? XDocument.Load(entry.Open()).Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList()
            : [];
        var cells = Sheet(zip, listSheet).Descendants(Main + "c").ToDictionary(c => c.Attribute("r")!.Value);
        var items = new List<string>();
        for (var row = firstRow; row <= lastRow; row++)
        {
            for (var column = firstColumn; column <= lastColumn; column++)
            {
                var reference = ColumnName(column) + row;
                if (!cells.TryGetValue(reference, out var c)) continue;
                items.Add((string?)c.Attribute("t") switch
                {
                    "s" => shared[int.Parse(c.Element(Main + "v")!.Value)],
                    "inlineStr" => string.Concat(c.Descendants(Main + "t").Select(t => t.Value)),
                    _ => c.Element(Main + "v")?.Value ?? "",
                });
            }
        }
        return items;
    }

    /// <summary>The state of a sheet ("visible", "hidden" or "veryHidden") and whether it is protected.</summary>
    public static (string State, bool Protected) Visibility(string path, string sheetName)
    {
        using var zip = ZipFile.OpenRead(path);
        var sheet = Workbook(zip).Descendants(Main + "sheet").Single(s => s.Attribute("name")!.Value == sheetName);
        return ((string?)sheet.Attribute("state") ?? "visible", Sheet(zip, sheetName).Descendants(Main + "sheetProtection").Any());
    }

    private static XDocument Workbook(ZipArchive zip) => XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open());

    private static XDocument Sheet(ZipArchive zip, string name)
    {
        var id = Workbook(zip).Descendants(Main + "sheet").Single(s => s.Attribute("name")!.Value == name).Attribute(Relationships + "id")!.Value;
        var rels = XDocument.Load(zip.GetEntry("xl/_rels/workbook.xml.rels")!.Open());
        var target = rels.Root!.Elements(PackageRelationships + "Relationship").Single(r => r.Attribute("Id")!.Value == id).Attribute("Target")!.Value;
        var part = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        return XDocument.Load(zip.GetEntry(part)!.Open());
    }

    private static bool Covers(string range, string cell)
    {
        var parts = range.Split(':');
        if (parts.Length == 1) return parts[0] == cell;
        var (c, r) = Split(cell);
        var (c1, r1) = Split(parts[0]);
        var (c2, r2) = Split(parts[1]);
        return c >= c1 && c <= c2 && r >= r1 && r <= r2;
    }

    private static (int Column, int Row) Split(string cell)
    {
        var m = CellReference().Match(cell);
        return (Column(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
    }

    private static int Column(string letters) => letters.Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1);

    private static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26) name = (char)('A' + (c - 1) % 26) + name;
        return name;
    }

    [GeneratedRegex(@"^'?(?<sheet>.+?)'?!\$?(?<c1>[A-Z]+)\$?(?<r1>\d+):\$?(?<c2>[A-Z]+)\$?(?<r2>\d+)$")]
    private static partial Regex RangeReference();

    [GeneratedRegex(@"^\$?([A-Z]+)\$?(\d+)$")]
    private static partial Regex CellReference();
}
