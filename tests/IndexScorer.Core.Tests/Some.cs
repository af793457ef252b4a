using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Rules;
using IndexScorer.Scoring;
using IndexScorer.Units;

namespace IndexScorer.Core.Tests;

/// <summary>Tiny factories that keep tests short.</summary>
internal static class Some
{
    /// <summary>The framework workbook every builder's cells point into.</summary>
    public const string FrameworkFile = "khung.xlsx";

    /// <summary>A cell of the framework workbook.</summary>
    public static SourceLocation FrameworkCell(string sheet, string cell) => new(FrameworkFile, sheet, cell);

    /// <summary>A unit of group PHONG unless told otherwise.</summary>
    public static Unit Unit(string code = "U01", string name = "Phòng Nội vụ", string group = "PHONG") => new(code, name, group);

    /// <summary>Parses a rule that is known to be valid; fails the test otherwise.</summary>
    public static Rule ParsedRule(string text)
    {
        var result = RuleParser.Parse(text);
        return result.Rule ?? throw new AssertionException($"'{text}' did not parse: {result.ErrorCode} {string.Join(" | ", result.ErrorArgs)}");
    }

    /// <summary>Evaluates a rule on numeric inputs, in rule order.</summary>
    public static decimal? Points(this Rule rule, decimal maximum, params decimal[] numbers) =>
        rule.Evaluate(numbers.Select(InputValue.Of).ToArray(), maximum);

    /// <summary>Evaluates a levels rule on the level chosen, followed by any numeric inputs (the violation count).</summary>
    public static decimal? PointsFor(this Rule rule, decimal maximum, string level, params decimal[] numbers) =>
        rule.Evaluate([InputValue.Of(level), .. numbers.Select(InputValue.Of)], maximum);

    /// <summary>Evaluates a yes/no rule on the answer, followed by any numeric inputs (the violation count).</summary>
    public static decimal? PointsFor(this Rule rule, decimal maximum, bool yes, params decimal[] numbers) =>
        rule.Evaluate([InputValue.Of(yes), .. numbers.Select(InputValue.Of)], maximum);

    /// <summary>Scores one form of a group with a fresh diagnostic bag.</summary>
    public static (UnitScore? Score, DiagnosticBag Diagnostics) Scored(
        UnitGroup group, UnitSubmission submission, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>? survey = null)
    {
        var diagnostics = new DiagnosticBag();
        return (UnitScorer.Score(group, submission, survey, diagnostics), diagnostics);
    }

    /// <summary>Scores a form that is known to be valid; fails the test with the diagnostics otherwise.</summary>
    public static UnitScore ScoreOf(
        UnitGroup group, UnitSubmission submission, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>? survey = null)
    {
        var (score, diagnostics) = Scored(group, submission, survey);
        return score ?? throw new AssertionException("Scoring failed:\n" + string.Join("\n", diagnostics.Items));
    }

    /// <summary>
    /// A score with a given full-precision index, for ranking; every node of the group totals 0 points
    /// except those given in <paramref name="points"/> (code, points).
    /// </summary>
    public static UnitScore ScoreWithIndex(UnitGroup group, string unitCode, decimal index, params (string Code, decimal Points)[] points)
    {
        var nodes = group.Sections.SelectMany(s => s.SelfAndDescendants())
            .ToDictionary(c => c.Code.Value, c => new NodeTotal(0m, c.MaxPoints));
        foreach (var (code, p) in points) nodes[code] = nodes[code] with { Points = p };
        return new UnitScore(Unit(unitCode, "Đơn vị " + unitCode, group.Code), group, [], nodes, 0m, 0m, index);
    }
}
