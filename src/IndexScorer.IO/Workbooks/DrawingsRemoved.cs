using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace IndexScorer.IO.Workbooks;

/// <summary>
/// A copy of a workbook package without its pictures, drawings, charts, comments and embedded objects, for ClosedXML, which
/// loads pictures through a native library a fresh machine does not have: a logo pasted into a framework or a roster must
/// not stop anything. Cell values, styles and sheets are untouched.
/// </summary>
internal static partial class DrawingsRemoved
{
    private static readonly string[] Folders = ["xl/drawings/", "xl/media/", "xl/charts/", "xl/embeddings/", "xl/comments", "xl/threadedComments/", "xl/ctrlProps/"];

    /// <summary>The package itself when it has no such part; otherwise a cleaned copy (the input is never changed).</summary>
    public static MemoryStream Of(MemoryStream package)
    {
        using (var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (!zip.Entries.Any(e => IsRemoved(e.FullName)))
            {
                package.Position = 0;
                return package;
            }
        }
        package.Position = 0;
        var copy = new MemoryStream();
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(copy, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => !IsRemoved(e.FullName)))
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (!IsCleaned(entry.FullName))
                {
                    from.CopyTo(to);
                    continue;
                }
                using var reader = new StreamReader(from, Encoding.UTF8);
                var xml = reader.ReadToEnd();
                xml = DrawingReference().Replace(xml, string.Empty);
                xml = RemovedRelationship().Replace(xml, m => IsRemoved(Target(m.Value)) ? string.Empty : m.Value);
                xml = RemovedOverride().Replace(xml, m => IsRemoved(Target(m.Value)) ? string.Empty : m.Value);
                to.Write(new UTF8Encoding(false).GetBytes(xml));
            }
        }
        copy.Position = 0;
        return copy;
    }

    private static bool IsRemoved(string part)
    {
        var name = part.TrimStart('/').Replace("../", "xl/", StringComparison.Ordinal);
        return Folders.Any(f => name.StartsWith(f, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsCleaned(string part) =>
        part == "[Content_Types].xml" || part.EndsWith(".rels", StringComparison.Ordinal)
        || (part.StartsWith("xl/worksheets/", StringComparison.Ordinal) && part.EndsWith(".xml", StringComparison.Ordinal));

    /// <summary>The target part of a relationship or override, as a name in the package ("../drawings/d1.xml" from a sheet is xl/drawings/d1.xml).</summary>
    private static string Target(string element)
    {
        var match = TargetAttribute().Match(element);
        return match.Success ? match.Groups[1].Value : string.Empty;
    }

    [GeneratedRegex("""<(\w+:)?(drawing|legacyDrawing|legacyDrawingHF|picture)\b[^>]*/>""")]
    private static partial Regex DrawingReference();

    [GeneratedRegex("""<(\w+:)?Relationship\b[^>]*/>""")]
    private static partial Regex RemovedRelationship();

    [GeneratedRegex("""<(\w+:)?Override\b[^>]*/>""")]
    private static partial Regex RemovedOverride();

    [GeneratedRegex("(?:Target|PartName)=\"([^\"]*)\"")]
    private static partial Regex TargetAttribute();
}
