namespace IndexScorer.Text;

/// <summary>The language of forms, reports and messages.</summary>
public enum Language
{
    /// <summary>Tiếng Việt, the default.</summary>
    Vietnamese,

    /// <summary>English, on request (<c>--lang en</c>).</summary>
    English,
}
