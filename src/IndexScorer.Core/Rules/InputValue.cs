namespace IndexScorer.Rules;

/// <summary>A value read from an input cell, already checked against its <see cref="RuleInput"/>.</summary>
/// <param name="Number">The number, for count, percent and points inputs.</param>
/// <param name="Choice">The chosen option exactly as the rule spells it, for yes/no and level inputs.</param>
public readonly record struct InputValue(decimal? Number, string? Choice)
{
    /// <summary>A numeric value.</summary>
    public static InputValue Of(decimal number) => new(number, null);

    /// <summary>A choice (level name, Có, Không).</summary>
    public static InputValue Of(string choice) => new(null, choice);
}
