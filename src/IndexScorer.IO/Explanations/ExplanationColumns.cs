namespace IndexScorer.IO.Explanations;

/// <summary>Column and row numbers of an explanation file's sheet; writer, reader and tests share them.</summary>
internal static class ExplanationColumns
{
    /// <summary>Criterion code.</summary>
    public const int Code = 1;
    /// <summary>Criterion title.</summary>
    public const int Title = 2;
    /// <summary>Maximum.</summary>
    public const int Max = 3;
    /// <summary>The unit's self score.</summary>
    public const int Self = 4;
    /// <summary>The council's round-1 points.</summary>
    public const int Round1 = 5;
    /// <summary>The council's round-1 note.</summary>
    public const int Round1Note = 6;
    /// <summary>The unit's explanation (typed by the unit).</summary>
    public const int Explanation = 7;
    /// <summary>New evidence the unit cites (typed by the unit).</summary>
    public const int NewEvidence = 8;
    /// <summary>The last column.</summary>
    public const int Last = NewEvidence;

    /// <summary>The row naming the unit (protected: the file is for this unit only).</summary>
    public const int UnitRow = 2;
    /// <summary>The header row.</summary>
    public const int HeaderRow = 5;
    /// <summary>The first criterion row.</summary>
    public const int FirstContentRow = 6;

    /// <summary>The very hidden sheet holding the file's identity, every protected cell's value and the seal over them.</summary>
    public const string SealSheet = "_indexscorer_explanation";
}
