namespace IndexScorer.Diagnostics;

/// <summary>Collects every problem of a run so that the user can fix them all in one round.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>Every diagnostic collected, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>How many errors were collected so far; compare before and after a step to see whether it failed.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Adds an error: its code, where it was found and the values its message names.</summary>
    public void Error(string code, SourceLocation? location, params object[] args) => Add(new Diagnostic(Severity.Error, code, args, location));

    /// <summary>Adds a warning: its code, where it was found and the values its message names.</summary>
    public void Warning(string code, SourceLocation? location, params object[] args) => Add(new Diagnostic(Severity.Warning, code, args, location));

    /// <summary>Adds diagnostics found elsewhere.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Add(diagnostic);
    }

    private void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        if (diagnostic.Severity == Severity.Error) ErrorCount++;
    }
}
