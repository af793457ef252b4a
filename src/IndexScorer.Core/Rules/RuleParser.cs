using System.Text.RegularExpressions;
using IndexScorer.Text;

namespace IndexScorer.Rules;

/// <summary>
/// Reads the one-cell rule syntax documented in frameworks/README.md. Keywords are Vietnamese with
/// English aliases, case-insensitive; numbers take a decimal comma or point; "=", "→" and "->" all
/// mean "gives".
/// </summary>
internal static partial class RuleParser
{
    private static readonly (string Keyword, RuleKind Kind)[] Keywords =
    [
        ("nhập điểm", RuleKind.Manual), ("manual", RuleKind.Manual),
        ("có/không", RuleKind.YesNo), ("yes/no", RuleKind.YesNo),
        ("mức", RuleKind.Levels), ("levels", RuleKind.Levels),
        ("tỷ lệ", RuleKind.Proportional), ("tỉ lệ", RuleKind.Proportional), ("ratio", RuleKind.Proportional),
        ("bậc", RuleKind.Tiers), ("tiers", RuleKind.Tiers),
        ("trừ", RuleKind.Deduction), ("deduct", RuleKind.Deduction),
        ("cộng", RuleKind.PerCount), ("per", RuleKind.PerCount),
        ("cơ bản", RuleKind.BaseSteps), ("base", RuleKind.BaseSteps),
        ("khảo sát", RuleKind.Survey), ("survey", RuleKind.Survey),
    ];

    /// <summary>The keywords a rule may start with, for messages.</summary>
    public static string KeywordList => "nhập điểm, có/không, mức, tỷ lệ, bậc, trừ, cộng, cơ bản, khảo sát";

    /// <summary>Parses one rule cell. Never throws on user text.</summary>
    public static RuleParseResult Parse(string? text)
    {
        var original = TextKey.Clean(text);
        if (original.Length == 0) return RuleParseResult.Fail("RU001", "", KeywordList);
        var normalized = original.Replace("->", "→").Replace("=>", "→");

        RuleInput? violation = null;
        var kept = new List<string>();
        foreach (var clause in SplitClauses(normalized))
        {
            var lower = TextKey.Of(clause);
            if (lower.StartsWith("vi phạm", StringComparison.Ordinal) || lower.StartsWith("violation", StringComparison.Ordinal))
            {
                var label = Labels(clause);
                if (label.Count != 1 || !ZeroResult().IsMatch(clause)) return RuleParseResult.Fail("RU007", clause, "vi phạm [Số vụ việc] → 0");
                violation = RuleInput.Number(label[0], InputKind.Count);
            }
            else
            {
                kept.Add(clause);
            }
        }
        var body = string.Join(";", kept);
        var colon = IndexOutsideBrackets(body, ':');
        var head = (colon < 0 ? body : body[..colon]).Trim();
        var clauses = colon < 0 ? [] : SplitClauses(body[(colon + 1)..]);

        var headKey = TextKey.Of(head);
        var match = Keywords
            .Where(k => headKey.StartsWith(k.Keyword, StringComparison.Ordinal))
            .OrderByDescending(k => k.Keyword.Length)
            .Select(k => ((string, RuleKind)?)k)
            .FirstOrDefault();
        if (match is not { } found) return RuleParseResult.Fail("RU001", original, KeywordList);
        var args = head[found.Item1.Length..].Trim();

        return found.Item2 switch
        {
            RuleKind.Manual => NoArgs(args, clauses, original) ?? RuleParseResult.Ok(new ManualRule(original, violation)),
            RuleKind.YesNo => NoArgs(args, clauses, original) ?? RuleParseResult.Ok(new YesNoRule(original, violation)),
            RuleKind.Levels => ParseLevels(original, clauses, violation),
            RuleKind.Proportional => ParseMeasure(args, original) is { } m
                ? NoClauses(clauses, original) ?? RuleParseResult.Ok(new ProportionalRule(original, m, violation))
                : RuleParseResult.Fail("RU005", original, "tỷ lệ [Số hồ sơ đúng hạn] / [Số hồ sơ tiếp nhận]"),
            RuleKind.Tiers => ParseTiers(args, original, clauses, violation),
            RuleKind.Deduction => ParseCountTimes(args, original, clauses, "trừ [Số vi phạm] × 0,5",
                (label, n) => new DeductionRule(original, label, n, violation)),
            RuleKind.PerCount => ParseCountTimes(args, original, clauses, "cộng [Số sáng kiến] × 0,25",
                (label, n) => new PerCountRule(original, label, n, violation)),
            RuleKind.BaseSteps => ParseBaseSteps(args, original, clauses, violation),
            RuleKind.Survey => violation is null
                ? ParseSurvey(original, clauses)
                : RuleParseResult.Fail("RU007", original, "khảo sát: A = 100%; B = 60%; C = 20%; D = 0%"),
            _ => throw new InvalidOperationException($"Unhandled rule kind {found.Item2}."),
        };
    }

    private static RuleParseResult? NoArgs(string args, IReadOnlyList<string> clauses, string original) =>
        args.Length == 0 && clauses.Count == 0 ? null : RuleParseResult.Fail("RU007", original, "có/không");

    private static RuleParseResult? NoClauses(IReadOnlyList<string> clauses, string original) =>
        clauses.Count == 0 ? null : RuleParseResult.Fail("RU007", clauses[0], "tỷ lệ [A] / [B]");

    private static RuleParseResult ParseLevels(string original, IReadOnlyList<string> clauses, RuleInput? violation)
    {
        var levels = new List<Level>();
        foreach (var clause in clauses)
        {
            var parts = clause.Split(['=', '→'], 2);
            if (parts.Length != 2 || !TryNumber(parts[1], out var points) || points < 0)
                return RuleParseResult.Fail("RU007", clause, "Tốt = 2,5");
            var name = TextKey.Clean(parts[0]);
            if (name.Length == 0) return RuleParseResult.Fail("RU007", clause, "Tốt = 2,5");
            if (levels.Any(l => TextKey.SameName(l.Name, name))) return RuleParseResult.Fail("RU008", name);
            levels.Add(new Level(name, points));
        }
        return levels.Count < 2
            ? RuleParseResult.Fail("RU009", original, "mức: Tốt = 2,5; Đầy đủ = 2; Một phần = 1; Không = 0")
            : RuleParseResult.Ok(new LevelsRule(original, levels, violation));
    }

    private static RuleParseResult ParseTiers(string args, string original, IReadOnlyList<string> clauses, RuleInput? violation)
    {
        if (ParseMeasure(args, original) is not { } measure)
            return RuleParseResult.Fail("RU005", original, "bậc [Số hồ sơ đúng hạn] / [Số hồ sơ tiếp nhận]: 100% = 2; từ 80% đến dưới 100% = 1; dưới 80% = 0");
        var tiers = new List<Tier>();
        foreach (var clause in clauses)
        {
            var arrow = clause.LastIndexOfAny(['=', '→']);
            if (arrow < 0 || !TryNumber(clause[(arrow + 1)..], out var points) || points < 0)
                return RuleParseResult.Fail("RU007", clause, "từ 80% đến dưới 100% = 1");
            if (ParseBand(clause[..arrow]) is not { } band) return RuleParseResult.Fail("RU010", clause);
            tiers.Add(new Tier(band, points));
        }
        if (tiers.Count < 2) return RuleParseResult.Fail("RU009", original, "100% = 2; từ 80% đến dưới 100% = 1; dưới 80% = 0");
        var ordered = TierTable.Ordered(tiers);
        return TierTable.Problem(ordered) is { } problem
            ? RuleParseResult.Fail(problem.Code, [.. problem.Args])
            : RuleParseResult.Ok(new TiersRule(original, measure, ordered, violation));
    }

    private static RuleParseResult ParseCountTimes(
        string args, string original, IReadOnlyList<string> clauses, string example, Func<string, decimal, Rule> create)
    {
        var labels = Labels(args);
        var times = args.LastIndexOfAny(['×', 'x', 'X', '*']);
        if (labels.Count != 1 || clauses.Count != 0 || times < args.IndexOf(']', StringComparison.Ordinal)
            || !TryNumber(args[(times + 1)..], out var amount) || amount <= 0)
            return RuleParseResult.Fail("RU005", original, example);
        return RuleParseResult.Ok(create(labels[0], amount));
    }

    private static RuleParseResult ParseBaseSteps(string args, string original, IReadOnlyList<string> clauses, RuleInput? violation)
    {
        const string example = "cơ bản [Tỷ lệ]: 3 đến 30%; +0,5 mỗi 5%; tối đa 8";
        if (ParseMeasure(args, original) is not { } measure) return RuleParseResult.Fail("RU005", original, example);
        decimal? basePoints = null, threshold = null, step = null, increment = null, cap = null;
        foreach (var clause in clauses)
        {
            var key = TextKey.Of(clause);
            Match m;
            if ((m = BaseClause().Match(key)).Success && TryNumber(m.Groups[1].Value, out var b) && TryNumber(m.Groups[2].Value, out var t))
                (basePoints, threshold) = (b, t);
            else if ((m = StepClause().Match(key)).Success && TryNumber(m.Groups[1].Value, out var s) && TryNumber(m.Groups[2].Value, out var inc) && inc > 0)
                (step, increment) = (s, inc);
            else if ((m = CapClause().Match(key)).Success && TryNumber(m.Groups[1].Value, out var c))
                cap = c;
            else
                return RuleParseResult.Fail("RU007", clause, example);
        }
        return basePoints is null || step is null
            ? RuleParseResult.Fail("RU009", original, example)
            : RuleParseResult.Ok(new BaseStepsRule(original, measure, basePoints.Value, threshold!.Value, step.Value, increment!.Value, cap, violation));
    }

    private static RuleParseResult ParseSurvey(string original, IReadOnlyList<string> clauses)
    {
        const string example = "khảo sát: A = 100%; B = 60%; C = 20%; D = 0%";
        var options = new List<SurveyOption>();
        foreach (var clause in clauses)
        {
            var parts = clause.Split(['=', '→'], 2);
            if (parts.Length != 2 || !TryNumber(parts[1], out var percent) || percent is < 0 or > 100 || TextKey.Clean(parts[0]).Length == 0)
                return RuleParseResult.Fail("RU007", clause, "B = 60%");
            var name = TextKey.Clean(parts[0]);
            if (options.Any(o => TextKey.SameName(o.Name, name))) return RuleParseResult.Fail("RU008", name);
            options.Add(new SurveyOption(name, percent));
        }
        return options.Count < 2
            ? RuleParseResult.Fail("RU009", original, example)
            : RuleParseResult.Ok(new SurveyRule(original, options));
    }

    private static Measure? ParseMeasure(string args, string original)
    {
        var labels = Labels(args);
        var rest = TextKey.Of(BracketText().Replace(args, string.Empty));
        return labels.Count switch
        {
            1 when rest.Length == 0 => Measure.Percent(labels[0]),
            2 when rest == "/" => Measure.Ratio(labels[0], labels[1]),
            2 when rest is "so với" or "against" => Measure.Achievement(labels[0], labels[1]),
            _ => null,
        };
    }

    private static Band? ParseBand(string text)
    {
        var key = TextKey.Of(text).Replace("%", string.Empty);
        Match m;
        if ((m = FromToUnder().Match(key)).Success) return Numbers(m, (a, b) => new Band(a, true, b, false));
        if ((m = FromTo().Match(key)).Success) return Numbers(m, (a, b) => new Band(a, true, b, true));
        if ((m = AndAbove().Match(key)).Success || (m = FromOnly().Match(key)).Success) return Number(m, a => new Band(a, true, null, false));
        if ((m = Above().Match(key)).Success) return Number(m, a => new Band(a, false, null, false));
        if ((m = Under().Match(key)).Success) return Number(m, b => new Band(0m, true, b, false));
        if ((m = Exactly().Match(key)).Success) return Number(m, a => new Band(a, true, a, true));
        return null;

        static Band? Numbers(Match m, Func<decimal, decimal, Band> make) =>
            TryNumber(m.Groups[1].Value, out var a) && TryNumber(m.Groups[2].Value, out var b) && a < b ? make(a, b) : null;

        static Band? Number(Match m, Func<decimal, Band> make) =>
            TryNumber(m.Groups[1].Value, out var a) ? make(a) : null;
    }

    /// <summary>Describes a band the way the framework writes it, for messages.</summary>
    public static string Describe(Band band)
    {
        string N(decimal v) => NumberText.Format(v) + "%";
        if (band.Upper is null) return band.LowerInclusive ? $"từ {N(band.Lower)} trở lên" : $"trên {N(band.Lower)}";
        if (band.Lower == band.Upper) return N(band.Lower);
        if (band.Lower == 0m && band.LowerInclusive && !band.UpperInclusive) return $"dưới {N(band.Upper.Value)}";
        return band.UpperInclusive ? $"từ {N(band.Lower)} đến {N(band.Upper.Value)}" : $"từ {N(band.Lower)} đến dưới {N(band.Upper.Value)}";
    }

    private static bool TryNumber(string text, out decimal value) => NumberText.TryParse(text, out value);

    private static List<string> Labels(string text) =>
        BracketText().Matches(text).Select(m => TextKey.Clean(m.Groups[1].Value)).Where(l => l.Length > 0).ToList();

    private static List<string> SplitClauses(string text)
    {
        var result = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[') depth++;
            else if (text[i] == ']') depth--;
            else if ((text[i] == ';' || text[i] == '\n') && depth == 0)
            {
                result.Add(text[start..i]);
                start = i + 1;
            }
        }
        result.Add(text[start..]);
        return result.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
    }

    private static int IndexOutsideBrackets(string text, char c)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '[') depth++;
            else if (text[i] == ']') depth--;
            else if (text[i] == c && depth == 0) return i;
        }
        return -1;
    }

    private const string Num = @"([0-9]+(?:[.,][0-9]+)?)";

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex BracketText();

    [GeneratedRegex(@"(?:→|=)\s*0\s*$")]
    private static partial Regex ZeroResult();

    [GeneratedRegex(@"^(?:từ|from)\s*" + Num + @"\s*(?:đến dưới|to under|to below)\s*" + Num + @"$")]
    private static partial Regex FromToUnder();

    [GeneratedRegex(@"^(?:từ|from)\s*" + Num + @"\s*(?:đến|to)\s*" + Num + @"$")]
    private static partial Regex FromTo();

    [GeneratedRegex(@"^(?:(?:từ|from)\s*)?" + Num + @"\s*(?:trở lên|and above|or more)$")]
    private static partial Regex AndAbove();

    [GeneratedRegex(@"^(?:từ|from)\s*" + Num + @"$")]
    private static partial Regex FromOnly();

    [GeneratedRegex(@"^(?:trên|above|over)\s*" + Num + @"$")]
    private static partial Regex Above();

    [GeneratedRegex(@"^(?:dưới|under|below)\s*" + Num + @"$")]
    private static partial Regex Under();

    [GeneratedRegex(@"^" + Num + @"$")]
    private static partial Regex Exactly();

    [GeneratedRegex(@"^" + Num + @"\s*(?:đến|up to|to)\s*" + Num + @"\s*%$")]
    private static partial Regex BaseClause();

    [GeneratedRegex(@"^\+\s*" + Num + @"\s*(?:mỗi|per|each)\s*" + Num + @"\s*%$")]
    private static partial Regex StepClause();

    [GeneratedRegex(@"^(?:tối đa|max|at most)\s*" + Num + @"$")]
    private static partial Regex CapClause();
}
