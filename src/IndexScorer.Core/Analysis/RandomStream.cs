namespace IndexScorer.Analysis;

/// <summary>
/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64: a value type the sampling loops inline, where MathNet's
/// generators are classes behind System.Random's virtual calls. Also draws standard normals (the ziggurat of Marsaglia and
/// Tsang, 2000, in Doornik's 128-strip form) and gamma variates of shape ≥ 1 (Marsaglia and Tsang, 2000): the simulation
/// draws hundreds of millions of them.
/// </summary>
internal struct RandomStream
{
    private const int Strips = 128;
    private const double TailStart = 3.442619855899;
    private const double StripArea = 9.91256303526217e-3;
    private static readonly double[] StripX = StripEdges();
    private static readonly double[] StripRatio = Enumerable.Range(0, Strips).Select(i => StripX[i + 1] / StripX[i]).ToArray();

    private ulong _s0, _s1, _s2, _s3;

    /// <summary>A stream determined by the seed and the stream's number (e.g. a chunk of samples).</summary>
    public RandomStream(long seed, long stream)
    {
        var x = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)stream * 0xD1B54A32D192ED03UL);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextBits() >> 11) * (1d / (1UL << 53));

    /// <summary>A uniform double in [−1, 1).</summary>
    public double NextSigned() => 2d * NextDouble() - 1d;

    /// <summary>A standard normal variate.</summary>
    public double NextNormal()
    {
        while (true)
        {
            var bits = NextBits();
            var u = 2d * ((bits >> 11) * (1d / (1UL << 53))) - 1d;
            var i = (int)(bits & (Strips - 1));
            if (Math.Abs(u) < StripRatio[i]) return u * StripX[i];
            if (i == 0) return Tail(u < 0d);
            var x = u * StripX[i];
            var f0 = Math.Exp(-0.5 * (StripX[i] * StripX[i] - x * x));
            var f1 = Math.Exp(-0.5 * (StripX[i + 1] * StripX[i + 1] - x * x));
            if (f1 + NextDouble() * (f0 - f1) < 1d) return x;
        }
    }

    private double Tail(bool negative)
    {
        double x, y;
        do
        {
            x = -Math.Log(1d - NextDouble()) / TailStart;
            y = -Math.Log(1d - NextDouble());
        }
        while (y + y < x * x);
        return negative ? -(TailStart + x) : TailStart + x;
    }

    /// <summary>The strips' right edges: x[0] the base strip's equivalent width, x[1] the tail's start, x[128] = 0.</summary>
    private static double[] StripEdges()
    {
        static double Density(double x) => Math.Exp(-0.5 * x * x);
        var x = new double[Strips + 1];
        x[0] = StripArea / Density(TailStart);
        x[1] = TailStart;
        for (var i = 2; i < Strips; i++) x[i] = Math.Sqrt(-2d * Math.Log(StripArea / x[i - 1] + Density(x[i - 1])));
        x[Strips] = 0d;
        return x;
    }

    /// <summary>A Gamma(shape, 1) variate for shape ≥ 1, given d = shape − 1/3 and c = 1 / √(9d).</summary>
    public double NextGamma(double d, double c)
    {
        while (true)
        {
            double x, v;
            do
            {
                x = NextNormal();
                v = 1d + c * x;
            }
            while (v <= 0d);
            v = v * v * v;
            var u = NextDouble();
            var x2 = x * x;
            if (u < 1d - 0.0331 * x2 * x2) return d * v;
            if (Math.Log(u) < 0.5 * x2 + d * (1d - v + Math.Log(v))) return d * v;
        }
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
