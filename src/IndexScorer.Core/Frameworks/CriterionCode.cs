using System.Text.RegularExpressions;

namespace IndexScorer.Frameworks;

/// <summary>
/// A hierarchical criterion code such as <c>3.2.1</c>; the first segment may be letters for bonus and
/// penalty sections (<c>T</c>, <c>T.1</c>). Ordered naturally (2 before 10).
/// </summary>
public sealed partial record CriterionCode : IComparable<CriterionCode>
{
    private CriterionCode(string value) => Value = value;

    /// <summary>The code as written, e.g. "3.2.1".</summary>
    public string Value { get; }

    /// <summary>The dot-separated segments.</summary>
    public IReadOnlyList<string> Segments => Value.Split('.');

    /// <summary>1 for a field, 2 for a criterion, 3 for a sub-criterion, and so on.</summary>
    public int Depth => Segments.Count;

    /// <summary>The parent's code; null for a top-level field.</summary>
    public CriterionCode? Parent => Value.LastIndexOf('.') is var i and > 0 ? new CriterionCode(Value[..i]) : null;

    /// <summary>The top-level field this code belongs to.</summary>
    public CriterionCode Field => new(Segments[0]);

    /// <summary>Reads a code, tolerating spaces and a trailing dot ("3.2." reads as 3.2).</summary>
    public static bool TryParse(string? text, out CriterionCode code)
    {
        var t = (text ?? string.Empty).Replace(" ", string.Empty).TrimEnd('.').ToUpperInvariant();
        code = new CriterionCode(t);
        return Shape().IsMatch(t);
    }

    /// <summary>Reads a code the program itself wrote; throws when malformed.</summary>
    public static CriterionCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a criterion code such as 3.2.1.");

    /// <summary>True when this code is <paramref name="other"/> or one of its ancestors.</summary>
    public bool Contains(CriterionCode other) => other.Value == Value || other.Value.StartsWith(Value + ".", StringComparison.Ordinal);

    /// <inheritdoc />
    public int CompareTo(CriterionCode? other)
    {
        if (other is null) return 1;
        var (a, b) = (Segments, other.Segments);
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var c = int.TryParse(a[i], out var x) && int.TryParse(b[i], out var y)
                ? x.CompareTo(y)
                : string.CompareOrdinal(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Count.CompareTo(b.Count);
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    [GeneratedRegex(@"^([0-9]{1,3}|[A-Z]{1,3})(\.[0-9]{1,3})*$")]
    private static partial Regex Shape();
}
