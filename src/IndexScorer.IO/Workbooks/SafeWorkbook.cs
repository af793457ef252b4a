using System.IO.Compression;
using System.Text;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Files;

namespace IndexScorer.IO.Workbooks;

/// <summary>
/// Checks a user's .xlsx before it is read (<see cref="XlsxWorkbook"/>): that it really is one: not a legacy .xls, not an
/// encrypted workbook, not a renamed CSV, not empty, truncated or a zip bomb. Each case gets one clear
/// diagnostic; nothing throws on a bad file.
/// </summary>
internal static class SafeWorkbook
{
    /// <summary>Above this total decompressed size a workbook is refused (a form is a few hundred KB).</summary>
    public const long MaxUncompressedBytes = 200L * 1024 * 1024;

    /// <summary>
    /// The bytes of <paramref name="path"/> as a read-only stream, once they are known to be an .xlsx package worth opening:
    /// a regular file, not empty, not a legacy or encrypted workbook, not text or another format renamed, not a zip bomb,
    /// with the parts every workbook has. Null with one diagnostic otherwise.
    /// </summary>
    internal static MemoryStream? CheckedPackage(string path, string displayName, DiagnosticBag diagnostics)
    {
        var where = new SourceLocation(displayName);
        if (InputFile.Read(path, displayName, InputFile.MaxWorkbookBytes, diagnostics) is not { } bytes) return null;
        if (bytes.Length == 0)
        {
            diagnostics.Error("IO002", where);
            return null;
        }
        if (bytes.Length >= 8 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
        {
            diagnostics.Error(LooksEncrypted(bytes) ? "IO004" : "IO003", where);
            return null;
        }
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            diagnostics.Error(LooksLikeText(bytes) ? "IO005" : "IO006", where);
            return null;
        }
        var memory = new MemoryStream(bytes, writable: false);
        try
        {
            using var zip = new ZipArchive(memory, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries) total += entry.Length;
            if (total > MaxUncompressedBytes)
            {
                diagnostics.Error("IO007", where, total / (1024 * 1024), MaxUncompressedBytes / (1024 * 1024));
                return null;
            }
            if (zip.GetEntry("[Content_Types].xml") is null || !zip.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal)))
            {
                diagnostics.Error("IO006", where);
                return null;
            }
        }
        catch (Exception e) when (IsDamaged(e))
        {
            diagnostics.Error("IO008", where);
            return null;
        }
        memory.Position = 0;
        return memory;
    }

    /// <summary>The exceptions that reading a damaged package raises (a bug raises others, and is not hidden).</summary>
    internal static bool IsDamaged(Exception e) =>
        e is InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException
            or NullReferenceException or System.Xml.XmlException or KeyNotFoundException or OverflowException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException;

    private static bool LooksEncrypted(byte[] bytes) =>
        Contains(bytes, Encoding.Unicode.GetBytes("EncryptionInfo")) || Contains(bytes, Encoding.Unicode.GetBytes("EncryptedPackage"));

    private static bool LooksLikeText(byte[] bytes) =>
        bytes.Take(512).All(b => b >= 0x09 && b != 0x7F || b >= 0x80) && bytes.Take(512).Any(b => b == ',' || b == ';' || b == '\t' || b == '\n');

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
