using System.Globalization;
using System.Xml;

namespace IndexScorer.IO.Workbooks;

/// <summary>The distinct cell styles of a workbook being written, numbered in order of first use (0 is the default look).</summary>
internal sealed class StyleSheet
{
    private const string Black = "#000000";

    private readonly Dictionary<CellStyle, int> _ids = new() { [CellStyle.Default] = 0 };
    private readonly List<CellStyle> _styles = [CellStyle.Default];
    private CellStyle _last = CellStyle.Default;
    private int _lastId;

    /// <summary>The style numbered <paramref name="id"/>.</summary>
    public CellStyle this[int id] => _styles[id];

    /// <summary>The number of a style, given one on first use.</summary>
    public int Id(CellStyle style)
    {
        // Runs of cells share a style: the last one is told without hashing it.
        if (style == _last) return _lastId;
        if (!_ids.TryGetValue(style, out var id))
        {
            id = _styles.Count;
            _styles.Add(style);
            _ids[style] = id;
        }
        (_last, _lastId) = (style, id);
        return id;
    }

    /// <summary>Writes xl/styles.xml: fonts, fills, borders and number formats shared by the styles, then one cell format per style.</summary>
    public void Write(XmlWriter xml)
    {
        var formats = Distinct(s => s.NumberFormat, null);
        var fonts = Distinct(s => (s.Bold, s.Italic, s.Underline, s.FontSize == 0 ? 11 : s.FontSize, s.FontColor ?? Black), (false, false, false, 11.0, Black));
        var fills = Distinct(s => s.Fill, null);
        var borders = Distinct(s => s.Borders, Edges.None);

        xml.WriteStartElement("styleSheet", XlsxWriter.Main);
        xml.WriteStartElement("numFmts");
        xml.WriteAttributeString("count", Count(formats.Count - 1));
        for (var i = 1; i < formats.Count; i++)
        {
            xml.WriteStartElement("numFmt");
            xml.WriteAttributeString("numFmtId", Count(163 + i));
            xml.WriteAttributeString("formatCode", formats[i]);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("fonts");
        xml.WriteAttributeString("count", Count(fonts.Count));
        foreach (var (bold, italic, underline, size, colour) in fonts)
        {
            xml.WriteStartElement("font");
            if (bold) xml.WriteElementString("b", string.Empty);
            if (italic) xml.WriteElementString("i", string.Empty);
            if (underline) xml.WriteElementString("u", string.Empty);
            Value(xml, "sz", size.ToString(CultureInfo.InvariantCulture));
            Colour(xml, "color", colour);
            Value(xml, "name", "Calibri");
            Value(xml, "family", "2");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("fills");
        xml.WriteAttributeString("count", Count(fills.Count + 1));
        Pattern(xml, "none", null);
        Pattern(xml, "gray125", null);
        for (var i = 1; i < fills.Count; i++) Pattern(xml, "solid", fills[i]);
        xml.WriteEndElement();

        xml.WriteStartElement("borders");
        xml.WriteAttributeString("count", Count(borders.Count));
        foreach (var edges in borders)
        {
            xml.WriteStartElement("border");
            Edge(xml, "left", edges.HasFlag(Edges.Left) ? "thin" : null);
            Edge(xml, "right", edges.HasFlag(Edges.Right) ? "thin" : null);
            Edge(xml, "top", edges.HasFlag(Edges.DoubleTop) ? "double" : edges.HasFlag(Edges.Top) ? "thin" : null);
            Edge(xml, "bottom", edges.HasFlag(Edges.Bottom) ? "thin" : null);
            xml.WriteElementString("diagonal", string.Empty);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("cellStyleXfs");
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("xf");
        foreach (var a in new[] { "numFmtId", "fontId", "fillId", "borderId" }) xml.WriteAttributeString(a, "0");
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("cellXfs");
        xml.WriteAttributeString("count", Count(_styles.Count));
        foreach (var style in _styles)
        {
            var format = formats.IndexOf(style.NumberFormat);
            var fill = fills.IndexOf(style.Fill);
            xml.WriteStartElement("xf");
            xml.WriteAttributeString("numFmtId", Count(format == 0 ? 0 : 163 + format));
            xml.WriteAttributeString("fontId", Count(fonts.IndexOf((style.Bold, style.Italic, style.Underline, style.FontSize == 0 ? 11 : style.FontSize, style.FontColor ?? Black))));
            xml.WriteAttributeString("fillId", Count(fill == 0 ? 0 : fill + 1));
            xml.WriteAttributeString("borderId", Count(borders.IndexOf(style.Borders)));
            xml.WriteAttributeString("xfId", "0");
            foreach (var a in new[] { "applyNumberFormat", "applyFont", "applyFill", "applyBorder", "applyAlignment" }) xml.WriteAttributeString(a, "1");
            if (style.Horizontal != Horizontal.General || style.Vertical != Vertical.Bottom || style.Wrap || style.Indent > 0)
            {
                xml.WriteStartElement("alignment");
                if (style.Horizontal != Horizontal.General) xml.WriteAttributeString("horizontal", style.Horizontal.ToString().ToLowerInvariant());
                if (style.Vertical != Vertical.Bottom) xml.WriteAttributeString("vertical", style.Vertical.ToString().ToLowerInvariant());
                if (style.Wrap) xml.WriteAttributeString("wrapText", "1");
                if (style.Indent > 0) xml.WriteAttributeString("indent", Count(style.Indent));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("cellStyles");
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("cellStyle");
        xml.WriteAttributeString("name", "Normal");
        xml.WriteAttributeString("xfId", "0");
        xml.WriteAttributeString("builtinId", "0");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private List<T> Distinct<T>(Func<CellStyle, T> part, T first)
    {
        var list = new List<T> { first };
        foreach (var style in _styles)
        {
            var value = part(style);
            if (!list.Contains(value)) list.Add(value);
        }
        return list;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void Value(XmlWriter xml, string element, string value)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("val", value);
        xml.WriteEndElement();
    }

    private static void Colour(XmlWriter xml, string element, string colour)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("rgb", "FF" + colour.TrimStart('#').ToUpperInvariant());
        xml.WriteEndElement();
    }

    private static void Pattern(XmlWriter xml, string pattern, string? colour)
    {
        xml.WriteStartElement("fill");
        xml.WriteStartElement("patternFill");
        xml.WriteAttributeString("patternType", pattern);
        if (colour is not null)
        {
            Colour(xml, "fgColor", colour);
            xml.WriteStartElement("bgColor");
            xml.WriteAttributeString("indexed", "64");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Edge(XmlWriter xml, string edge, string? line)
    {
        xml.WriteStartElement(edge);
        if (line is not null)
        {
            xml.WriteAttributeString("style", line);
            xml.WriteStartElement("color");
            xml.WriteAttributeString("indexed", "64");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
