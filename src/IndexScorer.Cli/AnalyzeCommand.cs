using System.CommandLine;
using System.Diagnostics;
using IndexScorer.App.Analysis;

namespace IndexScorer.Cli;

/// <summary>The <c>analyze</c> command: parses into an <see cref="AnalyzeRequest"/> and prints what comes back.</summary>
internal static partial class CommandLine
{
    private static Command AnalyzeCommand(Option<string> language, Option<bool> verbose, TextWriter output, TextWriter error)
    {
        var year = new Argument<string>("year") { Description = "Thư mục đợt đánh giá hoặc results.json (campaign folder or results.json)" };
        var samples = new Option<int>("--samples", "-n") { Description = "Số mẫu Monte Carlo (Monte Carlo samples)", DefaultValueFactory = _ => IndexScorer.Analysis.SimulationSettings.DefaultSamples };
        var seed = new Option<int>("--seed") { Description = "Hạt giống ngẫu nhiên: cùng hạt giống, cùng kết quả (random seed)", DefaultValueFactory = _ => 1 };
        var appraisal = new Option<decimal>("--appraisal-points") { Description = "Độ bất định của thẩm định, ± điểm mỗi tiêu chí (appraisal uncertainty, ± points per criterion)" };
        var weights = new Option<decimal>("--weight-noise") { Description = "Nhiễu trọng số lĩnh vực, ± % (noise on field weights, ± %)" };
        var noSurvey = new Option<bool>("--no-survey") { Description = "Giữ nguyên điểm điều tra XHH (hold the survey fixed)" };
        var outFolder = new Option<string?>("--out", "-o") { Description = "Thư mục ghi analysis.xlsx, analysis.html, analysis.json (output folder; default the campaign's output/)" };
        var analyze = new Command("analyze", "Phân tích: thống kê, độ gắn kết, khoảng xếp hạng, độ nhạy, cần gì để lên hạng (analyse a scored year)")
            { year, samples, seed, appraisal, weights, noSurvey, outFolder, language, verbose };
        analyze.SetAction(parse => Guard(parse.GetValue(verbose), error, Lang(parse.GetValue(language)), lang =>
        {
            var watch = Stopwatch.StartNew();
            var request = new AnalyzeRequest(parse.GetValue(year)!)
            {
                Samples = parse.GetValue(samples),
                Seed = parse.GetValue(seed),
                AppraisalPoints = parse.GetValue(appraisal),
                WeightPercent = parse.GetValue(weights),
                ResampleSurvey = !parse.GetValue(noSurvey),
                OutputFolder = parse.GetValue(outFolder),
                Language = lang,
            };
            var run = request.Run();
            return Finish(run, output, error, analysis => [CliText.Get("analyzed", lang,
                analysis.Groups.Sum(g => g.Group.Units.Count), analysis.Groups.Count, analysis.Settings.Samples,
                analysis.Groups.Sum(g => g.Uncertainty.NotClearlySeparated.Count), analysis.Groups.Sum(g => g.NearTies.Count), watch.Elapsed.TotalSeconds)]);
        }));
        return analyze;
    }
}
