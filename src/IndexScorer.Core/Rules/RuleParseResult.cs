namespace IndexScorer.Rules;

/// <summary>Either a rule or the reason it could not be read (a message code with its arguments).</summary>
internal sealed record RuleParseResult(Rule? Rule, string? ErrorCode, IReadOnlyList<object> ErrorArgs)
{
    internal static RuleParseResult Ok(Rule rule) => new(rule, null, []);

    internal static RuleParseResult Fail(string code, params object[] args) => new(null, code, args);
}
