using System.CommandLine;
using IndexScorer.App.Comparison;

namespace IndexScorer.Cli;

/// <summary>The year-over-year commands: <c>compare</c> and <c>framework diff</c>; they parse into requests and print what comes back.</summary>
internal static partial class CommandLine
{
    private static Command CompareCommand(Option<string> language, Option<bool> verbose, TextWriter output, TextWriter error)
    {
        var older = new Argument<string>("older") { Description = "Năm trước: thư mục đợt đánh giá hoặc results.json (older year: campaign folder or results.json)" };
        var newer = new Argument<string>("newer") { Description = "Năm sau: thư mục đợt đánh giá hoặc results.json (newer year)" };
        var crosswalk = new Option<string?>("--crosswalk", "-c") { Description = "Bảng chuyển đổi tiêu chí, .csv hoặc .xlsx (crosswalk file, see frameworks/README.md)" };
        var outFolder = new Option<string?>("--out", "-o") { Description = "Thư mục ghi compare.xlsx, compare.csv (output folder; default the newer year's output/)" };
        var units = new Option<string?>("--units", "-u") { Description = "Bảng phả hệ đơn vị (sáp nhập, chia tách, đổi tên), .csv hoặc .xlsx (unit lineage file, see frameworks/README.md)" };
        var rescore = new Option<bool>("--rescore") { Description = "Chấm lại thư mục đợt đánh giá thay vì đọc results.json (score campaign folders again)" };
        var compare = new Command("compare", "So sánh hai năm: chỉ số, xếp hạng, lĩnh vực, chỉ số so sánh được (compare two scored years)")
            { older, newer, crosswalk, units, outFolder, language, rescore, verbose };
        compare.SetAction(parse => Guard(parse.GetValue(verbose), error, Lang(parse.GetValue(language)), lang =>
        {
            var request = new CompareRequest(parse.GetValue(older)!, parse.GetValue(newer)!)
            {
                Crosswalk = parse.GetValue(crosswalk),
                Units = parse.GetValue(units),
                OutputFolder = parse.GetValue(outFolder),
                Language = lang,
                Rescore = parse.GetValue(rescore),
            };
            var run = request.Run();
            return Finish(run, output, error, comparison =>
            {
                var all = comparison.Groups.SelectMany(g => g.Units).ToArray();
                return [CliText.Get("compared", lang, comparison.Older.Year, comparison.Newer.Year,
                    all.Count(u => u.Compared), all.Count(u => !u.Compared), all.Count(u => u.SignDisagrees))];
            });
        }));
        return compare;
    }

    private static Command FrameworkCommand(Option<string> language, Option<bool> verbose, TextWriter output, TextWriter error)
    {
        var older = new Argument<string>("old") { Description = "Khung năm trước, .xlsx (older framework workbook)" };
        var newer = new Argument<string>("new") { Description = "Khung năm sau, .xlsx (newer framework workbook)" };
        var outFile = new Option<string?>("--out", "-o") { Description = "Tệp ghi bảng chuyển đổi đề xuất, .csv hoặc .xlsx (output file)" };
        var diff = new Command("diff", "Đề xuất bảng chuyển đổi tiêu chí giữa hai khung (propose a crosswalk)") { older, newer, outFile, language, verbose };
        diff.SetAction(parse => Guard(parse.GetValue(verbose), error, Lang(parse.GetValue(language)), lang =>
        {
            var run = new FrameworkDiffRequest(parse.GetValue(older)!, parse.GetValue(newer)!) { OutputFile = parse.GetValue(outFile), Language = lang }.Run();
            return Finish(run, output, error, proposal => [CliText.Get("proposed", lang, proposal.Links.Count, proposal.Links.Count(l => l.NeedsDecision))]);
        }));
        return new Command("framework", "Thao tác với khung chỉ số (framework tools)") { diff };
    }
}
