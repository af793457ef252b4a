namespace IndexScorer.IO.Forms;

/// <summary>Column and row numbers of the self-assessment sheet; writer, reader and tests share them.</summary>
internal static class FormColumns
{
    /// <summary>Mã.</summary>
    public const int Code = 1;
    /// <summary>Title or input label.</summary>
    public const int Title = 2;
    /// <summary>Maximum.</summary>
    public const int Max = 3;
    /// <summary>Guidance and rule.</summary>
    public const int Guidance = 4;
    /// <summary>The input value of an input row.</summary>
    public const int Input = 5;
    /// <summary>Không phát sinh mark.</summary>
    public const int NotApplicable = 6;
    /// <summary>Live self points (formula).</summary>
    public const int SelfPoints = 7;
    /// <summary>Evidence reference.</summary>
    public const int Evidence = 8;
    /// <summary>Unit's note.</summary>
    public const int Note = 9;
    /// <summary>The last column: a unit's form has no appraisal columns (appraisal belongs to the council's own files).</summary>
    public const int Last = Note;

    /// <summary>The first column where forms of earlier versions kept the council's appraisal; the reader warns about any value from here on.</summary>
    public const int CouncilFirst = 10;
    /// <summary>The last of those columns (round 1, its note, the explanation, round 2).</summary>
    public const int CouncilLast = 13;

    /// <summary>The first of the merged cells (to <see cref="Input"/>) where the person who filled the form types each line of <see cref="FormLayout.PreparedByRow"/>'s block.</summary>
    public const int PreparedByValue = Max;

    /// <summary>The header row.</summary>
    public const int HeaderRow = 7;
    /// <summary>The first criterion row.</summary>
    public const int FirstContentRow = 8;
}
