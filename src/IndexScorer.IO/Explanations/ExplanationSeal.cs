using System.Security.Cryptography;
using System.Text;

namespace IndexScorer.IO.Explanations;

/// <summary>
/// The seal of an explanation file: an HMAC-SHA256, under the office's key, over the file's identity and every protected
/// cell's value as the office wrote it. Only the office can make a seal that matches; the reader then names any protected
/// cell whose value differs from the sealed one.
/// </summary>
internal static class ExplanationSeal
{
    /// <summary>The seal of the record's rows (each a list of fields), in order.</summary>
    public static string Compute(byte[] key, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows) text.Append(string.Join('\t', row.Select(Canonical))).Append('\n');
        return Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>True when the seal matches (compared in constant time).</summary>
    public static bool Matches(byte[] key, IEnumerable<IReadOnlyList<string>> rows, string seal)
    {
        var expected = Encoding.ASCII.GetBytes(Compute(key, rows));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(seal.Trim()));
    }

    /// <summary>A value as sealed and compared: line ends as XML keeps them, one Unicode form, the tab that separates fields escaped.</summary>
    public static string Canonical(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Normalize(NormalizationForm.FormC).Replace("\t", "\\t");
}
