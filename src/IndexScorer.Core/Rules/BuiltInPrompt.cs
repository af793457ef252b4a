namespace IndexScorer.Rules;

/// <summary>The prompts of the engine's own inputs (the rule kinds whose input the framework does not name in brackets).</summary>
public enum BuiltInPrompt
{
    /// <summary>The level achieved, for a levels rule (Mức đạt được).</summary>
    LevelAchieved,

    /// <summary>Whether it was done, for a yes/no rule (Đã thực hiện?).</summary>
    Done,

    /// <summary>The points the unit claims, for a manual rule (Điểm tự chấm).</summary>
    SelfPoints,
}
