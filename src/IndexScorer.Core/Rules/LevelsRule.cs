namespace IndexScorer.Rules;

/// <summary><c>mức: Tốt = 2,5; Đầy đủ = 2; …</c>: the unit picks a level from a list.</summary>
public sealed class LevelsRule : Rule
{
    /// <summary>Creates the rule; levels are in the order written, at least two, no two with the same name.</summary>
    public LevelsRule(string text, IReadOnlyList<Level> levels, RuleInput? violationOverride)
        : base(text, [new RuleInput(InputPrompt.Of(BuiltInPrompt.LevelAchieved), InputKind.Level, levels.Select(l => l.Name).ToArray())],
            violationOverride)
    {
        Preconditions.Require(levels.Count >= 2 && levels.DistinctBy(l => IndexScorer.Text.TextKey.Of(l.Name)).Count() == levels.Count,
            "A levels rule has two or more levels with distinct names");
        Levels = levels;
    }

    /// <summary>The levels in the order written.</summary>
    public IReadOnlyList<Level> Levels { get; }

    /// <inheritdoc />
    public override RuleKind Kind => RuleKind.Levels;

    /// <inheritdoc />
    public override decimal? HighestPoints => Levels.Max(l => l.Points);

    /// <inheritdoc />
    protected override decimal? EvaluateOwn(IReadOnlyList<InputValue> values, decimal maximum) =>
        Levels.First(l => l.Name == values[0].Choice).Points;
}
