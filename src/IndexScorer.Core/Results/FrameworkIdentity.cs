using IndexScorer.Frameworks;

namespace IndexScorer.Results;

/// <summary>Which framework a year was scored on, as its reports print it.</summary>
/// <param name="Id">The framework's identifier, e.g. "hanoi-quan-2024".</param>
/// <param name="Name">The framework's title.</param>
/// <param name="Version">The framework's version.</param>
/// <param name="Note">The note carried onto every report (e.g. "illustrative, not an official text"); may be empty.</param>
public sealed record FrameworkIdentity(string Id, string Name, string Version, string Note)
{
    /// <summary>The identity of a framework.</summary>
    public static FrameworkIdentity Of(Framework framework) => new(framework.Id, framework.Name, framework.Version, framework.Note);
}
