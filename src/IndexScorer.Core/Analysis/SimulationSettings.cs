namespace IndexScorer.Analysis;

/// <summary>
/// The sources of uncertainty the rank simulation draws from, and how many samples with which seed. The same settings
/// give the same result, whatever the number of processors.
/// </summary>
public sealed record SimulationSettings
{
    /// <summary>The default number of samples.</summary>
    public const int DefaultSamples = 1000;

    /// <summary>Creates the settings; every figure is checked (a bad one is a programmer's mistake: requests check user input first).</summary>
    /// <param name="samples">How many samples, 1 or more.</param>
    /// <param name="seed">The seed of the random draws.</param>
    /// <param name="resampleSurvey">Draw each unit's survey shares from its respondents' answers.</param>
    /// <param name="appraisalPoints">The appraisal's uncertainty, ± points on every appraised criterion (uniform), 0 for none.</param>
    /// <param name="weightPercent">Noise on the fields' weights, ± % (uniform, the same for every unit of a sample), 0 for none; below 100.</param>
    public SimulationSettings(int samples = DefaultSamples, int seed = 1, bool resampleSurvey = true, decimal appraisalPoints = 0m, decimal weightPercent = 0m)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(appraisalPoints);
        ArgumentOutOfRangeException.ThrowIfNegative(weightPercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(weightPercent, 100m);
        Samples = samples;
        Seed = seed;
        ResampleSurvey = resampleSurvey;
        AppraisalPoints = appraisalPoints;
        WeightPercent = weightPercent;
    }

    /// <summary>How many samples.</summary>
    public int Samples { get; }

    /// <summary>The seed of the random draws.</summary>
    public int Seed { get; }

    /// <summary>True to draw each unit's survey shares from its respondents' answers (a Dirichlet draw per criterion).</summary>
    public bool ResampleSurvey { get; }

    /// <summary>± points of uniform noise on every appraised (self-assessed) criterion; 0 for none.</summary>
    public decimal AppraisalPoints { get; }

    /// <summary>± % of uniform noise on each field's weight; 0 for none.</summary>
    public decimal WeightPercent { get; }

    /// <summary>True when no source of uncertainty is on: every sample is the nominal result.</summary>
    public bool IsDeterministic => !ResampleSurvey && AppraisalPoints == 0m && WeightPercent == 0m;
}
