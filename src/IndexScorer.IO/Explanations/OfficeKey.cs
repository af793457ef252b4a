using System.Security.Cryptography;
using System.Text;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Files;

namespace IndexScorer.IO.Explanations;

/// <summary>
/// The office's secret key that seals the explanation files it sends out: 32 random bytes kept in the campaign folder
/// (<c>.indexscorer/office.key</c>), made on first use and never written into a file that leaves the office.
/// </summary>
internal static class OfficeKey
{
    /// <summary>Where the key is, relative to the campaign folder.</summary>
    public static readonly string RelativePath = Path.Combine(".indexscorer", "office.key");

    /// <summary>The key of the campaign, made (and saved) when it has none yet; null (with EX002) when the key file is damaged.</summary>
    public static byte[]? LoadOrCreate(string campaignFolder, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(campaignFolder, RelativePath);
        if (File.Exists(path)) return Load(campaignFolder, diagnostics);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        AtomicFile.Write(path, stream => stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key))));
        return key;
    }

    /// <summary>The key of the campaign; null when it has none (nothing was ever sent: no diagnostic) or it is damaged (EX002).</summary>
    public static byte[]? Load(string campaignFolder, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(campaignFolder, RelativePath);
        if (!File.Exists(path)) return null;
        try
        {
            var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
            if (key.Length >= 16) return key;
        }
        catch (FormatException)
        {
            // Reported below, as a key too short is.
        }
        diagnostics.Error("EX002", new SourceLocation(RelativePath));
        return null;
    }
}
