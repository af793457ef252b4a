namespace IndexScorer.IO.Reports;

/// <summary>The three-colour scale of the field matrix (red low, yellow middle, green high), shared by the workbook and the HTML summary.</summary>
internal static class HeatColours
{
    public const string Low = "#F8696B";
    public const string Middle = "#FFEB84";
    public const string High = "#63BE7B";

    /// <summary>The colour of <paramref name="value"/> on a scale from <paramref name="min"/> through <paramref name="middle"/> (yellow) to <paramref name="max"/>, as #RRGGBB.</summary>
    public static string For(decimal value, decimal min, decimal middle, decimal max)
    {
        if (value <= middle) return Mix(Low, Middle, middle == min ? 1.0 : (double)((value - min) / (middle - min)));
        return Mix(Middle, High, max == middle ? 1.0 : (double)((value - middle) / (max - middle)));
    }

    private static string Mix(string from, string to, double t)
    {
        int Channel(string hex, int i) => Convert.ToInt32(hex.Substring(1 + 2 * i, 2), 16);
        var channels = Enumerable.Range(0, 3).Select(i => (int)Math.Round(Channel(from, i) + (Channel(to, i) - Channel(from, i)) * Math.Clamp(t, 0, 1)));
        return "#" + string.Concat(channels.Select(c => c.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
