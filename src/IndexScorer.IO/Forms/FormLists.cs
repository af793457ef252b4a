namespace IndexScorer.IO.Forms;

/// <summary>
/// The very hidden, protected sheet <c>_lists</c> of a form. Its row r belongs to row r of the self-assessment sheet:
/// the items a dropdown there offers (levels, yes/no, the N/A mark), read whole from cells so that any label (commas,
/// quotes, any length) is one item; and the <em>reading</em> of the cell a unit types into: what the engine reads from
/// it (a number, 1/0 for yes/no and for the N/A mark, the position of the level picked), <c>""</c> when it is blank and
/// the engine needs it, or <c>"?"</c> when the engine refuses it. The live points are computed from readings only.
/// </summary>
internal static class FormLists
{
    /// <summary>The sheet's name.</summary>
    public const string SheetTitle = "_lists";

    /// <summary>First helper column: the typed text without white space (numbers), or its first folding step (words).</summary>
    public const int Step1 = 1;

    /// <summary>Second helper column: the text without a trailing % (numbers), or its folded key (words).</summary>
    public const int Step2 = 2;

    /// <summary>Third helper column: the digits with a decimal point, sign dropped (numbers).</summary>
    public const int Step3 = 3;

    /// <summary>Fourth helper column: the number a text cell holds, or "?" when it holds none (numbers).</summary>
    public const int Parsed = 4;

    /// <summary>Fifth helper column: the number the cell holds before the input kind's range is checked, or "?" (numbers).</summary>
    public const int Value = 5;

    /// <summary>What the engine reads from the cell; the live points use this column only.</summary>
    public const int Reading = 6;

    /// <summary>The first dropdown item; a level list is followed by each level's folded key.</summary>
    public const int FirstItem = 8;

    /// <summary>The reading of form row <paramref name="row"/>, as a reference from the self-assessment sheet.</summary>
    public static string ReadingOf(int row) => $"{Prefix}${ExcelFormulas.Col(Reading)}${row}";

    /// <summary>The items of form row <paramref name="row"/>, as a data validation list source.</summary>
    public static string ItemsOf(int row, int count) =>
        $"{Prefix}${ExcelFormulas.Col(FirstItem)}${row}:${ExcelFormulas.Col(FirstItem + count - 1)}${row}";

    private const string Prefix = "'" + SheetTitle + "'!";
}
