using System.Diagnostics;
using System.Globalization;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Reports;
using IndexScorer.IO.Results;
using IndexScorer.Text;

namespace IndexScorer.Benchmarks;

/// <summary>
/// Where writing a score run's outputs goes, in one process: reading results.json back, then each output written from it
/// (seconds and bytes allocated), twice, the second figures printed.
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
        using (var sheets = new ClosedXML.Excel.XLWorkbook())
        {
            var context = new ReportContext(year, Language.Vietnamese, null, unitSheets: false);
            foreach (var group in year.Groups)
            {
                Measure($"  summary {group.Code}", () => { SummarySheet.Write(sheets, context, group); return 0; });
                Measure($"  field matrix {group.Code}", () => { FieldMatrixSheet.Write(sheets, context, group); return 0; });
                Measure($"  criteria {group.Code}", () => { CriteriaSheet.Write(sheets, context, group); return 0; });
                Measure($"  appraisal {group.Code}", () => { AppraisalSheet.Write(sheets, context, group); return 0; });
            }
        }
        var build = Measure("build report (model)", () => ReportWriter.Build(year, Language.Vietnamese));
        Measure("save report (model)", () => { using var stream = new MemoryStream(); build.SaveAs(stream); return stream.Length; });
        build.Dispose();
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
