namespace IndexScorer.Rules;

/// <summary>The scoring-rule patterns of real frameworks (shared/domain.md §4).</summary>
public enum RuleKind
{
    /// <summary>Points typed by the unit, 0 to the maximum.</summary>
    Manual,

    /// <summary>Done → maximum, not done → 0.</summary>
    YesNo,

    /// <summary>Named levels with their points (Tốt 2,5 / Đầy đủ 2 / …).</summary>
    Levels,

    /// <summary>Points = achieved ratio × maximum.</summary>
    Proportional,

    /// <summary>Points by half-open percentage bands (từ … đến dưới …).</summary>
    Tiers,

    /// <summary>Maximum minus a deduction per violation, floored at 0.</summary>
    Deduction,

    /// <summary>Points per counted item, capped at the maximum (bonus items).</summary>
    PerCount,

    /// <summary>A base up to a threshold plus a step per increment, capped.</summary>
    BaseSteps,

    /// <summary>Survey answers weighted by option, averaged over respondents.</summary>
    Survey,
}
