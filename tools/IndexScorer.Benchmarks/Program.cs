using System.Globalization;
using System.Diagnostics;
using IndexScorer.Analysis;
using IndexScorer.Benchmarks;
using IndexScorer.Diagnostics;
using IndexScorer.SampleMaker;

// IndexScorer.Benchmarks: speed and memory against the physical floor, whole processes, in the same run.
//   dotnet run -c Release --project tools/IndexScorer.Benchmarks -- national [--forms 1000,10000] [--runs 3] [--cache DIR] [--cli published/indexscorer.dll]
//   dotnet run -c Release --project tools/IndexScorer.Benchmarks -- floor <campaign-folder>
//   dotnet run -c Release --project tools/IndexScorer.Benchmarks -- readers <campaign-folder> [--forms 300]   (where a form's reading time goes)
//   dotnet run -c Release --project tools/IndexScorer.Benchmarks -- outputs <results.json>   (where writing the outputs goes)
//   dotnet run -c Release --project tools/IndexScorer.Benchmarks -- compare <older results.json> <newer results.json>   (where compare's time goes)
//   dotnet run -c Release --project tools/IndexScorer.Benchmarks -- read <results.json> [--runs 5]   (reading one results.json for the points, cold then warm)
//   dotnet run -c Release --project tools/IndexScorer.Benchmarks -- rewrite <results.json> <copy.json>   (a results.json of an earlier version written in the current one)
//   dotnet run -c Release --project tools/IndexScorer.Benchmarks -- analyze [--units 10000] [--samples 1000] [--runs 3]

var verb = args.Length > 0 ? args[0] : "national";
var options = Options(args.Skip(verb is "national" or "analyze" ? 1 : verb is "compare" or "rewrite" ? 3 : 2).ToArray());
switch (verb)
{
    case "floor":
        Console.WriteLine($"{FloorReader.Run(args[1])} cell values");
        return 0;
    case "readers":
        ReaderCost.Run(args[1], int.Parse(options.GetValueOrDefault("forms") ?? "300", CultureInfo.InvariantCulture));
        return 0;
    case "outputs":
        OutputCost.Run(args[1], Path.Combine(Path.GetTempPath(), "indexscorer-benchmarks", "outputs"));
        return 0;
    case "compare":
        CompareCost.Run(args[1], args[2], Path.Combine(Path.GetTempPath(), "indexscorer-benchmarks", "compare-cost"));
        return 0;
    case "read":
        CompareCost.Read(args[1], int.Parse(options.GetValueOrDefault("runs") ?? "5", CultureInfo.InvariantCulture));
        return 0;
    case "rewrite":
        CompareCost.Rewrite(args[1], args[2]);
        return 0;
    case "national":
        return National(options);
    case "analyze":
        return Analyze(options);
    default:
        Console.Error.WriteLine("Usage: national [--forms 1000,10000] [--runs 3] [--cache DIR] | floor <campaign-folder> | readers <campaign-folder> [--forms 300] | outputs <results.json> | read <results.json> [--runs 5] | compare <older.json> <newer.json> | rewrite <results.json> <copy.json> | analyze [--units 10000] [--samples 1000] [--runs 3]");
        return 2;
}

static int National(Dictionary<string, string> options)
{
    var root = RepoPaths.FindRoot() ?? throw new InvalidOperationException($"{RepoPaths.SolutionFile} not found.");
    var cache = options.GetValueOrDefault("cache") ?? Path.Combine(Path.GetTempPath(), "indexscorer-benchmarks");
    var sizes = (options.GetValueOrDefault("forms") ?? "1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
    var runs = int.Parse(options.GetValueOrDefault("runs") ?? "3", CultureInfo.InvariantCulture);
    var here = AppContext.BaseDirectory;
    // --cli: a published program (e.g. ReadyToRun) measured instead of the build beside the benchmark.
    var cli = options.GetValueOrDefault("cli") is { } published ? Path.GetFullPath(published) : Path.Combine(here, "indexscorer.dll");
    var self = Path.Combine(here, "IndexScorer.Benchmarks.dll");
    var output = Path.Combine(cache, "out");

    Console.WriteLine($"IndexScorer national benchmark — {Environment.ProcessorCount} cores, {runs} run(s) each, medians; whole processes ({Path.GetFileName(Path.GetDirectoryName(here.TrimEnd('/'))!)} build; program {cli})");
    Console.WriteLine("| forms | floor (s) | validate (s) | score (s) | validate/floor | score/floor | floor peak (MB) | validate peak (MB) | score peak (MB) |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
    var comparisons = new List<string>();
    foreach (var size in sizes)
    {
        var campaign = NationalCampaign.Ensure(root, cache, size);
        var floor = new List<ProcessRun>();
        var validate = new List<ProcessRun>();
        var score = new List<ProcessRun>();
        for (var run = 0; run < runs; run++)
        {
            floor.Add(Checked(ProcessRun.Dotnet(self, "floor", campaign)));
            validate.Add(Checked(ProcessRun.Dotnet(cli, "validate", campaign)));
            score.Add(Checked(ProcessRun.Dotnet(cli, "score", campaign, "--out", output)));
        }
        var (f, v, s) = (Median(floor), Median(validate), Median(score));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {f:0.00} | {v:0.00} | {s:0.00} | {v / f:0.00}× | {s / f:0.00}× | {Peak(floor)} | {Peak(validate)} | {Peak(score)} |"));
        // compare reads two scored years: this year's results.json against a copy of itself (every unit matched).
        var older = Path.Combine(cache, $"results-{size}.json");
        File.Copy(Path.Combine(output, "results.json"), older, overwrite: true);
        var compares = Enumerable.Range(0, runs)
            .Select(_ => Checked(ProcessRun.Dotnet(cli, "compare", older, Path.Combine(output, "results.json"), "--out", Path.Combine(cache, "compare")))).ToList();
        comparisons.Add(string.Create(CultureInfo.InvariantCulture,
            $"compare of two {size:N0}-unit results.json ({new FileInfo(older).Length / 1048576.0:0} MB each): {Median(compares):0.00} s median, peak {Peak(compares)} MB"));
    }
    foreach (var line in comparisons) Console.WriteLine(line);

    // The sample as shipped, copied beside its frameworks; last year scored once first, as an office would have done.
    var copy = Path.Combine(cache, "sample");
    foreach (var folder in new[] { "frameworks", Path.Combine("samples", "quan-minh-hoa-2023"), Path.Combine("samples", "quan-minh-hoa-2024") })
        CopyFolder(Path.Combine(root, folder), Path.Combine(copy, folder));
    Checked(ProcessRun.Dotnet(cli, "score", Path.Combine(copy, "samples", "quan-minh-hoa-2023")));
    var sample = Path.Combine(copy, "samples", "quan-minh-hoa-2024");
    var sampleRuns = Enumerable.Range(0, runs).Select(_ => Checked(ProcessRun.Dotnet(cli, "score", sample, "--out", output))).ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"sample quan-minh-hoa-2024 (25 units), score start to report: {Median(sampleRuns):0.00} s median, peak {Peak(sampleRuns)} MB"));
    return 0;
}

static int Analyze(Dictionary<string, string> options)
{
    var units = int.Parse(options.GetValueOrDefault("units") ?? "10000", CultureInfo.InvariantCulture);
    var samples = int.Parse(options.GetValueOrDefault("samples") ?? "1000", CultureInfo.InvariantCulture);
    var runs = int.Parse(options.GetValueOrDefault("runs") ?? "3", CultureInfo.InvariantCulture);
    var year = SyntheticYear.Build(units);
    var group = year.Groups.Single();
    var settings = new SimulationSettings(samples);
    Console.WriteLine($"IndexScorer analyze benchmark — {Environment.ProcessorCount} cores; {units:N0} units × {samples:N0} samples, "
        + $"{group.Criteria.Count(c => c.IsLeaf)} criteria of which {group.Criteria.Count(c => c.SurveyOptions is not null)} survey (4 options each), in memory");
    RankUncertainty.Of(SyntheticYear.Build(200).Groups.Single(), new SimulationSettings(50), new DiagnosticBag());
    var simulation = new List<double>();
    var whole = new List<double>();
    var process = Process.GetCurrentProcess();
    for (var run = 0; run < runs; run++)
    {
        var watch = Stopwatch.StartNew();
        var cpu = process.TotalProcessorTime;
        var uncertainty = RankUncertainty.Of(group, settings, new DiagnosticBag());
        simulation.Add(watch.Elapsed.TotalSeconds);
        process.Refresh();
        var simulationCpu = (process.TotalProcessorTime - cpu).TotalSeconds;
        watch.Restart();
        cpu = process.TotalProcessorTime;
        GroupAnalysis.Of(group, settings, new DiagnosticBag());
        whole.Add(watch.Elapsed.TotalSeconds);
        process.Refresh();
        var wholeCpu = (process.TotalProcessorTime - cpu).TotalSeconds;
        // On a machine others share, the processor time (over the cores used) tells what the wall time would be alone.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"run {run + 1}: rank simulation {simulation[^1]:0.00} s wall, {simulationCpu:0.00} s processor ({uncertainty.SurveyResampled:N0} survey draws per sample, "
            + $"{uncertainty.NotClearlySeparated.Count:N0} pairs not clearly separated); whole group analysis {whole[^1]:0.00} s wall, {wholeCpu:0.00} s processor"));
    }
    foreach (var (name, part) in new (string, Action)[]
    {
        ("statistics", () => CriterionStatistics.Of(group)), ("coherence", () => Coherence.Of(group)), ("sensitivity", () => FieldSensitivity.Of(group)),
        ("targets", () => UnitTarget.Of(group)), ("agreement", () => AppraisalAgreement.Of(group)), ("near ties", () => NearTie.Of(group)),
    })
    {
        var watch = Stopwatch.StartNew();
        part();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: {watch.Elapsed.TotalSeconds:0.00} s wall"));
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"median wall time: rank simulation {simulation.Order().ElementAt(runs / 2):0.00} s, whole group analysis {whole.Order().ElementAt(runs / 2):0.00} s (target ≤ 3 s); load average now {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
    return 0;
}

static ProcessRun Checked(ProcessRun run) =>
    run.ExitCode == 0 ? run : throw new InvalidOperationException($"A measured run failed with exit code {run.ExitCode}.");

static double Median(List<ProcessRun> runs)
{
    var sorted = runs.Select(r => r.Elapsed.TotalSeconds).Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

static long Peak(List<ProcessRun> runs) => runs.Max(r => r.PeakBytes) / (1024 * 1024);

static void CopyFolder(string from, string to)
{
    foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/output/", StringComparison.Ordinal)))
    {
        var target = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target, overwrite: true);
    }
}

static Dictionary<string, string> Options(string[] args)
{
    var options = new Dictionary<string, string>();
    for (var i = 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
    return options;
}
