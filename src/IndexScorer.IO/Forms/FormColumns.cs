namespace IndexScorer.IO.Forms;

/// <summary>Column numbers of the self-assessment sheet; writer and reader share them.</summary>
internal static class FormColumns
{
    public const int Code = 1;
    public const int Title = 2;
    public const int Max = 3;
    public const int Guidance = 4;
    public const int Input = 5;
    public const int NotApplicable = 6;
    public const int SelfPoints = 7;
    public const int Evidence = 8;
    public const int Note = 9;
    public const int Appraisal1 = 10;
    public const int AppraisalNote = 11;
    public const int Explanation = 12;
    public const int Appraisal2 = 13;
    public const int Last = Appraisal2;

    public const int HeaderRow = 7;
    public const int FirstContentRow = 8;
}
