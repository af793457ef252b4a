namespace IndexScorer.SampleMaker;

/// <summary>A framework workbook's content as plain data (one row per cell line of the workbook).</summary>
internal sealed record FrameworkContent(
    string Id,
    string Name,
    int Year,
    string Version,
    string Note,
    string DefaultNotApplicable,
    IReadOnlyList<GroupContent> Groups,
    IReadOnlyList<BandContent> Bands);

/// <summary>One unit group (sub-index) and its criteria sheet.</summary>
internal sealed record GroupContent(
    string Code,
    string Name,
    string Sheet,
    decimal ScaleTotal,
    string Survey,
    string TieBreakers,
    IReadOnlyList<CriterionRowData> Rows);

/// <summary>One classification band; a blank group applies to every group without bands of its own.</summary>
internal sealed record BandContent(string Group, string Label, decimal FromPercent);

/// <summary>One row of a criteria sheet. Blank (null) cells take the defaults documented in frameworks/README.md.</summary>
internal sealed record CriterionRowData(string Code, string Title, decimal Max)
{
    public string? Section { get; init; }
    public string? Source { get; init; }
    public string? Rule { get; init; }
    public string? NotApplicable { get; init; }
    public string? Guidance { get; init; }
    public string? Evidence { get; init; }
    public string? EvidenceRequired { get; init; }
}

/// <summary>Short constructors so that the content files read like the framework itself.</summary>
internal static class Rows
{
    public const string FullPoints = "Đủ điểm";
    public const string Excluded = "Loại trừ";
    public const string SurveySource = "ĐTXHH";

    /// <summary>The usual survey weighting (A = 100 %, B = 60 %, C = 20 %, D = 0 %).</summary>
    public const string SurveyAbcd = "khảo sát: A = 100%; B = 60%; C = 20%; D = 0%";

    /// <summary>A scored field (lĩnh vực) or an inner node: no rule, its maximum is the sum of its children's.</summary>
    public static CriterionRowData Node(string code, string title, decimal max, string? notApplicable = null, string? source = null) =>
        new(code, title, max) { NotApplicable = notApplicable, Source = source };

    /// <summary>A self-assessed leaf.</summary>
    public static CriterionRowData Leaf(
        string code, string title, decimal max, string rule, string guidance, string evidence, string? notApplicable = null) =>
        new(code, title, max) { Rule = rule, Guidance = guidance, Evidence = evidence, NotApplicable = notApplicable };

    /// <summary>A leaf measured by the sociological survey (ĐTXHH); not self-assessed.</summary>
    public static CriterionRowData Survey(string code, string title, decimal max, string rule = SurveyAbcd, bool setSource = true) =>
        new(code, title, max)
        {
            Source = setSource ? SurveySource : null,
            Rule = rule,
            Guidance = "Không tự chấm. Điểm = điểm tối đa × bình quân trọng số các phương án trả lời của người được khảo sát.",
            Evidence = "Kết quả điều tra xã hội học do UBND quận tổ chức.",
        };

    /// <summary>A bonus (Điểm thưởng) or penalty (Điểm trừ) section; its maximum is the cap.</summary>
    public static CriterionRowData Section(string code, string title, decimal cap, string section) =>
        new(code, title, cap) { Section = section };

    /// <summary>An item of a bonus or penalty section; evidence is asked for explicitly (the default is off outside scored fields).</summary>
    public static CriterionRowData Item(string code, string title, decimal max, string rule, string guidance, string evidence) =>
        new(code, title, max) { Rule = rule, Guidance = guidance, Evidence = evidence, EvidenceRequired = "Có" };
}

/// <summary>Edits on a list of rows, used to derive one year's framework from another's, each edit explicit.</summary>
internal static class RowEdits
{
    /// <summary>Swaps the numbers of two adjacent sibling nodes (and their descendants' prefixes); the first keeps its place in the sheet.</summary>
    public static void SwapNumbers(List<CriterionRowData> rows, string first, string second)
    {
        var (a, aEnd) = Block(rows, first);
        var (b, bEnd) = Block(rows, second);
        if (aEnd != b) throw new InvalidOperationException($"{first} and {second} are not adjacent.");
        var blockA = rows.GetRange(a, aEnd - a).Select(r => r with { Code = Recode(r.Code, first, second) }).ToList();
        var blockB = rows.GetRange(b, bEnd - b).Select(r => r with { Code = Recode(r.Code, second, first) }).ToList();
        rows.RemoveRange(a, bEnd - a);
        rows.InsertRange(a, [.. blockB, .. blockA]);
    }

    /// <summary>Removes a node and its descendants.</summary>
    public static void Remove(List<CriterionRowData> rows, string code)
    {
        var (start, end) = Block(rows, code);
        rows.RemoveRange(start, end - start);
    }

    /// <summary>Inserts a row right after the node <paramref name="after"/> and its descendants.</summary>
    public static void InsertAfter(List<CriterionRowData> rows, string after, CriterionRowData row)
    {
        var (_, end) = Block(rows, after);
        rows.Insert(end, row);
    }

    /// <summary>Changes one row's maximum (parents are not touched: state every change explicitly).</summary>
    public static void SetMax(List<CriterionRowData> rows, string code, decimal max)
    {
        var (start, _) = Block(rows, code);
        rows[start] = rows[start] with { Max = max };
    }

    /// <summary>Replaces one row's cells through <paramref name="change"/>.</summary>
    public static void Change(List<CriterionRowData> rows, string code, Func<CriterionRowData, CriterionRowData> change)
    {
        var (start, _) = Block(rows, code);
        rows[start] = change(rows[start]);
    }

    private static (int Start, int End) Block(List<CriterionRowData> rows, string code)
    {
        var start = rows.FindIndex(r => r.Code == code);
        if (start < 0) throw new InvalidOperationException($"No row {code}.");
        var end = start + 1;
        while (end < rows.Count && rows[end].Code.StartsWith(code + ".", StringComparison.Ordinal)) end++;
        return (start, end);
    }

    private static string Recode(string code, string from, string to) => to + code[from.Length..];
}
