using System.Numerics;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>
/// How sure a group's ranks are, by Monte Carlo. Each sample redraws what is uncertain and ranks the group again:
/// <list type="bullet">
/// <item>the survey: per unit and survey criterion, the shares of the answer options follow a Dirichlet distribution whose
/// parameters are the respondent counts (the Bayesian bootstrap of the respondents, Rubin 1981). Chosen over a multinomial
/// redraw because it is centred on the observed shares, continuous (no artificial ties between units) and its cost does
/// not grow with the number of respondents. The points depend on the shares only through their weighted mean
/// S = Σ weightₖ·shareₖ: below <see cref="ExactBelow"/> respondents S is drawn exactly (one gamma variate per option);
/// from there on from a normal with S's exact Dirichlet mean and variance, kept within the options' weights — the same
/// distribution to well within Monte Carlo error at that size (tested), four times cheaper, which a national run needs;</item>
/// <item>the appraisal (optional): ± a number of points, uniform, on every appraised criterion, kept within 0 and its maximum;</item>
/// <item>the fields' weights (optional): ± a percentage, uniform, on each field's weight, the same for every unit of a sample.</item>
/// </list>
/// A sample's index is the unit's published index plus the change the draws make, so with every source off each sample is
/// the published result and each interval is the published rank. Samples are drawn in fixed chunks, each with its own
/// random stream derived from the seed and the chunk's number, so the result does not depend on the number of processors.
/// </summary>
/// <param name="Settings">The settings drawn with.</param>
/// <param name="Units">Per unit, in the group's rank order, its interval.</param>
/// <param name="NotClearlySeparated">The pairs whose order flips in more than 10 % of samples, in rank order.</param>
/// <param name="SurveyResampled">How many (unit, survey criterion) pairs were redrawn.</param>
public sealed record RankUncertainty(
    SimulationSettings Settings, IReadOnlyList<UnitRankInterval> Units, IReadOnlyList<SeparationPair> NotClearlySeparated, int SurveyResampled)
{
    /// <summary>
    /// How far apart in published order two units may be for their separation to be checked: every pair in a district's
    /// group, the neighbourhood that matters in a national one (10,000 units make 50 million pairs).
    /// </summary>
    public const int PairWindow = 50;

    /// <summary>Below this many respondents on a criterion a unit's survey shares are drawn exactly, option by option.</summary>
    public const int ExactBelow = 50;

    private const int ChunkSize = 25;

    // Simulated indices closer than this are floating-point noise around an equal published index: ranked as published.
    private const double Tolerance = 1e-9;

    /// <summary>Simulates the ranks of a group; what cannot be simulated as asked is reported to <paramref name="diagnostics"/> as a warning.</summary>
    public static RankUncertainty Of(ScoredGroup group, SimulationSettings settings, DiagnosticBag diagnostics)
    {
        var model = new Model(group, settings, diagnostics);
        var units = group.Units.Count;
        var samples = settings.Samples;
        var ranks = new int[units * samples];
        var bands = group.Bands.Count;
        var chunks = (samples + ChunkSize - 1) / ChunkSize;
        var bandCounts = new int[chunks][];
        Parallel.For(0, chunks, chunk =>
        {
            var random = new RandomStream(settings.Seed, chunk);
            var sorter = new SampleSorter(units);
            var values = new double[units];
            var counts = new int[units * Math.Max(1, bands)];
            var weights = new double[model.Fields];
            var end = Math.Min(samples, (chunk + 1) * ChunkSize);
            for (var s = chunk * ChunkSize; s < end; s++)
            {
                model.Sample(ref random, values, weights);
                sorter.Rank(values, model.NominalRanks, ranks, s, samples);
                if (bands > 0) model.CountBands(values, group.Bands, counts);
            }
            bandCounts[chunk] = counts;
        });

        var intervals = new UnitRankInterval[units];
        Parallel.For(0, units, u =>
        {
            var sorted = ranks.AsSpan(u * samples, samples).ToArray();
            Array.Sort(sorted);
            var probabilities = new double[bands];
            for (var b = 0; b < bands; b++) probabilities[b] = (double)bandCounts.Sum(c => c[u * bands + b]) / samples;
            intervals[u] = new UnitRankInterval(group.Units[u], NearestRank(sorted, 0.5), NearestRank(sorted, 0.05), NearestRank(sorted, 0.95), probabilities);
        });
        return new RankUncertainty(settings, intervals, Pairs(group, intervals, ranks, samples), model.SurveyDraws);
    }

    /// <summary>The nearest-rank percentile of sorted integers: the value at position ⌈p·n⌉ (1-based).</summary>
    private static int NearestRank(int[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>
    /// The pairs (published ranks differing, at most <see cref="PairWindow"/> places apart in published order) whose order
    /// flips in more than 10 % of samples. Only pairs whose 90 % intervals overlap are counted: when they do not, the order
    /// flips in at most 5 % + 5 % of samples.
    /// </summary>
    private static SeparationPair[] Pairs(ScoredGroup group, UnitRankInterval[] intervals, int[] ranks, int samples)
    {
        var units = intervals.Length;
        var found = new List<SeparationPair>[units];
        Parallel.For(0, units, i =>
        {
            var list = new List<SeparationPair>();
            for (var j = i + 1; j < Math.Min(units, i + 1 + PairWindow); j++)
            {
                if (group.Units[j].Rank == group.Units[i].Rank || intervals[j].Low > intervals[i].High) continue;
                var share = (double)LevelOrAhead(ranks.AsSpan(j * samples, samples), ranks.AsSpan(i * samples, samples)) / samples;
                if (share > SeparationPair.Threshold) list.Add(new SeparationPair(group.Units[i], group.Units[j], share));
            }
            found[i] = list;
        });
        return found.SelectMany(l => l).ToArray();
    }

    /// <summary>In how many samples the lower unit's rank is level with or ahead of the higher one's.</summary>
    private static int LevelOrAhead(ReadOnlySpan<int> below, ReadOnlySpan<int> above)
    {
        var count = 0;
        var s = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<int>.Count;
            var sum = Vector<int>.Zero;
            for (; s + width <= below.Length; s += width)
                sum -= Vector.LessThanOrEqual(new Vector<int>(below[s..]), new Vector<int>(above[s..]));
            count = Vector.Sum(sum);
        }
        for (; s < below.Length; s++) count += below[s] <= above[s] ? 1 : 0;
        return count;
    }

    /// <summary>
    /// Ranks one sample's values into ranks[unit × samples + sample]: competition ranks, highest first, with values within
    /// <see cref="Tolerance"/> of each other ranked as published. A least-significant-digit radix sort of the values' bits:
    /// a national group is sorted a thousand times.
    /// </summary>
    private sealed class SampleSorter(int units)
    {
        private readonly ulong[] _keys = new ulong[units];
        private readonly ulong[] _keysSwap = new ulong[units];
        private readonly int[] _order = new int[units];
        private readonly int[] _orderSwap = new int[units];
        private readonly int[] _counts = new int[8 * 256];

        public void Rank(double[] values, int[] nominal, int[] ranks, int sample, int samples)
        {
            var n = values.Length;
            Array.Clear(_counts);
            for (var u = 0; u < n; u++)
            {
                // Descending values as ascending unsigned keys: the order of the bits of a double, flipped.
                var bits = (ulong)BitConverter.DoubleToInt64Bits(values[u]);
                var key = (bits & 0x8000000000000000UL) != 0 ? bits : ~bits & 0x7FFFFFFFFFFFFFFFUL;
                _keys[u] = key;
                _order[u] = u;
                for (var d = 0; d < 8; d++) _counts[d * 256 + (int)((key >> (8 * d)) & 0xFF)]++;
            }
            var (keys, order, keysSwap, orderSwap) = (_keys, _order, _keysSwap, _orderSwap);
            for (var d = 0; d < 8; d++)
            {
                var counts = _counts.AsSpan(d * 256, 256);
                if (counts.Contains(n)) continue;
                var offset = 0;
                for (var b = 0; b < 256; b++) (counts[b], offset) = (offset, offset + counts[b]);
                for (var k = 0; k < n; k++)
                {
                    var digit = (int)((keys[k] >> (8 * d)) & 0xFF);
                    var position = counts[digit]++;
                    keysSwap[position] = keys[k];
                    orderSwap[position] = order[k];
                }
                (keys, keysSwap) = (keysSwap, keys);
                (order, orderSwap) = (orderSwap, order);
            }
            // Within a run of values equal to within the tolerance the published order (and the tie-breakers behind it) decides.
            for (var start = 0; start < n;)
            {
                var end = start + 1;
                while (end < n && Math.Abs(values[order[end]] - values[order[end - 1]]) <= Tolerance) end++;
                for (var k = start + 1; k < end; k++)
                {
                    var unit = order[k];
                    var j = k - 1;
                    for (; j >= start && nominal[order[j]] > nominal[unit]; j--) order[j + 1] = order[j];
                    order[j + 1] = unit;
                }
                start = end;
            }
            var previousRank = 0;
            for (var k = 0; k < n; k++)
            {
                var u = order[k];
                var rank = k > 0 && Math.Abs(values[u] - values[order[k - 1]]) <= Tolerance && nominal[u] == nominal[order[k - 1]] ? previousRank : k + 1;
                ranks[u * samples + sample] = rank;
                previousRank = rank;
            }
        }
    }

    /// <summary>The group reduced to what a sample changes: per unit its fields' points and maxima, and the draws that move them.</summary>
    private sealed class Model
    {
        private readonly int _units;
        private readonly double[] _nominal;
        private readonly double[] _baseline;
        private readonly double[] _fieldPoints;
        private readonly double[] _fieldMax;
        private readonly double[] _totalMax;
        private readonly double[] _bonusPenalty;
        private readonly int[] _surveyStart;
        private readonly SurveyDraw[] _survey;
        private readonly (double D, double C, double Weight)[] _options;
        private readonly int[] _appraisalStart;
        private readonly (int Field, double Points, double Max)[] _appraised;
        private readonly double _appraisalPoints;
        private readonly double _weightNoise;

        public Model(ScoredGroup group, SimulationSettings settings, DiagnosticBag diagnostics)
        {
            _units = group.Units.Count;
            Fields = group.Fields.Count;
            NominalRanks = group.Units.Select(u => u.Rank).ToArray();
            _nominal = group.Units.Select(u => (double)u.IndexPercent).ToArray();
            _baseline = new double[_units];
            _fieldPoints = new double[_units * Fields];
            _fieldMax = new double[_units * Fields];
            _bonusPenalty = group.Units.Select(u => (double)(u.Bonus - u.Penalty)).ToArray();
            _surveyStart = new int[_units + 1];
            _appraisalStart = new int[_units + 1];
            _appraisalPoints = (double)settings.AppraisalPoints;
            _weightNoise = (double)settings.WeightPercent / 100d;

            var fields = group.Fields.ToList();
            var fieldOf = group.Criteria.Select(c => c.Section == SectionKind.Scored ? fields.FindIndex(f => f.Code.Contains(c.Code)) : -1).ToArray();
            var fieldPositions = group.Fields.Select(f => group.IndexOf(f.Code)).ToArray();
            var surveyFixed = 0;
            var weighted = new List<string>();
            var survey = new List<SurveyDraw>();
            var options = new List<(double D, double C, double Weight)>();
            var appraised = new List<(int Field, double Points, double Max)>();
            for (var u = 0; u < _units; u++)
            {
                var unit = group.Units[u];
                for (var f = 0; f < Fields; f++)
                {
                    _fieldPoints[u * Fields + f] = (double)unit.Criteria[fieldPositions[f]].FinalPoints;
                    _fieldMax[u * Fields + f] = (double)unit.Criteria[fieldPositions[f]].MaxInUse;
                }
                _surveyStart[u] = survey.Count;
                _appraisalStart[u] = appraised.Count;
                for (var i = 0; i < group.Criteria.Count; i++)
                {
                    var result = unit.Criteria[i];
                    var node = result.Criterion;
                    if (!node.IsLeaf || fieldOf[i] < 0 || result.MaxInUse <= 0m) continue;
                    if (node.Source == PointSource.Survey && settings.ResampleSurvey)
                    {
                        if (!AddSurvey(unit, result, fieldOf[i], survey, options)) surveyFixed++;
                    }
                    else if (node.Source == PointSource.SelfAssessment && _appraisalPoints > 0d && !result.NotApplicable)
                    {
                        appraised.Add((fieldOf[i], (double)result.FinalPoints, (double)result.MaxInUse));
                    }
                }
                _baseline[u] = Index(u, null, ReadOnlySpan<double>.Empty);
                if (Math.Abs(_baseline[u] - _nominal[u]) > 1e-6) weighted.Add(unit.Code);
            }
            _surveyStart[_units] = survey.Count;
            _appraisalStart[_units] = appraised.Count;
            _survey = [.. survey];
            _options = [.. options];
            _appraised = [.. appraised];
            _totalMax = Enumerable.Range(0, _units).Select(u => Enumerable.Range(0, Fields).Sum(f => _fieldMax[u * Fields + f])).ToArray();
            if (surveyFixed > 0) diagnostics.Warning("AN002", null, group.Code, surveyFixed);
            if (weighted.Count > 0) diagnostics.Warning("AN001", null, group.Code, weighted.Count, weighted[0]);
        }

        public int Fields { get; }

        public int[] NominalRanks { get; }

        public int SurveyDraws => _survey.Length;

        private static bool AddSurvey(
            ScoredUnit unit, CriterionResult result, int field, List<SurveyDraw> survey, List<(double D, double C, double Weight)> options)
        {
            if (result.Criterion.SurveyOptions is not { } rule || !unit.SurveyAnswers.TryGetValue(result.Criterion.Code.Value, out var answers)) return false;
            var draw = SurveyDraw.Of(field, (double)result.MaxInUse, (double)result.FinalPoints,
                rule.Select(o => ((double)answers.GetValueOrDefault(o.Name), (double)o.Percent / 100d)), options);
            if (draw is null) return false;
            survey.Add(draw.Value);
            return true;
        }

        /// <summary>Draws one sample: every unit's simulated index into <paramref name="values"/>.</summary>
        public void Sample(ref RandomStream random, double[] values, double[] weights)
        {
            var noisyWeights = _weightNoise > 0d;
            if (noisyWeights)
            {
                for (var f = 0; f < Fields; f++) weights[f] = 1d + _weightNoise * random.NextSigned();
            }
            Span<double> delta = stackalloc double[Fields];
            for (var u = 0; u < _units; u++)
            {
                delta.Clear();
                var any = false;
                for (var k = _surveyStart[u]; k < _surveyStart[u + 1]; k++)
                {
                    ref readonly var draw = ref _survey[k];
                    delta[draw.Field] += draw.Max * draw.Share(ref random, _options) - draw.Points;
                    any = true;
                }
                for (var k = _appraisalStart[u]; k < _appraisalStart[u + 1]; k++)
                {
                    var (field, points, max) = _appraised[k];
                    delta[field] += Math.Clamp(points + _appraisalPoints * random.NextSigned(), 0d, max) - points;
                    any = true;
                }
                if (!any && !noisyWeights)
                {
                    values[u] = _nominal[u];
                    continue;
                }
                values[u] = _nominal[u] + (noisyWeights ? Index(u, weights, delta) - _baseline[u] : _totalMax[u] <= 0d ? 0d : 100d * Sum(delta) / _totalMax[u]);
            }
        }

        /// <summary>Adds to each unit's band counts the band its simulated index falls in (the lowest when none matches).</summary>
        public void CountBands(double[] values, IReadOnlyList<ClassificationBand> bands, int[] counts)
        {
            for (var u = 0; u < _units; u++)
            {
                var b = 0;
                while (b < bands.Count - 1 && values[u] < (double)bands[b].MinimumPercent) b++;
                counts[u * bands.Count + b]++;
            }
        }

        private double Index(int u, double[]? weights, ReadOnlySpan<double> delta)
        {
            double points = _bonusPenalty[u], max = 0d;
            for (var f = 0; f < Fields; f++)
            {
                var w = weights?[f] ?? 1d;
                points += w * (_fieldPoints[u * Fields + f] + (delta.IsEmpty ? 0d : delta[f]));
                max += w * _fieldMax[u * Fields + f];
            }
            return max <= 0d ? 0d : 100d * points / max;
        }

        private static double Sum(ReadOnlySpan<double> values)
        {
            var sum = 0d;
            foreach (var v in values) sum += v;
            return sum;
        }
    }
}
