using System.IO.Compression;
using System.Xml.Linq;

namespace IndexScorer.IO.Tests;

/// <summary>
/// How one sheet of a written .xlsx prints and shows, read from the file's XML as Excel and LibreOffice read it (ClosedXML 0.95
/// does not load the sheet-scoped print names back).
/// </summary>
public sealed record PrintSettings(
    string Sheet, bool Visible, int? PaperSize, string? Orientation, bool FitToPage, int FitToWidth, int FitToHeight, string Footer,
    int FrozenRows, string? PrintTitles, string? PrintArea, IReadOnlyList<(int Min, int Max, double Width)> Columns)
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The settings of every sheet of <paramref name="path"/>, in workbook order.</summary>
    public static IReadOnlyList<PrintSettings> Of(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        XDocument Part(string name) => XDocument.Load(zip.GetEntry(name)!.Open());
        var workbook = Part("xl/workbook.xml");
        var targets = Part("xl/_rels/workbook.xml.rels").Descendants(PackageRelationships + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        var names = workbook.Descendants(Main + "definedName").ToList();
        string? Name(string name, int index) =>
            names.FirstOrDefault(n => (string?)n.Attribute("name") == name && (int?)n.Attribute("localSheetId") == index)?.Value;

        var result = new List<PrintSettings>();
        foreach (var (sheet, index) in workbook.Descendants(Main + "sheet").Select((s, i) => (s, i)))
        {
            var target = targets[(string)sheet.Attribute(Relationships + "id")!].TrimStart('/');
            var xml = Part(target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target);
            var setup = xml.Descendants(Main + "pageSetup").FirstOrDefault();
            var pane = xml.Descendants(Main + "pane").FirstOrDefault();
            result.Add(new PrintSettings(
                (string)sheet.Attribute("name")!,
                (string?)sheet.Attribute("state") is null or "visible",
                (int?)setup?.Attribute("paperSize"),
                (string?)setup?.Attribute("orientation"),
                (bool?)xml.Descendants(Main + "pageSetUpPr").FirstOrDefault()?.Attribute("fitToPage") ?? false,
                (int?)setup?.Attribute("fitToWidth") ?? 1,
                (int?)setup?.Attribute("fitToHeight") ?? 1,
                xml.Descendants(Main + "oddFooter").FirstOrDefault()?.Value ?? string.Empty,
                (int)((double?)pane?.Attribute("ySplit") ?? 0),
                Name("_xlnm.Print_Titles", index),
                Name("_xlnm.Print_Area", index),
                [.. xml.Descendants(Main + "col").Select(c => ((int)c.Attribute("min")!, (int)c.Attribute("max")!, (double)c.Attribute("width")!))]));
        }
        return result;
    }

    /// <summary>The width of column <paramref name="column"/> in characters as stored (null: the default width).</summary>
    public double? WidthOf(int column) => Columns.Where(c => c.Min <= column && column <= c.Max).Select(c => (double?)c.Width).FirstOrDefault();
}
