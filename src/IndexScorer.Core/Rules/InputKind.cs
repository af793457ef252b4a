namespace IndexScorer.Rules;

/// <summary>What a unit types into one input cell of its form.</summary>
public enum InputKind
{
    /// <summary>A whole number of things (dossiers, violations), zero or more.</summary>
    Count,

    /// <summary>A percentage from 0 to 100.</summary>
    Percent,

    /// <summary>Points, from 0 to the criterion's maximum.</summary>
    Points,

    /// <summary>Yes or no (Có / Không).</summary>
    YesNo,

    /// <summary>One of the rule's named levels.</summary>
    Level,

    /// <summary>An amount (money, a quantity): a decimal, zero or more, e.g. 4825,5 (triệu đồng) against a target.</summary>
    Amount,
}
