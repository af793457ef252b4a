using ClosedXML.Excel;
using IndexScorer.App.Campaigns;
using IndexScorer.App.Outputs;
using IndexScorer.IO.Campaigns;
using IndexScorer.IO.Localization;
using IndexScorer.IO.Reports;
using IndexScorer.Results;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests.Reports;

/// <summary>The 2024 sample campaign scored once per language into a temporary folder, with helpers to read the report back.</summary>
internal sealed class SampleReport
{
    private static readonly Lazy<SampleReport> VietnameseReport = new(() => Score(Language.Vietnamese));
    private static readonly Lazy<SampleReport> EnglishReport = new(() => Score(Language.English));

    private SampleReport(string folder, ScoredYear result, Language language)
    {
        Folder = folder;
        Result = result;
        Language = language;
    }

    /// <summary>The report in Vietnamese, the default.</summary>
    public static SampleReport Vietnamese => VietnameseReport.Value;

    /// <summary>The report with <c>--lang en</c>.</summary>
    public static SampleReport English => EnglishReport.Value;

    public string Folder { get; }

    public ScoredYear Result { get; }

    public Language Language { get; }

    public string Workbook => Path.Combine(Folder, OutputFiles.Report);

    public string Html => Path.Combine(Folder, OutputFiles.ReportHtml);

    public string Csv => Path.Combine(Folder, OutputFiles.ResultsCsv);

    /// <summary>A label in the report's language.</summary>
    public string L(string key, params object[] args) => Labels.Get(key, Language, args);

    /// <summary>Opens the written workbook; the caller disposes it.</summary>
    public XLWorkbook Open() => new(Workbook);

    /// <summary>Writes a report of <paramref name="result"/> into memory and opens it with ClosedXML, as a reader of the file would; the caller disposes it.</summary>
    public static XLWorkbook Written(
        ScoredYear result, Language language, int maxUnitSheets = ReportWriter.MaxUnitSheets,
        IReadOnlyDictionary<string, IndexScorer.Analysis.RankUncertainty>? intervals = null, OfficialForm? form = null, ScoredYear? previous = null)
    {
        var stream = new MemoryStream();
        ReportWriter.Write(stream, result, language, maxUnitSheets, previous, intervals, form);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    /// <summary>The 2023 sample scored: last year's results of the 2024 sample.</summary>
    public static ScoredYear LastYear => LastYearResult.Value;

    private static readonly Lazy<ScoredYear> LastYearResult = new(() =>
        new ScoreRequest(Path.Combine(RepositoryRoot(), "samples", "quan-minh-hoa-2023")) { OutputFolder = NewTempFolder("report-2023") }.Run().Value
        ?? throw new InvalidOperationException("The 2023 sample did not score."));

    /// <summary>The repository root (the folder holding IndexScorer.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IndexScorer.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("IndexScorer.sln not found above the test directory.");
    }

    /// <summary>A fresh temporary folder.</summary>
    public static string NewTempFolder(string prefix)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A cell's number, through the cached value for a formula (ClosedXML cannot evaluate every function).</summary>
    public static double Number(IXLCell cell) => cell.HasFormula ? Convert.ToDouble(cell.CachedValue, System.Globalization.CultureInfo.InvariantCulture) : cell.GetDouble();

    private static SampleReport Score(Language language)
    {
        var folder = NewTempFolder("report-" + (language == Language.English ? "en" : "vi"));
        var request = new ScoreRequest(Path.Combine(RepositoryRoot(), "samples", "quan-minh-hoa-2024"))
        {
            OutputFolder = folder,
            Language = language,
            RescorePrevious = true,
        };
        var run = request.Run();
        return run.Value is not { } result
            ? throw new InvalidOperationException("The sample did not score:\n" + string.Join("\n", run.Diagnostics.Show()))
            : new SampleReport(folder, result, language);
    }
}
