namespace IndexScorer.Text;

/// <summary>What a number field holds, which decides how a lone separator before three digits is read.</summary>
internal enum NumberField
{
    /// <summary>A whole number (a count of dossiers, respondents): <c>2.000</c>, <c>2,000</c> and <c>2 000</c> are two thousand.</summary>
    Whole,

    /// <summary>A decimal (a percentage, points, an amount): <c>1.234</c> could be 1.234 or 1234 and is refused as ambiguous.</summary>
    Decimal,
}
