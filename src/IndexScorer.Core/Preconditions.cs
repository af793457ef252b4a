using System.Runtime.CompilerServices;

namespace IndexScorer;

/// <summary>
/// The one way a value checks its invariants when it is built. A broken invariant is a programmer's mistake and throws:
/// user data is checked (and reported as a diagnostic) long before it becomes one of these values.
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws when <paramref name="condition"/> is false, naming what was required.</summary>
    public static void Require(bool condition, string requirement, [CallerArgumentExpression(nameof(condition))] string expression = "")
    {
        if (!condition) throw new ArgumentException($"{requirement} ({expression} is false).");
    }

    /// <summary>The value, when it is 0 or more.</summary>
    public static decimal NotNegative(decimal value, [CallerArgumentExpression(nameof(value))] string name = "") =>
        value >= 0m ? value : throw new ArgumentOutOfRangeException(name, value, "Must be 0 or more.");

    /// <summary>The value, when it is more than 0.</summary>
    public static decimal Positive(decimal value, [CallerArgumentExpression(nameof(value))] string name = "") =>
        value > 0m ? value : throw new ArgumentOutOfRangeException(name, value, "Must be more than 0.");

    /// <summary>The value, when it is a percentage from 0 to 100.</summary>
    public static decimal Percent(decimal value, [CallerArgumentExpression(nameof(value))] string name = "") =>
        value is >= 0m and <= 100m ? value : throw new ArgumentOutOfRangeException(name, value, "Must be a percentage from 0 to 100.");

    /// <summary>The text, when it is not blank.</summary>
    public static string NotBlank(string value, [CallerArgumentExpression(nameof(value))] string name = "") =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("Must not be blank.", name) : value;
}
