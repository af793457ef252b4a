namespace IndexScorer.Rules;

/// <summary>A value read from an input cell, already checked against its <see cref="RuleInput"/>.</summary>
/// <param name="Number">The number, for count, percent and points inputs.</param>
/// <param name="Choice">The chosen level exactly as the rule spells it, for level inputs.</param>
/// <param name="Yes">The answer, for yes/no inputs.</param>
public readonly record struct InputValue(decimal? Number, string? Choice, bool? Yes)
{
    /// <summary>A numeric value.</summary>
    public static InputValue Of(decimal number) => new(number, null, null);

    /// <summary>A level chosen.</summary>
    public static InputValue Of(string choice) => new(null, choice, null);

    /// <summary>A yes/no answer.</summary>
    public static InputValue Of(bool yes) => new(null, null, yes);
}
