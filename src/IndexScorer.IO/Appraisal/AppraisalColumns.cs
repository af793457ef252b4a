namespace IndexScorer.IO.Appraisal;

/// <summary>Column and row numbers of a group sheet of the council's appraisal workbook; writer, reader and tests share them.</summary>
internal static class AppraisalColumns
{
    /// <summary>Unit code (every row).</summary>
    public const int Unit = 1;
    /// <summary>Unit name (the unit's first row).</summary>
    public const int UnitName = 2;
    /// <summary>Criterion code (criterion rows only).</summary>
    public const int Code = 3;
    /// <summary>Criterion title.</summary>
    public const int Title = 4;
    /// <summary>Maximum.</summary>
    public const int Max = 5;
    /// <summary>The unit's raw inputs as it typed them.</summary>
    public const int Inputs = 6;
    /// <summary>The points recomputed from the unit's inputs (or its N/A policy): what counts when the council writes nothing.</summary>
    public const int Self = 7;
    /// <summary>Evidence cited.</summary>
    public const int Evidence = 8;
    /// <summary>The unit's note.</summary>
    public const int Note = 9;
    /// <summary>Round-1 points.</summary>
    public const int Round1 = 10;
    /// <summary>Round-1 note.</summary>
    public const int Round1Note = 11;
    /// <summary>The unit's explanation.</summary>
    public const int Explanation = 12;
    /// <summary>Round-2 points.</summary>
    public const int Round2 = 13;
    /// <summary>Round-2 note.</summary>
    public const int Round2Note = 14;
    /// <summary>Final points (live formula).</summary>
    public const int Final = 15;
    /// <summary>The last column.</summary>
    public const int Last = Final;

    /// <summary>The header row.</summary>
    public const int HeaderRow = 5;
    /// <summary>The first unit row.</summary>
    public const int FirstContentRow = 6;

    /// <summary>The very hidden sheet naming the framework, the year, the appraising body and the sheet of each group.</summary>
    public const string MetadataSheet = "_indexscorer_appraisal";
}
