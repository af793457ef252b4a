namespace IndexScorer.App.Runs;

/// <summary>How far a run is: <paramref name="Done"/> of <paramref name="Total"/> steps of a phase.</summary>
public readonly record struct RunProgress(RunPhase Phase, int Done, int Total)
{
    /// <summary>What the phase works on now, when it is one thing at a time (the output file being written).</summary>
    public string? Item { get; init; }

    /// <summary>A progress sink that calls <paramref name="report"/> on the caller's thread, in order (unlike <see cref="Progress{T}"/>).</summary>
    public static IProgress<T> Report<T>(Action<T> report) => new Synchronous<T>(report);

    private sealed class Synchronous<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
