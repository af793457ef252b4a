using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace IndexScorer.IO.Workbooks;

/// <summary>
/// Writes an .xlsx sheet by sheet, each streamed into the zip as soon as it is finished and then let go, so that a report
/// of ten thousand units never exists whole in memory. Texts are written inline, numbers as numbers; the package holds only
/// what Excel and LibreOffice need (workbook, styles, sheets, print titles and areas).
/// </summary>
/// <remarks>
/// Used for report.xlsx, whose size grows with the units: ClosedXML's model costs about 3 KB per styled cell and
/// SpreadCheetah cannot set print titles, page setup or links between sheets.
/// </remarks>
internal sealed class XlsxWriter : IDisposable
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    internal const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    /// <summary>As <see cref="XmlSettings"/>, for a part whose stream is also written directly (the sheet's rows).</summary>
    private static readonly XmlWriterSettings PartSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    private readonly ZipArchive _zip;
    private readonly StyleSheet _styles = new();
    private readonly Utf8Markup _rows = new();
    private readonly List<string> _sheets = [];
    private readonly List<(string Name, int Sheet, string Value)> _definedNames = [];
    private int _charts;
    private bool _finished;

    public XlsxWriter(Stream output) => _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>A new, empty sheet of this workbook; it becomes part of the file when passed to <see cref="Write"/>.</summary>
    public SheetBuffer AddSheet(string name) => new(name, _styles);

    /// <summary>Streams a finished sheet into the file; sheets appear in the order written.</summary>
    public void Write(SheetBuffer sheet)
    {
        var index = _sheets.Count;
        _sheets.Add(sheet.Name);
        using (var part = _zip.CreateEntry($"xl/worksheets/sheet{index + 1}.xml", CompressionLevel.Fastest).Open())
        using (var xml = XmlWriter.Create(part, PartSettings))
        {
            WriteSheet(xml, part, sheet, index);
        }
        var quoted = $"'{sheet.Name.Replace("'", "''")}'";
        if (sheet.Chart is { } chart) WriteChart(sheet, chart, index, quoted);
        if (sheet.AutoFilter is { } filter)
            _definedNames.Add(("_xlnm._FilterDatabase", index, $"{quoted}!$A$1:${ColumnName(filter.LastColumn)}${filter.LastRow}"));
        if (sheet.Print is { } print)
        {
            var rows = print.RepeatRow > 0 ? $"{quoted}!${print.RepeatRow}:${print.RepeatRow}" : null;
            var columns = print.RepeatColumns > 0 ? $"{quoted}!$A:${ColumnName(print.RepeatColumns)}" : null;
            if (rows is not null || columns is not null)
                _definedNames.Add(("_xlnm.Print_Titles", index, string.Join(",", new[] { columns, rows }.OfType<string>())));
            if (print.AreaLastRow > 0)
                _definedNames.Add(("_xlnm.Print_Area", index, $"{quoted}!$A$1:${ColumnName(print.AreaLastColumn)}${print.AreaLastRow}"));
        }
    }

    /// <summary>
    /// Streams sheets into the file in the order they come, each written on the other core while the next is made (at most
    /// two sheets in memory). The file is the same as from <see cref="Write"/> one by one.
    /// </summary>
    /// <remarks>Sheets are made on the calling thread, so the workbook's styles are only ever added to from one thread.</remarks>
    public void WriteAll(IEnumerable<SheetBuffer> sheets)
    {
        var writing = Task.CompletedTask;
        try
        {
            foreach (var sheet in sheets)
            {
                writing.GetAwaiter().GetResult();
                writing = Task.Run(() => Write(sheet));
            }
        }
        catch
        {
            // A sheet that could not be made: the one being written is let finish before the file is closed under it.
            try
            {
                writing.Wait();
            }
            catch (AggregateException)
            {
            }
            throw;
        }
        writing.GetAwaiter().GetResult();
    }

    /// <summary>Writes the workbook's own parts; the file is complete once this returns.</summary>
    public void Finish()
    {
        if (_finished) return;
        _finished = true;
        using (var xml = Part("xl/styles.xml")) _styles.Write(xml);
        using (var xml = Part("xl/workbook.xml")) WriteWorkbook(xml);
        using (var xml = Part("xl/_rels/workbook.xml.rels"))
        {
            xml.WriteStartElement("Relationships", PackageRelationships);
            for (var i = 0; i < _sheets.Count; i++)
                Relationship(xml, $"rId{i + 1}", "worksheet", $"worksheets/sheet{i + 1}.xml");
            Relationship(xml, "rIdStyles", "styles", "styles.xml");
            xml.WriteEndElement();
        }
        using (var xml = Part("_rels/.rels"))
        {
            xml.WriteStartElement("Relationships", PackageRelationships);
            Relationship(xml, "rId1", "officeDocument", "xl/workbook.xml");
            xml.WriteEndElement();
        }
        using (var xml = Part("[Content_Types].xml"))
        {
            const string types = "http://schemas.openxmlformats.org/package/2006/content-types";
            xml.WriteStartElement("Types", types);
            Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(xml, "xml", "application/xml");
            Override(xml, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(xml, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            for (var i = 0; i < _sheets.Count; i++)
                Override(xml, $"/xl/worksheets/sheet{i + 1}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            for (var i = 1; i <= _charts; i++)
            {
                Override(xml, $"/xl/drawings/drawing{i}.xml", "application/vnd.openxmlformats-officedocument.drawing+xml");
                Override(xml, $"/xl/charts/chart{i}.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
            }
            xml.WriteEndElement();

            static void Default(XmlWriter xml, string extension, string type)
            {
                xml.WriteStartElement("Default");
                xml.WriteAttributeString("Extension", extension);
                xml.WriteAttributeString("ContentType", type);
                xml.WriteEndElement();
            }

            static void Override(XmlWriter xml, string part, string type)
            {
                xml.WriteStartElement("Override");
                xml.WriteAttributeString("PartName", part);
                xml.WriteAttributeString("ContentType", type);
                xml.WriteEndElement();
            }
        }
    }

    /// <summary>Closes the zip; call <see cref="Finish"/> first, or the file is incomplete.</summary>
    public void Dispose() => _zip.Dispose();

    private static string ColumnName(int column) => XlsxSheet.ColumnName(column);

    private static string Reference(int row, int column) => XlsxSheet.Address(row, column);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private XmlWriter Part(string name) =>
        XmlWriter.Create(_zip.CreateEntry(name, CompressionLevel.Fastest).Open(), XmlSettings);

    private void WriteWorkbook(XmlWriter xml)
    {
        xml.WriteStartElement("workbook", Main);
        xml.WriteAttributeString("xmlns", "r", null, Relationships);
        xml.WriteStartElement("bookViews");
        xml.WriteStartElement("workbookView");
        xml.WriteAttributeString("activeTab", "0");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("sheets");
        for (var i = 0; i < _sheets.Count; i++)
        {
            xml.WriteStartElement("sheet");
            xml.WriteAttributeString("name", _sheets[i]);
            xml.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("id", Relationships, $"rId{i + 1}");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        if (_definedNames.Count > 0)
        {
            xml.WriteStartElement("definedNames");
            foreach (var (name, sheet, value) in _definedNames)
            {
                xml.WriteStartElement("definedName");
                xml.WriteAttributeString("name", name);
                xml.WriteAttributeString("localSheetId", sheet.ToString(CultureInfo.InvariantCulture));
                if (name == "_xlnm._FilterDatabase") xml.WriteAttributeString("hidden", "1");
                xml.WriteString(value);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private void WriteSheet(XmlWriter xml, Stream part, SheetBuffer sheet, int index)
    {
        xml.WriteStartElement("worksheet", Main);
        xml.WriteAttributeString("xmlns", "r", null, Relationships);
        if (sheet.Print is { RepeatColumns: 0 })
        {
            xml.WriteStartElement("sheetPr");
            xml.WriteStartElement("pageSetUpPr");
            xml.WriteAttributeString("fitToPage", "1");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteStartElement("dimension");
        xml.WriteAttributeString("ref", sheet.LastRow == 0 ? "A1" : $"A1:{Reference(sheet.LastRow, Math.Max(1, sheet.LastColumn))}");
        xml.WriteEndElement();

        xml.WriteStartElement("sheetViews");
        xml.WriteStartElement("sheetView");
        if (index == 0) xml.WriteAttributeString("tabSelected", "1");
        xml.WriteAttributeString("workbookViewId", "0");
        if (sheet.FrozenRows > 0)
        {
            xml.WriteStartElement("pane");
            xml.WriteAttributeString("ySplit", sheet.FrozenRows.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("topLeftCell", Reference(sheet.FrozenRows + 1, 1));
            xml.WriteAttributeString("activePane", "bottomLeft");
            xml.WriteAttributeString("state", "frozen");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("sheetFormatPr");
        xml.WriteAttributeString("defaultRowHeight", Number(SheetBuffer.DefaultRowHeight));
        xml.WriteEndElement();

        if (sheet.ColumnWidths.Count > 0)
        {
            xml.WriteStartElement("cols");
            for (var c = 0; c < sheet.ColumnWidths.Count; c++)
            {
                xml.WriteStartElement("col");
                xml.WriteAttributeString("min", (c + 1).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("max", (c + 1).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("width", Number(sheet.ColumnWidths[c]));
                xml.WriteAttributeString("customWidth", "1");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }

        xml.WriteStartElement("sheetData");
        // The rows go straight to the part as UTF-8 markup built in a reused buffer: a national report has millions of
        // cells, and an element call per cell was most of the time. The XML writer closes the start tag and is flushed first.
        xml.WriteRaw("");
        xml.Flush();
        _rows.Clear();
        foreach (var (number, row) in sheet.Rows())
        {
            _rows.Append("<row r=\"").Append(number).Append('"');
            if (row.Height is { } height) _rows.Append(" ht=\"").Append(height).Append("\" customHeight=\"1\"");
            _rows.Append('>');
            for (var c = 1; c <= row.LastColumn; c++)
            {
                var cell = row.Cells[c];
                if (cell.Kind == SheetBuffer.CellKind.Empty && cell.Style == 0) continue;
                _rows.Append("<c r=\"").Append(Reference(number, c)).Append('"');
                if (cell.Style != 0) _rows.Append(" s=\"").Append(cell.Style).Append('"');
                if (cell.Kind == SheetBuffer.CellKind.Number)
                {
                    _rows.Append("><v>").Append(cell.Number).Append("</v></c>");
                }
                else if (cell.Kind == SheetBuffer.CellKind.Text)
                {
                    var text = XmlSafe(cell.Text!);
                    var preserve = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.AsSpan().IndexOfAny('\n', '\r') >= 0);
                    _rows.Append(preserve ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>").AppendEscaped(text).Append("</t></is></c>");
                }
                else
                {
                    _rows.Append("/>");
                }
            }
            _rows.Append("</row>");
            if (_rows.Length > 64 * 1024) _rows.WriteTo(part);
        }
        _rows.WriteTo(part);
        xml.WriteEndElement();

        if (sheet.AutoFilter is { } autoFilter)
        {
            xml.WriteStartElement("autoFilter");
            xml.WriteAttributeString("ref", $"A1:{Reference(autoFilter.LastRow, autoFilter.LastColumn)}");
            xml.WriteEndElement();
        }

        if (sheet.Merges.Count > 0)
        {
            xml.WriteStartElement("mergeCells");
            xml.WriteAttributeString("count", sheet.Merges.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var (r0, c0, r1, c1) in sheet.Merges)
            {
                xml.WriteStartElement("mergeCell");
                xml.WriteAttributeString("ref", $"{Reference(r0, c0)}:{Reference(r1, c1)}");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }

        var priority = 1;
        foreach (var (r0, column, r1, low, middle, high) in sheet.ColourScales)
        {
            xml.WriteStartElement("conditionalFormatting");
            xml.WriteAttributeString("sqref", $"{Reference(r0, column)}:{Reference(r1, column)}");
            xml.WriteStartElement("cfRule");
            xml.WriteAttributeString("type", "colorScale");
            xml.WriteAttributeString("priority", (priority++).ToString(CultureInfo.InvariantCulture));
            xml.WriteStartElement("colorScale");
            foreach (var (type, value) in new[] { ("min", (string?)null), ("percentile", "50"), ("max", null) })
            {
                xml.WriteStartElement("cfvo");
                xml.WriteAttributeString("type", type);
                if (value is not null) xml.WriteAttributeString("val", value);
                xml.WriteEndElement();
            }
            foreach (var colour in new[] { low, middle, high })
            {
                xml.WriteStartElement("color");
                xml.WriteAttributeString("rgb", "FF" + colour.TrimStart('#').ToUpperInvariant());
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        if (sheet.Links.Count > 0)
        {
            xml.WriteStartElement("hyperlinks");
            foreach (var (row, column, target) in sheet.Links)
            {
                xml.WriteStartElement("hyperlink");
                xml.WriteAttributeString("ref", Reference(row, column));
                xml.WriteAttributeString("location", $"'{target.Replace("'", "''")}'!A1");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }

        if (sheet.Print is { } print)
        {
            xml.WriteStartElement("printOptions");
            xml.WriteAttributeString("horizontalCentered", "1");
            xml.WriteEndElement();
            xml.WriteStartElement("pageMargins");
            foreach (var (side, inches) in new[] { ("left", 0.4), ("right", 0.4), ("top", 0.5), ("bottom", 0.6), ("header", 0.2), ("footer", 0.3) })
                xml.WriteAttributeString(side, Number(inches));
            xml.WriteEndElement();
            xml.WriteStartElement("pageSetup");
            xml.WriteAttributeString("paperSize", "9");
            xml.WriteAttributeString("orientation", print.Orientation == Orientation.Landscape ? "landscape" : "portrait");
            if (print.RepeatColumns == 0)
            {
                xml.WriteAttributeString("fitToWidth", "1");
                xml.WriteAttributeString("fitToHeight", "0");
            }
            xml.WriteEndElement();
            xml.WriteStartElement("headerFooter");
            xml.WriteElementString("oddFooter", "&C" + print.PageFooter);
            xml.WriteEndElement();
        }
        if (sheet.Chart is not null)
        {
            xml.WriteStartElement("drawing");
            xml.WriteAttributeString("id", Relationships, "rIdDrawing");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>
    /// The parts of a sheet's chart: the chart (xl/charts), the drawing that places it over the cells (xl/drawings) and the
    /// relationships sheet → drawing → chart.
    /// </summary>
    private void WriteChart(SheetBuffer sheet, BarChart chart, int index, string quotedSheet)
    {
        var number = ++_charts;
        using (var xml = Part($"xl/worksheets/_rels/sheet{index + 1}.xml.rels"))
        {
            xml.WriteStartElement("Relationships", PackageRelationships);
            Relationship(xml, "rIdDrawing", "drawing", $"../drawings/drawing{number}.xml");
            xml.WriteEndElement();
        }
        using (var xml = Part($"xl/drawings/_rels/drawing{number}.xml.rels"))
        {
            xml.WriteStartElement("Relationships", PackageRelationships);
            Relationship(xml, "rIdChart", "chart", $"../charts/chart{number}.xml");
            xml.WriteEndElement();
        }
        using (var xml = Part($"xl/drawings/drawing{number}.xml")) ChartXml.WriteDrawing(xml, chart, number);
        using (var xml = Part($"xl/charts/chart{number}.xml")) ChartXml.WriteChart(xml, sheet, chart, quotedSheet);
    }

    /// <summary>The text without the characters no XML file may hold (control characters, half a surrogate pair).</summary>
    private static string XmlSafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c) ? !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[++i])) : !XmlConvert.IsXmlChar(c))
                return new string(Clean(text).ToArray());
        }
        return text;

        static IEnumerable<char> Clean(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    yield return c;
                    yield return text[++i];
                }
                else if (!char.IsSurrogate(c) && XmlConvert.IsXmlChar(c)) yield return c;
            }
        }
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship");
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", $"{Relationships}/{type}");
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }
}
