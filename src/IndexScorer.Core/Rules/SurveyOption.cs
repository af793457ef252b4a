namespace IndexScorer.Rules;

/// <summary>A survey answer option and the share of the maximum it is worth, e.g. B = 60%.</summary>
public sealed record SurveyOption(string Name, decimal Percent);
