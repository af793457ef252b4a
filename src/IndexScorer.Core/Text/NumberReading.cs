namespace IndexScorer.Text;

/// <summary>A number read from what a person typed.</summary>
/// <param name="Value">The number (the decimal reading when ambiguous); a trailing % is dropped, not divided.</param>
/// <param name="HadPercent">Whether the text ended in %.</param>
/// <param name="Alternative">When the text could also mean another number (1.234 or 1234), that other reading: thousands grouped.</param>
internal readonly record struct NumberReading(decimal Value, bool HadPercent, decimal? Alternative)
{
    /// <summary>True when the text could mean two numbers and must not be read as either.</summary>
    public bool IsAmbiguous => Alternative is not null;
}
