using IndexScorer.App.Diagnostics;
using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.App.Runs;

/// <summary>What a run gives back: its result (none when an error was found), every diagnostic and every file written.</summary>
/// <typeparam name="T">The result of the use case.</typeparam>
public sealed class RunResult<T> where T : class
{
    internal RunResult(T? value, DiagnosticBag diagnostics, IReadOnlyList<string> written, Language language)
    {
        Value = diagnostics.HasErrors ? null : value;
        Diagnostics = diagnostics.Items;
        ErrorCount = diagnostics.ErrorCount;
        Written = written;
        Language = language;
    }

    /// <summary>The result; null when any error was found.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>How many of <see cref="Diagnostics"/> are errors.</summary>
    public int ErrorCount { get; }

    /// <summary>How many of <see cref="Diagnostics"/> are warnings.</summary>
    public int WarningCount => Diagnostics.Count - ErrorCount;

    /// <summary>True when the run found no error.</summary>
    public bool Succeeded => ErrorCount == 0 && Value is not null;

    /// <summary>The files written, full paths.</summary>
    public IReadOnlyList<string> Written { get; }

    /// <summary>The language of the request, in which <see cref="Render"/> speaks.</summary>
    public Language Language { get; }

    /// <summary>A diagnostic as the user reads it, in the request's language.</summary>
    public string Render(Diagnostic diagnostic) => DiagnosticText.Render(diagnostic, Language);
}
