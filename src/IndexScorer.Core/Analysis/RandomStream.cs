namespace IndexScorer.Analysis;

/// <summary>
/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64: a value type the sampling loops inline, where MathNet's
/// generators are classes behind System.Random's virtual calls. Also draws standard normals (Marsaglia's polar method)
/// and gamma variates of shape ≥ 1 (Marsaglia and Tsang, 2000).
/// </summary>
internal struct RandomStream
{
    private ulong _s0, _s1, _s2, _s3;
    private double _spareNormal;
    private bool _hasSpare;

    /// <summary>A stream determined by the seed and the stream's number (e.g. a chunk of samples).</summary>
    public RandomStream(long seed, long stream)
    {
        var x = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)stream * 0xD1B54A32D192ED03UL);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
        _spareNormal = 0d;
        _hasSpare = false;
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
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareNormal;
        }
        double u, v, s;
        do
        {
            u = NextSigned();
            v = NextSigned();
            s = u * u + v * v;
        }
        while (s >= 1d || s == 0d);
        var factor = Math.Sqrt(-2d * Math.Log(s) / s);
        _spareNormal = v * factor;
        _hasSpare = true;
        return u * factor;
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
