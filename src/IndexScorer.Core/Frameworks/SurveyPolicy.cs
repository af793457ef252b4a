namespace IndexScorer.Frameworks;

/// <summary>Whether a unit group's survey results must be supplied.</summary>
public enum SurveyPolicy
{
    /// <summary>Survey results are required for every unit of the group.</summary>
    Required,

    /// <summary>When the group has no survey results at all, the index is the appraisal alone rescaled to 100.</summary>
    Optional,
}
