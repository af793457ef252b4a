namespace IndexScorer.App.Outputs;

/// <summary>The names of the files the commands write.</summary>
public static class OutputFiles
{
    /// <summary>The report workbook (score).</summary>
    public const string Report = "report.xlsx";

    /// <summary>The HTML summary, bar charts and heat map (score).</summary>
    public const string ReportHtml = "report.html";

    /// <summary>The results table for people, a workbook with headers in the run's language (score).</summary>
    public const string ResultsWorkbook = "results.xlsx";

    /// <summary>The results table for programs (score): invariant culture, comma-separated, UTF-8 with BOM.</summary>
    public const string ResultsCsv = "results.csv";

    /// <summary>The full breakdown per unit and criterion (score); what compare and next year's report read back.</summary>
    public const string ResultsJson = "results.json";

    /// <summary>The comparison workbook (compare).</summary>
    public const string CompareWorkbook = "compare.xlsx";

    /// <summary>The comparison table for programs (compare).</summary>
    public const string CompareCsv = "compare.csv";

    /// <summary>The analysis workbook (analyze).</summary>
    public const string AnalysisWorkbook = "analysis.xlsx";

    /// <summary>The analysis as a picture: rank intervals as bars, heat map (analyze).</summary>
    public const string AnalysisHtml = "analysis.html";

    /// <summary>The analysis for programs (analyze).</summary>
    public const string AnalysisJson = "analysis.json";

    /// <summary>Where the campaign stands: per group and per roster unit (status).</summary>
    public const string Status = "status.xlsx";

    /// <summary>The folder of a campaign that score writes into unless told otherwise.</summary>
    public const string DefaultFolder = "output";
}
