using IndexScorer.Text;

namespace IndexScorer.Comparison;

/// <summary>
/// How alike two criterion titles are, from 0 to 1: the mean of the word overlap (Jaccard) and the character-pair overlap
/// (Dice), both on the diacritic-folded, Unicode-normalised key, so that NFD text, case and small rewordings matter little.
/// </summary>
internal static class TitleSimilarity
{
    /// <summary>1 for the same words, near 0 for unrelated titles.</summary>
    public static decimal Of(string? a, string? b)
    {
        var (x, y) = (TextKey.Folded(a), TextKey.Folded(b));
        if (x == y) return 1m;
        if (x.Length == 0 || y.Length == 0) return 0m;
        return (Jaccard(Words(x), Words(y)) + Dice(Pairs(x), Pairs(y))) / 2m;
    }

    private static HashSet<string> Words(string key) =>
        key.Split(key.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    private static List<string> Pairs(string key)
    {
        var compact = new string(key.Where(char.IsLetterOrDigit).ToArray());
        var pairs = new List<string>();
        for (var i = 0; i + 1 < compact.Length; i++) pairs.Add(compact.Substring(i, 2));
        return pairs;
    }

    private static decimal Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var union = a.Union(b).Count();
        return union == 0 ? 0m : (decimal)a.Intersect(b).Count() / union;
    }

    private static decimal Dice(List<string> a, List<string> b)
    {
        if (a.Count + b.Count == 0) return 0m;
        var left = a.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var common = 0;
        foreach (var pair in b)
        {
            if (left.TryGetValue(pair, out var n) && n > 0)
            {
                left[pair] = n - 1;
                common++;
            }
        }
        return 2m * common / (a.Count + b.Count);
    }
}
