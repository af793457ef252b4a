namespace IndexScorer.Analysis;

/// <summary>
/// Krippendorff's α, agreement among coders who each gave (or did not give) a value to each unit of analysis:
/// α = 1 − D_o / D_e from the coincidence matrix (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011). Units
/// with fewer than two values are left out; missing values are allowed anywhere.
/// </summary>
internal static class KrippendorffAlpha
{
    /// <summary>α of <paramref name="data"/> (one row per coder, one column per unit, null for a missing value); null when it is undefined (fewer than two pairable values, or no expected disagreement).</summary>
    public static double? Of(IReadOnlyList<IReadOnlyList<double?>> data, AgreementMetric metric)
    {
        var units = data.Count == 0 ? 0 : data[0].Count;
        var values = new SortedDictionary<double, int>();
        var pairable = new List<double[]>();
        for (var u = 0; u < units; u++)
        {
            var present = data.Select(coder => coder[u]).OfType<double>().ToArray();
            if (present.Length >= 2) pairable.Add(present);
        }
        if (metric == AgreementMetric.Interval) return Interval(pairable);
        foreach (var value in pairable.SelectMany(p => p)) values.TryAdd(value, values.Count);
        var distinct = values.Keys.ToArray();
        var index = distinct.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i);
        var coincidences = new double[distinct.Length, distinct.Length];
        foreach (var unit in pairable)
        {
            var weight = 1d / (unit.Length - 1);
            for (var i = 0; i < unit.Length; i++)
            {
                for (var j = 0; j < unit.Length; j++)
                {
                    if (i != j) coincidences[index[unit[i]], index[unit[j]]] += weight;
                }
            }
        }
        var marginals = new double[distinct.Length];
        for (var c = 0; c < distinct.Length; c++)
        {
            for (var k = 0; k < distinct.Length; k++) marginals[c] += coincidences[c, k];
        }
        var n = marginals.Sum();
        if (n < 2d) return null;
        double observed = 0d, expected = 0d;
        for (var c = 0; c < distinct.Length; c++)
        {
            for (var k = 0; k < distinct.Length; k++)
            {
                var delta = Distance(distinct[c], distinct[k], metric);
                observed += coincidences[c, k] * delta;
                expected += marginals[c] * marginals[k] * delta;
            }
        }
        if (expected <= 0d) return null;
        return 1d - (n - 1d) * observed / expected;
    }

    /// <summary>
    /// The interval α without the coincidence matrix (one pass, for criteria over thousands of units): the observed sum is
    /// Σ over units of Σ_{i≠j} (vᵢ − vⱼ)² / (mᵤ − 1); the expected one, Σ over all pairs of pairable values of (a − b)², is
    /// 2n·Σv² − 2(Σv)².
    /// </summary>
    private static double? Interval(List<double[]> pairable)
    {
        double n = 0d, sum = 0d, squares = 0d, observed = 0d;
        foreach (var unit in pairable)
        {
            double unitSum = 0d, unitSquares = 0d;
            foreach (var v in unit)
            {
                unitSum += v;
                unitSquares += v * v;
            }
            // Σ_{i≠j} (vᵢ − vⱼ)² = 2m·Σv² − 2(Σv)² within the unit.
            observed += (2d * unit.Length * unitSquares - 2d * unitSum * unitSum) / (unit.Length - 1);
            n += unit.Length;
            sum += unitSum;
            squares += unitSquares;
        }
        if (n < 2d) return null;
        var expected = 2d * n * squares - 2d * sum * sum;
        return expected <= 1e-12 * Math.Max(1d, squares) ? null : 1d - (n - 1d) * observed / expected;
    }

    private static double Distance(double a, double b, AgreementMetric metric) => metric switch
    {
        AgreementMetric.Nominal => a == b ? 0d : 1d,
        AgreementMetric.Interval => (a - b) * (a - b),
        AgreementMetric.Ratio => a + b == 0d ? 0d : (a - b) * (a - b) / ((a + b) * (a + b)),
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };
}
