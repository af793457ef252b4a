using IndexScorer.Appraisal;
using IndexScorer.Campaigns;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Appraisal;
using IndexScorer.IO.Forms;
using IndexScorer.IO.Frameworks;
using IndexScorer.IO.Tables;
using IndexScorer.Scoring;
using IndexScorer.Text;
using IndexScorer.Units;

namespace IndexScorer.IO.Campaigns;

/// <summary>
/// Loads a campaign folder: <c>campaign.json</c>, the framework it names, the roster, the survey results and
/// the list of forms. Forms themselves are read by <see cref="ReadForms"/>, a few at a time.
/// </summary>
internal static class CampaignFolder
{
    /// <summary>The settings file every campaign folder has.</summary>
    public const string SettingsFile = "campaign.json";

    /// <summary>The folder, inside the campaign folder, of the council's appraisal workbooks: the only source of appraised points.</summary>
    public const string AppraisalFolderName = "appraisal";

    private enum RosterColumn { Code, Name, Group }

    private static readonly IReadOnlyDictionary<RosterColumn, string[]> RosterHeaders = new Dictionary<RosterColumn, string[]>
    {
        [RosterColumn.Code] = ["Mã đơn vị", "Unit code", "Code"],
        [RosterColumn.Name] = ["Tên đơn vị", "Unit name", "Name"],
        [RosterColumn.Group] = ["Nhóm", "Mã nhóm", "Group"],
    };

    private enum SurveyColumn { Unit, Criterion, Option, Respondents }

    private static readonly IReadOnlyDictionary<SurveyColumn, string[]> SurveyHeaders = new Dictionary<SurveyColumn, string[]>
    {
        [SurveyColumn.Unit] = ["Mã đơn vị", "Unit code"],
        [SurveyColumn.Criterion] = ["Mã tiêu chí", "Criterion"],
        [SurveyColumn.Option] = ["Phương án", "Option"],
        [SurveyColumn.Respondents] = ["Số phiếu", "Respondents"],
    };

    /// <summary>Loads everything but the forms; null (with diagnostics) when the campaign cannot be used.</summary>
    /// <param name="folder">The campaign folder.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="allowOutside">
    /// Read the framework, roster, survey and forms campaign.json names wherever they are; by default only inside the campaign
    /// folder (the framework also from a frameworks/ folder of it or of a folder above it), so that a campaign folder received
    /// from elsewhere cannot make the run read other files of the machine (CF017).
    /// </param>
    public static Campaign? Load(string folder, DiagnosticBag diagnostics, bool allowOutside = false)
    {
        folder = Path.GetFullPath(folder);
        var settingsPath = Path.Combine(folder, SettingsFile);
        if (!File.Exists(settingsPath))
        {
            diagnostics.Error("CF001", new SourceLocation(folder), SettingsFile);
            return null;
        }
        var settings = CampaignSettings.Read(settingsPath, SettingsFile, diagnostics);
        if (settings is null) return null;

        var frameworkPath = ResolveFramework(folder, settings.Framework);
        if (frameworkPath is null)
        {
            diagnostics.Error("CF004", new SourceLocation(SettingsFile), settings.Framework);
            return null;
        }
        var outside = allowOutside ? [] : new[]
        {
            ("framework", settings.Framework, Allowed(frameworkPath, folder, isFramework: true)),
            ("roster", settings.Roster, Allowed(Path.Combine(folder, settings.Roster), folder, isFramework: false)),
            ("survey", settings.Survey ?? string.Empty, settings.Survey is null || Allowed(Path.Combine(folder, settings.Survey), folder, isFramework: false)),
            ("forms", settings.Forms, Allowed(Path.Combine(folder, settings.Forms), folder, isFramework: false)),
        }.Where(e => !e.Item3).ToArray();
        foreach (var (entry, value, _) in outside) diagnostics.Error("CF017", new SourceLocation(SettingsFile), entry, value);
        if (outside.Length > 0) return null;
        var framework = FrameworkWorkbookReader.Read(frameworkPath, Path.GetFileName(frameworkPath), diagnostics);
        if (framework is not null && framework.Year != settings.Year)
            diagnostics.Error("CF005", new SourceLocation(SettingsFile), settings.Year, Path.GetFileName(frameworkPath), framework.Year);

        var rosterPath = Path.Combine(folder, settings.Roster);
        var roster = ReadRoster(rosterPath, Path.GetRelativePath(folder, rosterPath), diagnostics);

        var surveyPath = settings.Survey is { } s ? Path.Combine(folder, s)
            : new[] { "survey.csv", "survey.xlsx" }.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
        var survey = surveyPath is null ? [] : ReadSurvey(surveyPath, Path.GetRelativePath(folder, surveyPath), diagnostics);

        var formsFolder = Path.Combine(folder, settings.Forms);
        // Forms in subfolders are read too (offices sort them by group or by week of arrival); hidden folders are not.
        var forms = !Directory.Exists(formsFolder) ? [] : Directory.EnumerateFiles(formsFolder, "*", SearchOption.AllDirectories)
            .Where(p => !InHiddenFolder(formsFolder, p) && !IsSystemFile(Path.GetFileName(p)) && StaysInside(p, folder, diagnostics))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var appraisalFolder = Path.Combine(folder, AppraisalFolderName);
        var appraisal = !Directory.Exists(appraisalFolder) ? [] : Directory.EnumerateFiles(appraisalFolder, "*.xlsx")
            .Where(p => !IsSystemFile(Path.GetFileName(p)) && StaysInside(p, folder, diagnostics))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (framework is null || roster is null || survey is null) return null;
        var inputs = new List<string> { settingsPath, frameworkPath, rosterPath };
        if (surveyPath is not null) inputs.Add(surveyPath);
        inputs.AddRange(forms);
        inputs.AddRange(appraisal);
        var previous = settings.Previous is { } p ? Path.GetFullPath(Path.Combine(folder, p)) : null;
        var surveyFile = new SourceLocation(surveyPath is null ? SettingsFile : Path.GetRelativePath(folder, surveyPath));
        return new Campaign(folder, framework, frameworkPath, settings.Year, roster, survey, formsFolder, forms, inputs, previous, surveyFile, appraisal, settings.Report);
    }

    /// <summary>The folder, inside the campaign folder, where the office puts the explanation files units send back.</summary>
    public const string ExplanationsFolderName = "explanations";

    /// <summary>The returned explanation files (.xlsx below explanations/, subfolders too, hidden ones and system files not), in name order.</summary>
    public static IReadOnlyList<string> ExplanationPaths(Campaign campaign, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(campaign.Folder, ExplanationsFolderName);
        return !Directory.Exists(folder) ? [] : Directory.EnumerateFiles(folder, "*.xlsx", SearchOption.AllDirectories)
            .Where(p => !InHiddenFolder(folder, p) && !IsSystemFile(Path.GetFileName(p)) && StaysInside(p, campaign.Folder, diagnostics))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Every criterion row of the council's appraisal workbooks, file by file in name order (the files are read, never changed).</summary>
    public static List<AppraisalRow> ReadAppraisal(Campaign campaign, DiagnosticBag diagnostics) =>
        campaign.AppraisalPaths
            .Select(path => AppraisalWorkbookReader.Read(path, campaign.Display(path), campaign.Framework, diagnostics))
            .SelectMany(contents => contents?.Rows ?? [])
            .ToList();

    /// <summary>
    /// Reads the forms with <paramref name="readers"/> threads, a small batch at a time (the next batch is read while the
    /// caller scores this one), and hands them over in name order with their diagnostics in that order too: the same
    /// results and messages whatever the threads' timing, and never more than two batches of forms in memory.
    /// </summary>
    public static IEnumerable<ReceivedForm> ReadForms(Campaign campaign, DiagnosticBag diagnostics, int readers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(readers, 1);
        if (!Directory.Exists(campaign.FormsFolder))
        {
            diagnostics.Error("CF006", new SourceLocation(SettingsFile), campaign.Display(campaign.FormsFolder));
            yield break;
        }
        var reader = new FormReader(campaign.Framework);
        var paths = campaign.FormPaths;
        Task<(ReceivedForm Form, DiagnosticBag Diagnostics)[]> Batch(int from) => Task.Run(() => paths
            .Skip(from).Take(BatchSize)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(readers)
            .Select(path =>
            {
                var found = new DiagnosticBag();
                return (reader.Receive(path, campaign.Display(path), found), found);
            })
            .ToArray());
        var next = paths.Count > 0 ? Batch(0) : null;
        for (var from = 0; next is not null; from += BatchSize)
        {
            var batch = next.GetAwaiter().GetResult();
            next = from + BatchSize < paths.Count ? Batch(from + BatchSize) : null;
            foreach (var (form, found) in batch)
            {
                diagnostics.AddRange(found.Items);
                yield return form;
            }
        }
    }

    /// <summary>How many forms are read together: enough to keep every reader busy, few enough to keep memory flat.</summary>
    private const int BatchSize = 32;

    /// <summary>
    /// False (with CF016) for a form that is a link to a file outside the campaign folder: what is scored must be what the
    /// office collected, and a link must not make the program read anywhere on the machine.
    /// </summary>
    /// <summary>
    /// True when <paramref name="path"/>, its link followed to where it really leads, is inside the campaign folder, or for the
    /// framework inside a frameworks/ folder of the campaign folder or of a folder above it.
    /// </summary>
    private static bool Allowed(string path, string folder, bool isFramework)
    {
        var real = Real(Path.GetFullPath(path));
        if (Inside(real, Real(folder))) return true;
        if (!isFramework) return false;
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if (Inside(real, Real(Path.Combine(dir.FullName, "frameworks")))) return true;
        }
        return false;
    }

    /// <summary>Where a path really leads when it is a link (to a file or a folder); the path itself otherwise.</summary>
    private static string Real(string path)
    {
        try
        {
            FileSystemInfo entry = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            return entry.LinkTarget is null ? path : entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            return path;
        }
    }

    private static bool Inside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool StaysInside(string path, string folder, DiagnosticBag diagnostics)
    {
        var file = new FileInfo(path);
        if (file.LinkTarget is null) return true;
        var target = file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? string.Empty;
        if (Inside(target, folder)) return true;
        diagnostics.Error("CF016", new SourceLocation(Path.GetRelativePath(folder, path)));
        return false;
    }

    /// <summary>True for a file under a folder whose name starts with a dot (.git, .cache …), below <paramref name="root"/>.</summary>
    private static bool InHiddenFolder(string root, string path) =>
        Path.GetRelativePath(root, Path.GetDirectoryName(path)!).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.') && part != ".");

    /// <summary>Hidden files, Excel's lock files (~$…) and the thumbnails/settings Windows leaves in copied folders are not forms.</summary>
    private static bool IsSystemFile(string name) =>
        name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal)
        || name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase) || name.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase);

    private static string? ResolveFramework(string folder, string reference)
    {
        var direct = Path.GetFullPath(Path.Combine(folder, reference));
        if (File.Exists(direct)) return direct;
        var name = reference.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? reference : reference + ".xlsx";
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "frameworks", name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static List<RosterEntry>? ReadRoster(string path, string display, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics.Error("CF007", new SourceLocation(display));
            return null;
        }
        var rows = TableReader.Read(path, display, RosterHeaders, [RosterColumn.Code, RosterColumn.Name, RosterColumn.Group], diagnostics);
        if (rows is null) return null;
        var entries = new List<RosterEntry>();
        foreach (var row in rows)
        {
            var ok = true;
            foreach (var column in new[] { RosterColumn.Code, RosterColumn.Name, RosterColumn.Group })
            {
                if (!row[column].IsBlank) continue;
                diagnostics.Error("FW019", row[column].Location);
                ok = false;
            }
            if (ok)
                entries.Add(new RosterEntry(new Unit(TextKey.Clean(row[RosterColumn.Code].Text), TextKey.Clean(row[RosterColumn.Name].Text),
                    TextKey.Clean(row[RosterColumn.Group].Text)), row[RosterColumn.Code].Location));
        }
        return entries;
    }

    private static List<SurveyResponse>? ReadSurvey(string path, string display, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics.Error("CF008", new SourceLocation(display));
            return null;
        }
        var rows = TableReader.Read(path, display, SurveyHeaders, Enum.GetValues<SurveyColumn>(), diagnostics);
        if (rows is null) return null;
        if (rows.Count == 0) return [];
        // Kept compactly (a national file has hundreds of thousands of lines): repeated texts shared, one location per line,
        // each field's location rebuilt from it (a CSV line's column name, a sheet row's column letter) only for a message.
        SurveyColumn[] fields = [SurveyColumn.Unit, SurveyColumn.Criterion, SurveyColumn.Option, SurveyColumn.Respondents];
        var first = rows[0];
        var cells = fields.Select(f => first[f].Location.Cell ?? string.Empty).ToArray();
        var letters = cells.Select(c => new string(c.TakeWhile(char.IsAsciiLetter).ToArray())).ToArray();
        Func<SourceLocation, int, SourceLocation> fieldAt = (line, field) => line.Line is not null
            ? line with { Cell = cells[field] }
            : line with { Cell = letters[field] + line.Cell?.Split(':')[0] };
        var shared = new Dictionary<string, string>();
        string Shared(string text) => shared.TryGetValue(text, out var known) ? known : shared[text] = text;
        var responses = new List<SurveyResponse>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            responses.Add(new SurveyResponse(Shared(row[SurveyColumn.Unit].Text), Shared(row[SurveyColumn.Criterion].Text), Shared(row[SurveyColumn.Option].Text),
                Shared(row[SurveyColumn.Respondents].Text), row.Location, fieldAt));
            rows[i] = null!; // each table row let go once copied: the file is never held twice
        }
        return responses;
    }
}
