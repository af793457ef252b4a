namespace IndexScorer.Rules;

/// <summary>A survey answer option and the share of the maximum it is worth, e.g. B = 60%.</summary>
public sealed record SurveyOption
{
    /// <summary>Creates the option: a name, and a share from 0 to 100 %.</summary>
    public SurveyOption(string name, decimal percent)
    {
        Name = Preconditions.NotBlank(name);
        Percent = Preconditions.Percent(percent);
    }

    /// <summary>The option as the framework writes it.</summary>
    public string Name { get; }

    /// <summary>The share of the maximum a respondent choosing it gives.</summary>
    public decimal Percent { get; }
}
