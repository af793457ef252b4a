namespace IndexScorer.Rules;

/// <summary>A named level and its points, e.g. "Đầy đủ" = 2: a name, and points 0 or more.</summary>
public sealed record Level
{
    /// <summary>Creates the level.</summary>
    public Level(string name, decimal points)
    {
        Name = Preconditions.NotBlank(name);
        Points = Preconditions.NotNegative(points);
    }

    /// <summary>The level's name as the framework writes it.</summary>
    public string Name { get; }

    /// <summary>Its points.</summary>
    public decimal Points { get; }
}
