using System.Diagnostics;
using System.Globalization;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Reports;
using IndexScorer.IO.Results;
using IndexScorer.Text;

namespace IndexScorer.Benchmarks;

/// <summary>
/// Where writing a score run's outputs goes, in one process: reading results.json back, then each output written from it
/// (seconds and bytes allocated), twice, the second figures printed; then report.xlsx's large sheets one by one.
/// </summary>
internal static class OutputCost
{
    public static void Run(string resultsJson, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        var diagnostics = new DiagnosticBag();
        var year = Measure("read results.json", () => ResultsJsonReader.Read(resultsJson, Path.GetFileName(resultsJson), diagnostics))
            ?? throw new InvalidOperationException("results.json does not read.");
        (string, Action)[] outputs =
        [
            ("report.xlsx", () => ReportWriter.Write(Path.Combine(outputFolder, "report.xlsx"), year, Language.Vietnamese)),
            ("results.csv", () => ResultsCsvWriter.Write(Path.Combine(outputFolder, "results.csv"), year)),
            ("results.json", () => ResultsJsonWriter.Write(Path.Combine(outputFolder, "results.json"), year)),
            ("report.html", () => HtmlReportWriter.Write(Path.Combine(outputFolder, "report.html"), year, Language.Vietnamese)),
        ];
        var context = new ReportContext(year, Language.Vietnamese, null, unitSheets: false);
        using (var workbook = new IndexScorer.IO.Workbooks.XlsxWriter(Stream.Null))
        {
            foreach (var group in year.Groups)
            {
                Measure($"  summary {group.Code}", () => { workbook.Write(SummarySheet.Build(workbook, context, group)); return 0; });
                Measure($"  field matrix {group.Code}", () => { workbook.Write(FieldMatrixSheet.Build(workbook, context, group)); return 0; });
                Measure($"  criteria {group.Code}", () => { workbook.Write(CriteriaSheet.Build(workbook, context, group)); return 0; });
                Measure($"  appraisal {group.Code}", () => { workbook.Write(AppraisalSheet.Build(workbook, context, group)); return 0; });
            }
        }
        foreach (var (name, write) in outputs)
        {
            write();
            Measure($"write {name}", () => { write(); return 0; });
        }
    }

    private static T Measure<T>(string name, Func<T> step)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var value = step();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} {clock.Elapsed.TotalSeconds,7:0.00} s {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,9:0} MB allocated"));
        return value;
    }
}
