using System.IO.Compression;
using System.Xml;

namespace IndexScorer.Benchmarks;

/// <summary>
/// The physical floor of reading forms: every form opened with ZipArchive, its shared strings and every sheet streamed with
/// XmlReader, every cell value pulled out; one thread, nothing checked, nothing kept. The product is measured against it.
/// </summary>
internal static class FloorReader
{
    /// <summary>Reads every .xlsx of the folder's forms/ and returns how many cell values it saw.</summary>
    public static long Run(string campaign)
    {
        long cells = 0;
        foreach (var path in Directory.EnumerateFiles(Path.Combine(campaign, "forms"), "*.xlsx").Order(StringComparer.Ordinal))
            cells += ReadOne(path);
        return cells;
    }

    /// <summary>Every cell value of one form; how many there were.</summary>
    public static long ReadOne(string path)
    {
        long cells = 0;
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.FullName == "xl/sharedStrings.xml" || e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var xml = XmlReader.Create(entry.Open(), Settings);
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "v" or "t")
                {
                    _ = xml.ReadElementContentAsString();
                    cells++;
                }
            }
        }
        return cells;
    }

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
}
