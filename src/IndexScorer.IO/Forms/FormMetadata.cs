namespace IndexScorer.IO.Forms;

/// <summary>
/// The identity a form carries in its very hidden sheet <c>_meta</c>: which framework, year, group and
/// criteria (fingerprint) it was made from, and for which unit.
/// </summary>
internal sealed record FormMetadata(
    string FrameworkId, string FrameworkVersion, int Year, string GroupCode, string Fingerprint, string UnitCode, string UnitName,
    string SheetName)
{
    /// <summary>The hidden sheet's name.</summary>
    public const string SheetTitle = "_meta";

    /// <summary>The layout version; a reader refuses forms of another layout.</summary>
    public const string LayoutVersion = "1";
}
