namespace IndexScorer.Rules;

/// <summary>
/// A scoring rule of one criterion, parsed from the one cell of the framework that states it
/// (see frameworks/README.md for the syntax). Immutable.
/// </summary>
public abstract class Rule
{
    /// <summary>Creates a rule from its own inputs and an optional "any violation → 0" override.</summary>
    protected Rule(string text, IReadOnlyList<RuleInput> ownInputs, RuleInput? violationOverride)
    {
        Text = text;
        ViolationOverride = violationOverride;
        Inputs = violationOverride is null ? ownInputs : [.. ownInputs, violationOverride];
        OwnInputCount = ownInputs.Count;
    }

    /// <summary>The rule as written in the framework.</summary>
    public string Text { get; }

    /// <summary>Which pattern this is.</summary>
    public abstract RuleKind Kind { get; }

    /// <summary>Every value the unit enters for this rule, in form order (the override count last).</summary>
    public IReadOnlyList<RuleInput> Inputs { get; }

    /// <summary>A count that, when above 0, sets the points to 0 whatever the rest says.</summary>
    public RuleInput? ViolationOverride { get; }

    /// <summary>How many of <see cref="Inputs"/> belong to the rule itself (not the override).</summary>
    protected int OwnInputCount { get; }

    /// <summary>
    /// The points for checked input values (one per <see cref="Inputs"/>), at full precision;
    /// null when the criterion did not arise (a ratio over zero cases).
    /// </summary>
    public decimal? Evaluate(IReadOnlyList<InputValue> values, decimal maximum)
    {
        if (values.Count != Inputs.Count)
            throw new ArgumentException($"Rule '{Text}' takes {Inputs.Count} values, got {values.Count}.", nameof(values));
        if (ViolationOverride is not null && (values[^1].Number ?? 0m) > 0m) return 0m;
        return EvaluateOwn(values, maximum);
    }

    /// <summary>The rule's own points, before the override.</summary>
    protected abstract decimal? EvaluateOwn(IReadOnlyList<InputValue> values, decimal maximum);

    /// <summary>The percentage the rule works on (proportional, tiers, base plus steps); null for the other kinds.</summary>
    public virtual Measure? Measure => null;

    /// <summary>The most points this rule can give, for checking it against the criterion's maximum.</summary>
    public virtual decimal? HighestPoints => null;
}
