using System.CommandLine;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Comparison;

namespace IndexScorer.Cli;

/// <summary>The year-over-year commands: <c>compare</c> and <c>framework diff</c>; they parse and hand over to <see cref="CompareJobs"/>.</summary>
internal static partial class CommandLine
{
    private static Command CompareCommand(Option<string> language, Option<bool> verbose, TextWriter output, TextWriter error)
    {
        var older = new Argument<string>("older") { Description = "Năm trước: thư mục đợt đánh giá hoặc results.json (older year: campaign folder or results.json)" };
        var newer = new Argument<string>("newer") { Description = "Năm sau: thư mục đợt đánh giá hoặc results.json (newer year)" };
        var crosswalk = new Option<string?>("--crosswalk", "-c") { Description = "Bảng chuyển đổi tiêu chí, .csv hoặc .xlsx (crosswalk file, see frameworks/README.md)" };
        var outFolder = new Option<string?>("--out", "-o") { Description = "Thư mục ghi compare.xlsx, compare.csv (output folder; default the newer year's output/)" };
        var compare = new Command("compare", "So sánh hai năm: chỉ số, xếp hạng, lĩnh vực, chỉ số so sánh được (compare two scored years)")
            { older, newer, crosswalk, outFolder, language, verbose };
        compare.SetAction(parse => Guard(parse.GetValue(verbose), error, Lang(parse.GetValue(language)), lang =>
        {
            var diagnostics = new DiagnosticBag();
            var (comparison, written) = CompareJobs.Compare(parse.GetValue(older)!, parse.GetValue(newer)!, parse.GetValue(crosswalk), parse.GetValue(outFolder), lang, diagnostics);
            if (Report(diagnostics, output, error, lang) || comparison is null) return DataErrors;
            var units = comparison.Groups.SelectMany(g => g.Units).ToArray();
            output.WriteLine(CliText.Get("compared", lang, comparison.Older.Year, comparison.Newer.Year,
                units.Count(u => u.InBoth), units.Count(u => !u.InBoth), units.Count(u => u.SignDisagrees)));
            foreach (var path in written) output.WriteLine(CliText.Get("written", lang, path));
            return Ok;
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
            var diagnostics = new DiagnosticBag();
            var (proposal, written) = CompareJobs.Diff(parse.GetValue(older)!, parse.GetValue(newer)!, parse.GetValue(outFile), lang, diagnostics);
            if (Report(diagnostics, output, error, lang) || proposal is null) return DataErrors;
            output.WriteLine(CliText.Get("proposed", lang, proposal.Links.Count, proposal.Links.Count(l => l.NeedsDecision)));
            output.WriteLine(CliText.Get("written", lang, written!));
            return Ok;
        }));
        return new Command("framework", "Thao tác với khung chỉ số (framework tools)") { diff };
    }
}
