namespace IndexScorer.Frameworks;

/// <summary>A classification such as "Tốt" for an index from <see cref="MinimumPercent"/> (inclusive) up to the next band.</summary>
public sealed record ClassificationBand
{
    /// <summary>Creates the band: a label, and a minimum from 0 to 100 %.</summary>
    public ClassificationBand(string label, decimal minimumPercent)
    {
        Label = Preconditions.NotBlank(label);
        MinimumPercent = Preconditions.Percent(minimumPercent);
    }

    /// <summary>The band's label.</summary>
    public string Label { get; }

    /// <summary>The lowest index in the band, in percent.</summary>
    public decimal MinimumPercent { get; }
}
