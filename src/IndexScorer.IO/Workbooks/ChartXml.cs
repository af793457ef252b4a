using System.Globalization;
using System.Xml;

namespace IndexScorer.IO.Workbooks;

/// <summary>
/// The DrawingML of a <see cref="BarChart"/>: the drawing part anchoring it over cells and the chart part itself, whose
/// series refer to the sheet's cells and cache their values (Excel and LibreOffice draw from the cache on opening).
/// </summary>
internal static class ChartXml
{
    private const string Chart = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string Drawing = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string SpreadsheetDrawing = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

    /// <summary>The bars' colour when none is given per bar.</summary>
    private const string DefaultBar = "#4472C4";

    /// <summary>xl/drawings/drawingN.xml: one graphic frame holding the chart, from one cell to another.</summary>
    public static void WriteDrawing(XmlWriter xml, BarChart chart, int number)
    {
        xml.WriteStartElement("xdr", "wsDr", SpreadsheetDrawing);
        xml.WriteAttributeString("xmlns", "a", null, Drawing);
        xml.WriteStartElement("xdr", "twoCellAnchor", SpreadsheetDrawing);
        Marker(xml, "from", chart.Anchor.Row, chart.Anchor.Column);
        Marker(xml, "to", chart.Anchor.EndRow, chart.Anchor.EndColumn);
        xml.WriteStartElement("xdr", "graphicFrame", SpreadsheetDrawing);
        xml.WriteAttributeString("macro", string.Empty);
        xml.WriteStartElement("xdr", "nvGraphicFramePr", SpreadsheetDrawing);
        xml.WriteStartElement("xdr", "cNvPr", SpreadsheetDrawing);
        xml.WriteAttributeString("id", Text(number + 1));
        xml.WriteAttributeString("name", $"Chart {number}");
        xml.WriteEndElement();
        xml.WriteElementString("xdr", "cNvGraphicFramePr", SpreadsheetDrawing, string.Empty);
        xml.WriteEndElement();
        xml.WriteStartElement("xdr", "xfrm", SpreadsheetDrawing);
        xml.WriteStartElement("a", "off", Drawing);
        xml.WriteAttributeString("x", "0");
        xml.WriteAttributeString("y", "0");
        xml.WriteEndElement();
        xml.WriteStartElement("a", "ext", Drawing);
        xml.WriteAttributeString("cx", "0");
        xml.WriteAttributeString("cy", "0");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("a", "graphic", Drawing);
        xml.WriteStartElement("a", "graphicData", Drawing);
        xml.WriteAttributeString("uri", Chart);
        xml.WriteStartElement("c", "chart", Chart);
        xml.WriteAttributeString("xmlns", "r", null, XlsxWriter.Relationships);
        xml.WriteAttributeString("id", XlsxWriter.Relationships, "rIdChart");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteElementString("xdr", "clientData", SpreadsheetDrawing, string.Empty);
        xml.WriteEndElement();
        xml.WriteEndElement();

        static void Marker(XmlWriter xml, string name, int row, int column)
        {
            xml.WriteStartElement("xdr", name, SpreadsheetDrawing);
            xml.WriteElementString("xdr", "col", SpreadsheetDrawing, Text(column - 1));
            xml.WriteElementString("xdr", "colOff", SpreadsheetDrawing, "0");
            xml.WriteElementString("xdr", "row", SpreadsheetDrawing, Text(row - 1));
            xml.WriteElementString("xdr", "rowOff", SpreadsheetDrawing, "0");
            xml.WriteEndElement();
        }
    }

    /// <summary>xl/charts/chartN.xml: a clustered horizontal bar chart, first category on top, values labelled with 2 decimals.</summary>
    public static void WriteChart(XmlWriter xml, SheetBuffer sheet, BarChart chart, string quotedSheet)
    {
        xml.WriteStartElement("c", "chartSpace", Chart);
        xml.WriteAttributeString("xmlns", "a", null, Drawing);
        xml.WriteAttributeString("xmlns", "r", null, XlsxWriter.Relationships);
        Value(xml, "roundedCorners", "0");
        xml.WriteStartElement("c", "chart", Chart);
        xml.WriteStartElement("c", "title", Chart);
        xml.WriteStartElement("c", "tx", Chart);
        xml.WriteStartElement("c", "rich", Chart);
        xml.WriteElementString("a", "bodyPr", Drawing, string.Empty);
        xml.WriteStartElement("a", "p", Drawing);
        xml.WriteStartElement("a", "pPr", Drawing);
        Font(xml, "defRPr", 1200, bold: true);
        xml.WriteEndElement();
        xml.WriteStartElement("a", "r", Drawing);
        Font(xml, "rPr", 1200, bold: true);
        xml.WriteElementString("a", "t", Drawing, chart.Title);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        Value(xml, "overlay", "0");
        xml.WriteEndElement();
        Value(xml, "autoTitleDeleted", "0");

        xml.WriteStartElement("c", "plotArea", Chart);
        xml.WriteElementString("c", "layout", Chart, string.Empty);
        xml.WriteStartElement("c", "barChart", Chart);
        Value(xml, "barDir", "bar");
        Value(xml, "grouping", "clustered");
        Value(xml, "varyColors", "0");
        WriteSeries(xml, sheet, chart, quotedSheet);
        Value(xml, "gapWidth", "40");
        Value(xml, "axId", CategoryAxis);
        Value(xml, "axId", ValueAxis);
        xml.WriteEndElement();

        // The category axis runs top-down (rank 1 first); the value axis then crosses it at its far end, the bottom.
        xml.WriteStartElement("c", "catAx", Chart);
        Value(xml, "axId", CategoryAxis);
        xml.WriteStartElement("c", "scaling", Chart);
        Value(xml, "orientation", "maxMin");
        xml.WriteEndElement();
        Value(xml, "delete", "0");
        Value(xml, "axPos", "l");
        NumberFormat(xml, "General");
        Value(xml, "majorTickMark", "none");
        Value(xml, "minorTickMark", "none");
        Value(xml, "tickLblPos", "nextTo");
        TextProperties(xml, 900);
        Value(xml, "crossAx", ValueAxis);
        Value(xml, "crosses", "autoZero");
        Value(xml, "auto", "1");
        Value(xml, "lblAlgn", "ctr");
        Value(xml, "lblOffset", "100");
        Value(xml, "tickLblSkip", "1");
        Value(xml, "noMultiLvlLbl", "0");
        xml.WriteEndElement();

        xml.WriteStartElement("c", "valAx", Chart);
        Value(xml, "axId", ValueAxis);
        xml.WriteStartElement("c", "scaling", Chart);
        Value(xml, "orientation", "minMax");
        Value(xml, "max", Number(chart.AxisMaximum));
        Value(xml, "min", "0");
        xml.WriteEndElement();
        Value(xml, "delete", "0");
        Value(xml, "axPos", "b");
        xml.WriteStartElement("c", "majorGridlines", Chart);
        xml.WriteStartElement("c", "spPr", Chart);
        xml.WriteStartElement("a", "ln", Drawing);
        xml.WriteAttributeString("w", "6350");
        SolidFill(xml, "#D9D9D9");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        NumberFormat(xml, "0");
        Value(xml, "majorTickMark", "out");
        Value(xml, "minorTickMark", "none");
        Value(xml, "tickLblPos", "nextTo");
        TextProperties(xml, 900);
        Value(xml, "crossAx", CategoryAxis);
        Value(xml, "crosses", "max");
        Value(xml, "crossBetween", "between");
        Value(xml, "majorUnit", "10");
        xml.WriteEndElement();
        xml.WriteEndElement();

        Value(xml, "plotVisOnly", "1");
        Value(xml, "dispBlanksAs", "gap");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private const string CategoryAxis = "500000001";
    private const string ValueAxis = "500000002";

    private static void WriteSeries(XmlWriter xml, SheetBuffer sheet, BarChart chart, string quotedSheet)
    {
        var count = chart.LastRow - chart.FirstRow + 1;
        xml.WriteStartElement("c", "ser", Chart);
        Value(xml, "idx", "0");
        Value(xml, "order", "0");
        xml.WriteStartElement("c", "tx", Chart);
        xml.WriteStartElement("c", "strRef", Chart);
        xml.WriteElementString("c", "f", Chart, $"{quotedSheet}!{Absolute(chart.HeaderRow, chart.ValueColumn)}");
        StringCache(xml, [sheet.TextAt(chart.HeaderRow, chart.ValueColumn) ?? string.Empty]);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("c", "spPr", Chart);
        SolidFill(xml, DefaultBar);
        xml.WriteEndElement();
        Value(xml, "invertIfNegative", "0");
        for (var i = 0; i < Math.Min(count, chart.BarColours.Count); i++)
        {
            xml.WriteStartElement("c", "dPt", Chart);
            Value(xml, "idx", Text(i));
            Value(xml, "invertIfNegative", "0");
            Value(xml, "bubble3D", "0");
            xml.WriteStartElement("c", "spPr", Chart);
            SolidFill(xml, chart.BarColours[i]);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteStartElement("c", "dLbls", Chart);
        NumberFormat(xml, "0.00");
        TextProperties(xml, 800);
        Value(xml, "dLblPos", "outEnd");
        Value(xml, "showLegendKey", "0");
        Value(xml, "showVal", "1");
        Value(xml, "showCatName", "0");
        Value(xml, "showSerName", "0");
        Value(xml, "showPercent", "0");
        Value(xml, "showBubbleSize", "0");
        xml.WriteEndElement();

        xml.WriteStartElement("c", "cat", Chart);
        xml.WriteStartElement("c", "strRef", Chart);
        xml.WriteElementString("c", "f", Chart, $"{quotedSheet}!{Absolute(chart.FirstRow, chart.CategoryColumn)}:{Absolute(chart.LastRow, chart.CategoryColumn)}");
        StringCache(xml, Enumerable.Range(chart.FirstRow, count).Select(r => sheet.TextAt(r, chart.CategoryColumn) ?? string.Empty).ToArray());
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("c", "val", Chart);
        xml.WriteStartElement("c", "numRef", Chart);
        xml.WriteElementString("c", "f", Chart, $"{quotedSheet}!{Absolute(chart.FirstRow, chart.ValueColumn)}:{Absolute(chart.LastRow, chart.ValueColumn)}");
        xml.WriteStartElement("c", "numCache", Chart);
        xml.WriteElementString("c", "formatCode", Chart, "0.00");
        Value(xml, "ptCount", Text(count));
        for (var i = 0; i < count; i++)
        {
            if (sheet.NumberAt(chart.FirstRow + i, chart.ValueColumn) is not { } value) continue;
            xml.WriteStartElement("c", "pt", Chart);
            xml.WriteAttributeString("idx", Text(i));
            xml.WriteElementString("c", "v", Chart, Number(value));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void StringCache(XmlWriter xml, IReadOnlyList<string> texts)
    {
        xml.WriteStartElement("c", "strCache", Chart);
        Value(xml, "ptCount", Text(texts.Count));
        for (var i = 0; i < texts.Count; i++)
        {
            xml.WriteStartElement("c", "pt", Chart);
            xml.WriteAttributeString("idx", Text(i));
            xml.WriteElementString("c", "v", Chart, texts[i]);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void NumberFormat(XmlWriter xml, string code)
    {
        xml.WriteStartElement("c", "numFmt", Chart);
        xml.WriteAttributeString("formatCode", code);
        xml.WriteAttributeString("sourceLinked", "0");
        xml.WriteEndElement();
    }

    /// <summary>Text of an axis or of the labels at this size (hundredths of a point).</summary>
    private static void TextProperties(XmlWriter xml, int size)
    {
        xml.WriteStartElement("c", "txPr", Chart);
        xml.WriteElementString("a", "bodyPr", Drawing, string.Empty);
        xml.WriteElementString("a", "lstStyle", Drawing, string.Empty);
        xml.WriteStartElement("a", "p", Drawing);
        xml.WriteStartElement("a", "pPr", Drawing);
        Font(xml, "defRPr", size, bold: false);
        xml.WriteEndElement();
        xml.WriteStartElement("a", "endParaRPr", Drawing);
        xml.WriteAttributeString("lang", "vi-VN");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Font(XmlWriter xml, string element, int size, bool bold)
    {
        xml.WriteStartElement("a", element, Drawing);
        xml.WriteAttributeString("sz", Text(size));
        xml.WriteAttributeString("b", bold ? "1" : "0");
        xml.WriteEndElement();
    }

    private static void SolidFill(XmlWriter xml, string colour)
    {
        xml.WriteStartElement("a", "solidFill", Drawing);
        xml.WriteStartElement("a", "srgbClr", Drawing);
        xml.WriteAttributeString("val", colour.TrimStart('#').ToUpperInvariant());
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string element, string value)
    {
        xml.WriteStartElement("c", element, Chart);
        xml.WriteAttributeString("val", value);
        xml.WriteEndElement();
    }

    private static string Absolute(int row, int column) => $"${XlsxSheet.ColumnName(column)}${Text(row)}";

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
