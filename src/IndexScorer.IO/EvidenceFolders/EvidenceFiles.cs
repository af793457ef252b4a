namespace IndexScorer.IO.EvidenceFolders;

/// <summary>
/// The files and links an evidence cell names, and where a named file is looked for: <c>evidence/&lt;unit code&gt;/</c> of the
/// campaign folder. The cell is split at line ends and semicolons; a part is a link when it starts with http:// or https://,
/// a file when it ends in a document's extension (.pdf, .docx, …); any other text (a document's number and date) is left alone.
/// </summary>
internal static class EvidenceFiles
{
    /// <summary>The folder of the campaign holding one subfolder of evidence per unit.</summary>
    public const string FolderName = "evidence";

    private static readonly HashSet<string> DocumentExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".txt", ".csv", ".rtf",
        ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".zip", ".rar", ".7z", ".mp4",
    };

    /// <summary>The files and links named in <paramref name="evidence"/>, in the order typed.</summary>
    public static IReadOnlyList<EvidenceReference> Named(string evidence) =>
        evidence.Split(['\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => IsLink(part) ? new EvidenceReference(part, true)
                : DocumentExtensions.Contains(Path.GetExtension(part)) ? new EvidenceReference(part, false) : null)
            .OfType<EvidenceReference>()
            .ToArray();

    /// <summary>The unit's evidence folder: evidence/PH05 of the campaign.</summary>
    public static string UnitFolder(string campaignFolder, string unitCode) => Path.Combine(campaignFolder, FolderName, unitCode);

    /// <summary>Where a named file is looked for; null when the name leads out of the unit's folder (an absolute path, "..").</summary>
    public static string? PathOf(string campaignFolder, string unitCode, string file)
    {
        var folder = Path.GetFullPath(UnitFolder(campaignFolder, unitCode));
        var relative = file.Replace('\\', '/');
        if (Path.IsPathRooted(relative) || (relative.Length > 1 && relative[1] == ':') || relative.Split('/').Contains("..")) return null;
        return Path.GetFullPath(Path.Combine(folder, relative));
    }

    private static bool IsLink(string part) =>
        part.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || part.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
