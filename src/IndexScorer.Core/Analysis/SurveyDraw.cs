namespace IndexScorer.Analysis;

/// <summary>
/// One unit's survey on one criterion, ready to redraw: the weighted mean S = Σ weightₖ·shareₖ of the option shares, the
/// shares following Dirichlet(respondentsₖ). Below <see cref="RankUncertainty.ExactBelow"/> respondents S is drawn exactly
/// (one gamma variate per option, normalised); from there on from a normal with S's exact mean and variance under that
/// Dirichlet, kept within the options' weights.
/// </summary>
/// <param name="Field">The position of the criterion's field.</param>
/// <param name="Max">The criterion's maximum in use.</param>
/// <param name="Points">Its published points.</param>
/// <param name="FirstOption">Where its options start in the shared option table.</param>
/// <param name="EndOption">Where they end.</param>
/// <param name="Exact">True to draw option by option.</param>
/// <param name="Mean">S's mean: the observed weighted share.</param>
/// <param name="Spread">S's standard deviation: √((E[w²] − E[w]²) / (respondents + 1)).</param>
/// <param name="Low">The smallest weight chosen by anyone.</param>
/// <param name="High">The largest weight chosen by anyone.</param>
internal readonly record struct SurveyDraw(
    int Field, double Max, double Points, int FirstOption, int EndOption, bool Exact, double Mean, double Spread, double Low, double High)
{
    /// <summary>The draw of respondent counts and weights (0–1) per option; its options are appended to <paramref name="table"/>. Null when nobody answered.</summary>
    public static SurveyDraw? Of(int field, double max, double points, IEnumerable<(double Respondents, double Weight)> options, List<(double D, double C, double Weight)> table)
    {
        var start = table.Count;
        double respondents = 0d, mean = 0d, square = 0d, low = double.MaxValue, high = double.MinValue;
        foreach (var (count, weight) in options)
        {
            // An option nobody chose keeps a share of zero, as in the bootstrap of the respondents.
            if (count <= 0d) continue;
            var d = count - 1d / 3d;
            table.Add((d, 1d / Math.Sqrt(9d * d), weight));
            respondents += count;
            mean += count * weight;
            square += count * weight * weight;
            (low, high) = (Math.Min(low, weight), Math.Max(high, weight));
        }
        if (respondents == 0d) return null;
        mean /= respondents;
        var spread = Math.Sqrt(Math.Max(0d, square / respondents - mean * mean) / (respondents + 1d));
        return new SurveyDraw(field, max, points, start, table.Count, respondents < RankUncertainty.ExactBelow, mean, spread, low, high);
    }

    /// <summary>One draw of S.</summary>
    public double Share(ref RandomStream random, (double D, double C, double Weight)[] table) =>
        Exact ? ExactShare(ref random, table) : Math.Clamp(Mean + Spread * random.NextNormal(), Low, High);

    /// <summary>One exact draw of S, option by option, whatever the number of respondents.</summary>
    public double ExactShare(ref RandomStream random, (double D, double C, double Weight)[] table)
    {
        double sum = 0d, weighted = 0d;
        for (var o = FirstOption; o < EndOption; o++)
        {
            var (d, c, weight) = table[o];
            var g = random.NextGamma(d, c);
            sum += g;
            weighted += g * weight;
        }
        return weighted / sum;
    }
}
