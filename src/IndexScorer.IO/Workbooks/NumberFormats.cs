namespace IndexScorer.IO.Workbooks;

/// <summary>Excel's built-in number formats, and whether a format shows a date or time.</summary>
internal static class NumberFormats
{
    /// <summary>The code of a built-in format id (ECMA-376 §18.8.30); General for ids it does not define.</summary>
    public static string BuiltIn(int id) => id switch
    {
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        9 => "0%",
        10 => "0.00%",
        11 => "0.00E+00",
        12 => "# ?/?",
        13 => "# ??/??",
        14 => "mm-dd-yy",
        15 => "d-mmm-yy",
        16 => "d-mmm",
        17 => "mmm-yy",
        18 => "h:mm AM/PM",
        19 => "h:mm:ss AM/PM",
        20 => "h:mm",
        21 => "h:mm:ss",
        22 => "m/d/yy h:mm",
        37 => "#,##0 ;(#,##0)",
        38 => "#,##0 ;[Red](#,##0)",
        39 => "#,##0.00;(#,##0.00)",
        40 => "#,##0.00;[Red](#,##0.00)",
        45 => "mm:ss",
        46 => "[h]:mm:ss",
        47 => "mmss.0",
        48 => "##0.0E+0",
        49 => "@",
        // 27–36 and 50–58 are the East Asian locales' date formats.
        >= 27 and <= 36 or >= 50 and <= 58 => "yyyy-mm-dd",
        _ => "General",
    };

    /// <summary>True when the format shows a number as a date or a time (letters d, m, y, h or s outside quotes and brackets).</summary>
    public static bool IsDate(string format)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c == '\\' || c == '_' || c == '*') i++;
            else if (c == '[') bracket = true;
            else if (c == ']') bracket = false;
            else if (!bracket && "dmyhsDMYHS".Contains(c)) return true;
        }
        return false;
    }
}
