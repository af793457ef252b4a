using System.Diagnostics;
using IndexScorer.App.Campaigns;
using IndexScorer.IO.Campaigns;
using IndexScorer.Units;

namespace IndexScorer.SampleMaker;

/// <summary>
/// The `benchmark` verb: writes a synthetic campaign of N units (half offices, half wards, survey for the
/// offices) into a folder, then scores it in-process and prints the elapsed time, the forms per second and
/// the peak working set. Run it in Release: <c>dotnet run -c Release --project tools/IndexScorer.SampleMaker -- benchmark 10000 /tmp/national</c>.
/// An existing folder with campaign.json is reused (only scored).
/// </summary>
internal static class BenchmarkCommand
{
    public static int Run(string[] args)
    {
        var units = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1000;
        var folder = Path.GetFullPath(args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"indexscorer-benchmark-{units}"));
        var root = RepoPaths.FindRoot() ?? throw new InvalidOperationException($"{RepoPaths.SolutionFile} not found.");

        if (!File.Exists(Path.Combine(folder, CampaignFolder.SettingsFile)))
        {
            var watch = Stopwatch.StartNew();
            Directory.CreateDirectory(folder);
            var code = new SampleCampaignWriter(Spec(units)).Write(root, folder);
            if (code != 0) return code;
            Console.WriteLine($"generated {units} forms in {watch.Elapsed.TotalSeconds:0.0} s");
        }

        var scoring = Stopwatch.StartNew();
        var run = new ScoreRequest(folder).Run();
        scoring.Stop();
        foreach (var d in run.Diagnostics.Take(20)) Console.Error.WriteLine(run.Render(d));
        if (run.Value is not { } result) return 1;
        var written = run.Written;
        var forms = result.Groups.Sum(g => g.Units.Count);
        Console.WriteLine($"scored {forms} forms in {scoring.Elapsed.TotalSeconds:0.00} s ({forms / scoring.Elapsed.TotalSeconds:0} forms/s); " +
                          $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB; outputs: {string.Join(", ", written.Select(Path.GetFileName))}");
        return 0;
    }

    private static SampleCampaignSpec Spec(int count)
    {
        var units = new List<Unit>();
        var profiles = new Dictionary<string, UnitProfile>();
        var random = new Random(10_000);
        for (var i = 1; i <= count; i++)
        {
            var office = i % 2 == 1;
            var code = office ? $"PB{i:00000}" : $"PH{i:00000}";
            units.Add(new Unit(code, office ? $"Phòng chuyên môn số {i}" : $"Phường tổng hợp số {i}", office ? "PHONG" : "PHUONG"));
            profiles[code] = new UnitProfile(i, 0.6 + random.NextDouble() * 0.38, code);
        }
        return new SampleCampaignSpec(2024, "hanoi-quan-2024.xlsx", $"benchmark-{count}", 99, units, profiles,
            new HashSet<string> { "PHONG" }, units[0].Code, 0.12);
    }
}
