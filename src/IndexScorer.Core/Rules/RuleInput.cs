namespace IndexScorer.Rules;

/// <summary>One value a rule needs from the unit, e.g. "Số hồ sơ tiếp nhận" (a count).</summary>
/// <param name="Label">The label written in brackets in the rule, shown beside the input cell.</param>
/// <param name="Kind">What may be typed.</param>
/// <param name="Options">For <see cref="InputKind.Level"/>, the level names in the rule's order; otherwise empty.</param>
public sealed record RuleInput(string Label, InputKind Kind, IReadOnlyList<string> Options)
{
    /// <summary>An input that takes a number.</summary>
    public static RuleInput Number(string label, InputKind kind) => new(label, kind, []);
}
