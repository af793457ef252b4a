using System.Globalization;
using System.IO.Compression;
using System.Xml;
using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.IO.Workbooks;

/// <summary>
/// A user's .xlsx opened for reading cell values only, by streaming its XML parts: the sheet list, the shared strings, the
/// number formats and, on request, one sheet's cells. Pictures, drawings, charts and comments are never loaded, no formula
/// is evaluated, and the package is checked first like every workbook (<see cref="SafeWorkbook.CheckedPackage"/>).
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        // Disposing the reader closes the part's inflating stream at once (never left to a finalizer).
        CloseInput = true,
    };

    private readonly ZipArchive _zip;
    private readonly string _displayName;
    private readonly List<(string Name, string Part, bool Visible)> _sheets;
    private readonly List<string> _sharedStrings;
    private readonly List<string> _formats;

    private XlsxWorkbook(ZipArchive zip, string displayName, List<(string, string, bool)> sheets, List<string> sharedStrings, List<string> formats)
    {
        _zip = zip;
        _displayName = displayName;
        _sheets = sheets;
        _sharedStrings = sharedStrings;
        _formats = formats;
    }

    /// <summary>The sheets' names in workbook order, hidden ones included.</summary>
    public IEnumerable<string> SheetNames => _sheets.Select(s => s.Name);

    /// <summary>The name of the first sheet a user sees (not hidden), or null when every sheet is hidden.</summary>
    public string? FirstVisibleSheet => _sheets.FirstOrDefault(s => s.Visible).Name;

    /// <summary>Opens the workbook; null with one diagnostic (naming <paramref name="displayName"/>) when it cannot be used.</summary>
    public static XlsxWorkbook? Open(string path, string displayName, DiagnosticBag diagnostics)
    {
        if (SafeWorkbook.CheckedPackage(path, displayName, diagnostics) is not { } package) return null;
        ZipArchive? zip = null;
        try
        {
            zip = new ZipArchive(package, ZipArchiveMode.Read);
            var workbookPart = Target(zip, "_rels/.rels", string.Empty, "/officeDocument").FirstOrDefault()
                ?? throw new InvalidDataException("No workbook part.");
            var folder = workbookPart.Contains('/') ? workbookPart[..(workbookPart.LastIndexOf('/') + 1)] : string.Empty;
            var relations = Relations(zip, $"{folder}_rels/{workbookPart[folder.Length..]}.rels", folder);
            var sheets = Sheets(zip, workbookPart, relations);
            var strings = relations.Values.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Part is { } s
                ? SharedStrings(zip, s) : [];
            var formats = relations.Values.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)).Part is { } st
                ? Formats(zip, st) : [];
            return new XlsxWorkbook(zip, displayName, sheets, strings, formats);
        }
        catch (Exception e) when (SafeWorkbook.IsDamaged(e))
        {
            zip?.Dispose();
            diagnostics.Error("IO008", new SourceLocation(displayName));
            return null;
        }
    }

    /// <summary>
    /// Every non-empty cell of the sheet named <paramref name="name"/> (case and Unicode form ignored); null with IO009 when
    /// the workbook has no such sheet, or IO008 when the sheet's XML is damaged.
    /// </summary>
    public XlsxSheet? Sheet(string name, DiagnosticBag diagnostics)
    {
        var sheet = _sheets.FirstOrDefault(s => TextKey.SameName(s.Name, name));
        if (sheet.Part is null)
        {
            diagnostics.Error("IO009", new SourceLocation(_displayName), name, string.Join(", ", _sheets.Select(s => s.Name)));
            return null;
        }
        try
        {
            return new XlsxSheet(sheet.Name, Cells(sheet.Part));
        }
        catch (Exception e) when (SafeWorkbook.IsDamaged(e))
        {
            diagnostics.Error("IO008", new SourceLocation(_displayName, sheet.Name));
            return null;
        }
    }

    public void Dispose() => _zip.Dispose();

    private Dictionary<(int, int), XlsxCell> Cells(string part)
    {
        var cells = new Dictionary<(int, int), XlsxCell>(capacity: 512);
        using var xml = Xml(_zip, part);
        int row = 0, column = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "row")
            {
                row = xml.GetAttribute("r") is { } r ? Number(r, 1_048_576) : row + 1;
                column = 0;
            }
            else if (xml.LocalName == "c")
            {
                (row, column) = xml.GetAttribute("r") is { } reference ? Reference(reference) : (row, column + 1);
                var style = xml.GetAttribute("s") is { } s ? Number(s, int.MaxValue - 1, from: 0) : 0;
                var type = xml.GetAttribute("t") ?? "n";
                var (value, hasFormula) = xml.IsEmptyElement ? (null, false) : CellContent(xml);
                var format = style < _formats.Count ? _formats[style] : "General";
                var text = value is null ? string.Empty : Text(value, type, format);
                var isNumber = type == "n" && value is not null && !hasFormula && !NumberFormats.IsDate(format);
                if (text.Length > 0 || hasFormula) cells[(row, column)] = new XlsxCell(text, format, hasFormula, isNumber);
            }
        }
        return cells;
    }

    /// <summary>Reads a cell's children: the stored value (or inline string) and whether a formula is there.</summary>
    private static (string? Value, bool HasFormula) CellContent(XmlReader xml)
    {
        string? value = null;
        var hasFormula = false;
        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            switch (xml.LocalName)
            {
                case "f":
                    hasFormula = true;
                    break;
                case "v":
                    value = xml.ReadElementContentAsString();
                    if (xml.Depth <= depth) return (value, hasFormula);
                    break;
                case "is":
                    value = RichText(xml);
                    break;
            }
        }
        return (value, hasFormula);
    }

    private string Text(string value, string type, string format) => type switch
    {
        "s" => _sharedStrings[Number(value, _sharedStrings.Count - 1, from: 0)],
        "inlineStr" or "str" or "e" => value,
        "b" => value == "1" ? "TRUE" : "FALSE",
        "d" => DateTime.Parse(value, CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => NumberText(double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture), format),
    };

    /// <summary>A number as ClosedXML and the engine have always shown it: a date as yyyy-MM-dd, else invariant at full precision.</summary>
    private static string NumberText(double number, string format) =>
        NumberFormats.IsDate(format)
            ? DateTime.FromOADate(number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : CellValues.Number(number);

    private static List<(string, string, bool)> Sheets(ZipArchive zip, string workbookPart, Dictionary<string, (string Type, string Part)> relations)
    {
        var sheets = new List<(string, string, bool)>();
        using var xml = Xml(zip, workbookPart);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "sheet") continue;
            var name = xml.GetAttribute("name") ?? throw new InvalidDataException("A sheet without a name.");
            var id = xml.GetAttribute("id", RelationshipNamespace) ?? throw new InvalidDataException("A sheet without a part.");
            var visible = xml.GetAttribute("state") is null or "visible";
            if (relations.TryGetValue(id, out var relation)) sheets.Add((name, relation.Part, visible));
        }
        return sheets;
    }

    private static List<string> SharedStrings(ZipArchive zip, string part)
    {
        var strings = new List<string>();
        using var xml = Xml(zip, part);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si") strings.Add(RichText(xml));
        }
        return strings;
    }

    /// <summary>The text of a string item (si, is): its t elements in order, phonetic runs (rPh) left out.</summary>
    private static string RichText(XmlReader xml)
    {
        if (xml.IsEmptyElement) return string.Empty;
        var text = new System.Text.StringBuilder();
        var depth = xml.Depth;
        var phonetic = -1;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == phonetic) phonetic = -1;
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "rPh" && !xml.IsEmptyElement) phonetic = xml.Depth;
            else if (xml.LocalName == "t" && phonetic < 0 && !xml.IsEmptyElement) text.Append(xml.ReadString());
        }
        return text.ToString();
    }

    /// <summary>The number format code of every cell style (cellXfs), in order.</summary>
    private static List<string> Formats(ZipArchive zip, string part)
    {
        var custom = new Dictionary<int, string>();
        var styles = new List<string>();
        using var xml = Xml(zip, part);
        var inCellStyles = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs") inCellStyles = false;
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "numFmt" && xml.GetAttribute("numFmtId") is { } id && xml.GetAttribute("formatCode") is { Length: > 0 } code)
                custom[Number(id, int.MaxValue - 1, from: 0)] = code;
            else if (xml.LocalName == "cellXfs")
                inCellStyles = !xml.IsEmptyElement;
            else if (xml.LocalName == "xf" && inCellStyles)
            {
                var formatId = xml.GetAttribute("numFmtId") is { } f ? Number(f, int.MaxValue - 1, from: 0) : 0;
                styles.Add(custom.TryGetValue(formatId, out var format) ? format : NumberFormats.BuiltIn(formatId));
            }
        }
        return styles;
    }

    private static Dictionary<string, (string Type, string Part)> Relations(ZipArchive zip, string part, string folder)
    {
        var relations = new Dictionary<string, (string, string)>();
        if (zip.GetEntry(part) is null) return relations;
        using var xml = Xml(zip, part);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship") continue;
            if (xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target && xml.GetAttribute("TargetMode") != "External")
                relations[id] = (xml.GetAttribute("Type") ?? string.Empty, Resolve(folder, target));
        }
        return relations;
    }

    private static IEnumerable<string> Target(ZipArchive zip, string part, string folder, string typeEnding) =>
        Relations(zip, part, folder).Values.Where(r => r.Type.EndsWith(typeEnding, StringComparison.Ordinal)).Select(r => r.Part);

    /// <summary>A relationship's target as a part name: absolute targets from the root, relative ones from the source's folder.</summary>
    private static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (segment is not ("." or "")) parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    private static XmlReader Xml(ZipArchive zip, string part)
    {
        var entry = zip.GetEntry(part) ?? throw new InvalidDataException($"The part {part} is missing.");
        return XmlReader.Create(entry.Open(), XmlSettings);
    }

    /// <summary>A cell reference such as E14, as (row, column); malformed or out of Excel's range is a damaged file.</summary>
    private static (int Row, int Column) Reference(string reference)
    {
        var letters = 0;
        var column = 0;
        while (letters < reference.Length && char.IsAsciiLetterUpper(reference[letters]))
        {
            column = column * 26 + (reference[letters] - 'A' + 1);
            if (++letters > 3) throw new FormatException($"Bad cell reference '{reference}'.");
        }
        if (letters == 0 || column > 16_384) throw new FormatException($"Bad cell reference '{reference}'.");
        return (Number(reference[letters..], 1_048_576), column);
    }

    /// <summary>A whole number from <paramref name="from"/> to <paramref name="max"/>; anything else is a damaged file.</summary>
    private static int Number(string text, int max, int from = 1) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= from && n <= max
            ? n
            : throw new FormatException($"'{text}' is not a number from {from} to {max}.");
}
