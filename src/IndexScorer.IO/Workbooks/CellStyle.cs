namespace IndexScorer.IO.Workbooks;

/// <summary>Horizontal alignment of a cell's content; <see cref="General"/> is Excel's default (text left, numbers right).</summary>
internal enum Horizontal : byte
{
    General,
    Left,
    Center,
    Right,
}

/// <summary>Vertical alignment of a cell's content; <see cref="Bottom"/> is Excel's default.</summary>
internal enum Vertical : byte
{
    Bottom,
    Top,
    Center,
}

/// <summary>The edges of a cell drawn as lines.</summary>
[Flags]
internal enum Edges : byte
{
    None = 0,
    Left = 1,
    Right = 2,
    Top = 4,
    Bottom = 8,
    All = Left | Right | Top | Bottom,

    /// <summary>The top edge as a double line (over a totals row).</summary>
    DoubleTop = 16,
}

/// <summary>
/// How one cell looks, as a value: two cells that look alike have equal styles and share one entry of the workbook's
/// style sheet. Colours are "#RRGGBB"; null means the default (black text, no fill).
/// </summary>
internal readonly record struct CellStyle
{
    public bool Bold { get; init; }

    public bool Italic { get; init; }

    /// <summary>A single line under the text (the motto of the national heading).</summary>
    public bool Underline { get; init; }

    /// <summary>The font size in points; 0 means the default (11).</summary>
    public double FontSize { get; init; }

    public string? FontColor { get; init; }

    public string? Fill { get; init; }

    public Horizontal Horizontal { get; init; }

    public Vertical Vertical { get; init; }

    public bool Wrap { get; init; }

    /// <summary>The indent, in steps of about three characters.</summary>
    public int Indent { get; init; }

    /// <summary>An Excel number format code, e.g. "0.00"; null for General.</summary>
    public string? NumberFormat { get; init; }

    /// <summary>The edges with a thin line (a double line on top with <see cref="Edges.DoubleTop"/>).</summary>
    public Edges Borders { get; init; }

    /// <summary>The default look.</summary>
    public static CellStyle Default => default;
}
