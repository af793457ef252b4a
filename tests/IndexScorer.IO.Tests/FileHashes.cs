using System.Security.Cryptography;

namespace IndexScorer.IO.Tests;

/// <summary>SHA-256 of every file under some folders, to prove a run left its inputs untouched.</summary>
internal static class FileHashes
{
    /// <summary>Relative path (per root) → SHA-256, of every file under <paramref name="roots"/> (a root may be a single file).</summary>
    public static SortedDictionary<string, string> Of(params string[] roots)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            var files = File.Exists(root) ? [root] : Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories);
            foreach (var file in files) hashes[file] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }
        return hashes;
    }
}
