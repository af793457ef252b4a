using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Results;

namespace IndexScorer.Analysis;

/// <summary>
/// How sure a group's ranks are, by Monte Carlo. Each sample redraws what is uncertain and ranks the group again:
/// <list type="bullet">
/// <item>the survey: per unit and survey criterion, the shares of the answer options are drawn from a Dirichlet
/// distribution whose parameters are the respondent counts (the Bayesian bootstrap of the respondents, Rubin 1981). Chosen
/// over a multinomial redraw because it is centred on the observed shares, its cost does not grow with the number of
/// respondents (a national survey has thousands per unit) and it yields no artificial ties between units;</item>
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
    private const int ChunkSize = 25;

    // Simulated indices closer than this are floating-point noise around an equal published index: ranked as published.
    private const double Tolerance = 1e-9;

    /// <summary>Simulates the ranks of a group; what cannot be simulated as asked is reported to <paramref name="diagnostics"/> as a warning.</summary>
    public static RankUncertainty Of(ScoredGroup group, SimulationSettings settings, DiagnosticBag diagnostics)
    {
        var model = Model.Build(group, settings, diagnostics);
        var units = group.Units.Count;
        var samples = settings.Samples;
        var ranks = new int[units * samples];
        var bands = group.Bands.Count;
        var chunks = (samples + ChunkSize - 1) / ChunkSize;
        var bandCounts = new int[chunks][];
        Parallel.For(0, chunks, chunk =>
        {
            var random = new RandomStream(settings.Seed, chunk);
            var values = new double[units];
            var order = new int[units];
            var keys = new double[units];
            var counts = new int[units * Math.Max(1, bands)];
            var weights = new double[model.Fields];
            var end = Math.Min(samples, (chunk + 1) * ChunkSize);
            for (var s = chunk * ChunkSize; s < end; s++)
            {
                model.Sample(ref random, values, weights);
                RankSample(values, model.NominalRanks, order, keys, ranks, s, samples);
                if (bands > 0) model.CountBands(values, group.Bands, counts);
            }
            bandCounts[chunk] = counts;
        });

        var intervals = new UnitRankInterval[units];
        Parallel.For(0, units, u =>
        {
            var mine = ranks.AsSpan(u * samples, samples);
            var sorted = mine.ToArray();
            Array.Sort(sorted);
            var probabilities = new double[bands];
            for (var b = 0; b < bands; b++) probabilities[b] = (double)bandCounts.Sum(c => c[u * bands + b]) / samples;
            intervals[u] = new UnitRankInterval(group.Units[u], NearestRank(sorted, 0.5), NearestRank(sorted, 0.05), NearestRank(sorted, 0.95), probabilities);
        });
        return new RankUncertainty(settings, intervals, Pairs(group, intervals, ranks, samples), model.SurveyDraws);
    }

    /// <summary>The nearest-rank percentile of sorted integers: the value at position ⌈p·n⌉ (1-based).</summary>
    private static int NearestRank(int[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>Ranks one sample (competition ranks, ties within <see cref="Tolerance"/> as published) into ranks[u × samples + s].</summary>
    private static void RankSample(double[] values, int[] nominal, int[] order, double[] keys, int[] ranks, int s, int samples)
    {
        var n = values.Length;
        for (var u = 0; u < n; u++) order[u] = u;
        for (var u = 0; u < n; u++) keys[u] = -values[u];
        Array.Sort(keys, order);
        // Within a run of equal values the published order (and the tie-breakers behind it) decides.
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && keys[end] - keys[end - 1] <= Tolerance) end++;
            if (end - start > 1) Array.Sort(order, start, end - start, Comparer<int>.Create((a, b) => nominal[a].CompareTo(nominal[b])));
            start = end;
        }
        var previousRank = 0;
        for (var k = 0; k < n; k++)
        {
            var u = order[k];
            var rank = k > 0 && Math.Abs(values[u] - values[order[k - 1]]) <= Tolerance && nominal[u] == nominal[order[k - 1]] ? previousRank : k + 1;
            ranks[u * samples + s] = rank;
            previousRank = rank;
        }
    }

    /// <summary>
    /// The pairs (published ranks differing) whose order flips in more than 10 % of samples. Only pairs whose 90 % intervals
    /// overlap are counted: when they do not, the order flips in at most 5 % + 5 % of samples.
    /// </summary>
    private static IReadOnlyList<SeparationPair> Pairs(ScoredGroup group, UnitRankInterval[] intervals, int[] ranks, int samples)
    {
        var units = intervals.Length;
        var found = new List<SeparationPair>[units];
        Parallel.For(0, units, i =>
        {
            var list = new List<SeparationPair>();
            for (var j = i + 1; j < units; j++)
            {
                if (group.Units[j].Rank == group.Units[i].Rank || intervals[j].Low > intervals[i].High) continue;
                var above = ranks.AsSpan(i * samples, samples);
                var below = ranks.AsSpan(j * samples, samples);
                var flips = 0;
                for (var s = 0; s < samples; s++)
                {
                    if (below[s] <= above[s]) flips++;
                }
                var share = (double)flips / samples;
                if (share > SeparationPair.Threshold) list.Add(new SeparationPair(group.Units[i], group.Units[j], share));
            }
            found[i] = list;
        });
        return found.SelectMany(l => l).ToArray();
    }

    /// <summary>The group reduced to what a sample changes: per unit its fields' points and maxima, and the draws that move them.</summary>
    private sealed class Model
    {
        private readonly int _units;
        private readonly double[] _nominal;
        private readonly double[] _baseline;
        private readonly double[] _fieldPoints;
        private readonly double[] _fieldMax;
        private readonly double[] _bonusPenalty;
        private readonly double[] _totalMax;
        private readonly int[] _surveyStart;
        private readonly SurveyDraw[] _survey;
        private readonly (double D, double C, double Weight)[] _options;
        private readonly int[] _appraisalStart;
        private readonly (int Field, double Points, double Max)[] _appraised;
        private readonly double _appraisalPoints;
        private readonly double _weightNoise;

        private Model(ScoredGroup group, SimulationSettings settings, DiagnosticBag diagnostics)
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

            var fieldOf = new int[group.Criteria.Count];
            for (var i = 0; i < fieldOf.Length; i++)
            {
                var c = group.Criteria[i];
                fieldOf[i] = c.Section == SectionKind.Scored ? group.Fields.ToList().FindIndex(f => f.Code.Contains(c.Code)) : -1;
            }
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

        public static Model Build(ScoredGroup group, SimulationSettings settings, DiagnosticBag diagnostics) => new(group, settings, diagnostics);

        private static bool AddSurvey(
            ScoredUnit unit, CriterionResult result, int field, List<SurveyDraw> survey, List<(double D, double C, double Weight)> options)
        {
            if (result.Criterion.SurveyOptions is not { } rule || !unit.SurveyAnswers.TryGetValue(result.Criterion.Code.Value, out var answers)) return false;
            var start = options.Count;
            foreach (var option in rule)
            {
                var count = (double)answers.GetValueOrDefault(option.Name);
                // An option nobody chose keeps a share of zero, as in the bootstrap of the respondents.
                if (count <= 0d) continue;
                var d = count - 1d / 3d;
                options.Add((d, 1d / Math.Sqrt(9d * d), (double)option.Percent / 100d));
            }
            if (options.Count == start) return false;
            survey.Add(new SurveyDraw(field, (double)result.MaxInUse, (double)result.FinalPoints, start, options.Count));
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
                    var draw = _survey[k];
                    double sum = 0d, weighted = 0d;
                    for (var o = draw.FirstOption; o < draw.EndOption; o++)
                    {
                        var (d, c, weight) = _options[o];
                        var g = random.NextGamma(d, c);
                        sum += g;
                        weighted += g * weight;
                    }
                    delta[draw.Field] += draw.Max * weighted / sum - draw.Points;
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

        private readonly record struct SurveyDraw(int Field, double Max, double Points, int FirstOption, int EndOption);
    }
}
