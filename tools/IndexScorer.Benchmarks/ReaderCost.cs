using System.Diagnostics;
using System.Globalization;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Campaigns;
using IndexScorer.IO.Forms;
using IndexScorer.IO.Workbooks;

namespace IndexScorer.Benchmarks;

/// <summary>
/// Where a form's reading time goes, in one process and on one thread: the floor (zip and XML only), opening the package
/// (checks, sheet list, shared strings, formats), every cell of the form sheet, and the whole FormReader. Milliseconds per
/// form, after one warm-up pass over the same forms.
/// </summary>
internal static class ReaderCost
{
    public static void Run(string campaignFolder, int count)
    {
        var diagnostics = new DiagnosticBag();
        var campaign = CampaignFolder.Load(campaignFolder, diagnostics) ?? throw new InvalidOperationException("The campaign does not load.");
        var forms = Directory.EnumerateFiles(Path.Combine(campaignFolder, "forms"), "*.xlsx").Order(StringComparer.Ordinal).Take(count).ToArray();
        var reader = new FormReader(campaign.Framework);
        var sheetName = campaign.Framework.Groups[0].Code;
        (string, Action<string>)[] steps =
        [
            ("floor (zip + XML)", path => FloorReader.ReadOne(path)),
            ("open (checks, strings, formats)", path => { using var w = XlsxWorkbook.Open(path, path, diagnostics); }),
            ("open + every cell of each sheet", path =>
            {
                using var w = XlsxWorkbook.Open(path, path, diagnostics)!;
                foreach (var name in w.SheetNames.ToArray()) _ = w.Sheet(name, diagnostics);
            }),
            ("FormReader.Read", path => _ = reader.Read(path, path, diagnostics)),
        ];
        foreach (var (name, step) in steps)
        {
            foreach (var path in forms) step(path);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            foreach (var path in forms) step(path);
            var ms = clock.Elapsed.TotalMilliseconds / forms.Length;
            var kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / forms.Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} {ms,7:0.000} ms/form {kb,9:0.0} KB allocated/form"));
        }
        _ = sheetName;
    }
}
