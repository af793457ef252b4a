namespace IndexScorer.App.Runs;

/// <summary>The long phases of a run, for progress reports.</summary>
public enum RunPhase
{
    /// <summary>Reading and scoring the units' forms.</summary>
    ReadingForms,

    /// <summary>Writing the outputs, one file after another.</summary>
    WritingOutputs,
}
