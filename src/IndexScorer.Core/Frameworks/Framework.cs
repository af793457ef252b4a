namespace IndexScorer.Frameworks;

/// <summary>A year's index framework (khung chỉ số): its identity and one criteria tree per unit group. Immutable.</summary>
public sealed class Framework
{
    internal Framework(string id, string name, int year, string version, string note, IReadOnlyList<UnitGroup> groups)
    {
        Id = id;
        Name = name;
        Year = year;
        Version = version;
        Note = note;
        Groups = groups;
    }

    /// <summary>A short identifier, e.g. "hanoi-quan-2024".</summary>
    public string Id { get; }

    /// <summary>The framework's title.</summary>
    public string Name { get; }

    /// <summary>The year assessed.</summary>
    public int Year { get; }

    /// <summary>The version, so that a corrected framework can be told apart.</summary>
    public string Version { get; }

    /// <summary>A note carried onto every form and report (e.g. "illustrative, not an official text").</summary>
    public string Note { get; }

    /// <summary>The unit groups in framework order.</summary>
    public IReadOnlyList<UnitGroup> Groups { get; }

    /// <summary>The group with that code (case-insensitive), or null.</summary>
    public UnitGroup? FindGroup(string code) =>
        Groups.FirstOrDefault(g => string.Equals(g.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
}
