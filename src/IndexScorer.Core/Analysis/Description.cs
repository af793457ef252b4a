using MathNet.Numerics.Statistics;

namespace IndexScorer.Analysis;

/// <summary>
/// Descriptive statistics of a set of values: count, mean, median and quartiles by Excel's definition (QUARTILE.INC,
/// PERCENTILE.INC), sample standard deviation, minimum and maximum. Statistics, not points: computed in double.
/// </summary>
/// <param name="Count">How many values.</param>
/// <param name="Mean">The mean.</param>
/// <param name="Median">The median.</param>
/// <param name="Quartile1">The first quartile (Excel QUARTILE.INC).</param>
/// <param name="Quartile3">The third quartile (Excel QUARTILE.INC).</param>
/// <param name="StandardDeviation">The sample standard deviation (n − 1); 0 for a single value.</param>
/// <param name="Minimum">The smallest value.</param>
/// <param name="Maximum">The largest value.</param>
public sealed record Description(int Count, double Mean, double Median, double Quartile1, double Quartile3, double StandardDeviation, double Minimum, double Maximum)
{
    /// <summary>The statistics of at least one value.</summary>
    public static Description Of(IEnumerable<double> values)
    {
        var data = values.ToArray();
        if (data.Length == 0) throw new ArgumentException("No values, no statistics.", nameof(values));
        Array.Sort(data);
        return new Description(
            data.Length, data.Mean(), Sorted(data, 0.5), Sorted(data, 0.25), Sorted(data, 0.75),
            data.Length == 1 ? 0d : data.StandardDeviation(), data[0], data[^1]);
    }

    /// <summary>The <paramref name="p"/>-quantile by Excel's PERCENTILE.INC definition (R type 7).</summary>
    public static double Quantile(IEnumerable<double> values, double p) => values.QuantileCustom(p, QuantileDefinition.Excel);

    private static double Sorted(double[] sorted, double p) => SortedArrayStatistics.QuantileCustom(sorted, p, QuantileDefinition.Excel);
}
