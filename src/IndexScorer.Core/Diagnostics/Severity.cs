namespace IndexScorer.Diagnostics;

/// <summary>How serious a diagnostic is: errors stop scoring, warnings are reported only.</summary>
public enum Severity
{
    /// <summary>The data cannot be used as it is; scoring stops with exit code 1.</summary>
    Error,

    /// <summary>Worth a look, but the run goes on.</summary>
    Warning,
}
