namespace IndexScorer.Diagnostics;

/// <summary>Collects every problem of a run so that the user can fix them all in one round.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>Every diagnostic collected, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    /// <summary>How many errors were collected so far; compare before and after a step to see whether it failed.</summary>
    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    /// <summary>Adds an error rendered from <see cref="Messages"/> in the current language.</summary>
    public void Error(string code, SourceLocation? location, params object[] args) =>
        _items.Add(new Diagnostic(Severity.Error, code, Messages.Format(code, args), location));

    /// <summary>Adds a warning rendered from <see cref="Messages"/> in the current language.</summary>
    public void Warning(string code, SourceLocation? location, params object[] args) =>
        _items.Add(new Diagnostic(Severity.Warning, code, Messages.Format(code, args), location));

    /// <summary>Adds diagnostics found elsewhere.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
