using System.CommandLine;
using IndexScorer.App.Appraisal;

namespace IndexScorer.Cli;

/// <summary>The <c>explain</c> command: parses into an <see cref="ExplainRequest"/> and prints what comes back.</summary>
internal static partial class CommandLine
{
    private static Command ExplainCommand(Option<string> language, Option<bool> verbose, TextWriter output, TextWriter error)
    {
        var campaign = new Argument<string>("campaign-folder") { Description = "Thư mục đợt đánh giá (campaign folder, see README.md)" };
        var outFolder = new Option<string?>("--out", "-o") { Description = "Thư mục ghi tệp giải trình (default output/giai-trinh of the campaign)" };
        var allowOutside = new Option<bool>("--allow-outside") { Description = "Cho phép đọc khung, danh sách ở ngoài thư mục đợt đánh giá (read inputs outside the campaign folder)" };
        var explain = new Command("explain", "Sau vòng 1: mỗi đơn vị bị hạ điểm một tệp giải trình có niêm phong (after round 1: a sealed explanation file per unit)")
        {
            campaign, outFolder, language, allowOutside, verbose,
        };
        explain.SetAction(parse => Guard(parse.GetValue(verbose), error, Lang(parse.GetValue(language)), lang =>
        {
            var request = new ExplainRequest(parse.GetValue(campaign)!)
            {
                OutputFolder = parse.GetValue(outFolder),
                Language = lang,
                AllowOutside = parse.GetValue(allowOutside),
            };
            var run = request.Run();
            return Finish(run, output, error, files => [CliText.Get("explained", lang, files.Units, files.Criteria,
                files.Files.Count == 0 ? "" : Path.GetDirectoryName(files.Files[0])!)], listWritten: false);
        }));
        return explain;
    }
}
