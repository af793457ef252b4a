using System.CommandLine;
using IndexScorer.App.ResultSheets;

namespace IndexScorer.Cli;

/// <summary>The <c>sheets</c> command: parses into a <see cref="ResultSheetsRequest"/> and prints what comes back.</summary>
internal static partial class CommandLine
{
    private static Command SheetsCommand(Option<string> language, Option<bool> verbose, TextWriter output, TextWriter error)
    {
        var year = new Argument<string>("year") { Description = "Thư mục đợt đánh giá hoặc results.json (campaign folder or results.json)" };
        var outFolder = new Option<string?>("--out", "-o") { Description = "Thư mục ghi phiếu kết quả (default output/phieu-ket-qua of the campaign)" };
        var sheets = new Command("sheets", "Phiếu kết quả để ký: mỗi đơn vị một tệp in A4 (a result sheet to sign per unit)") { year, outFolder, language, verbose };
        sheets.SetAction(parse => Guard(parse.GetValue(verbose), error, Lang(parse.GetValue(language)), lang =>
        {
            var run = new ResultSheetsRequest(parse.GetValue(year)!) { OutputFolder = parse.GetValue(outFolder), Language = lang }.Run();
            return Finish(run, output, error, files => [CliText.Get("sheets", lang, files.Units, files.Files.Count == 0 ? "" : Path.GetDirectoryName(files.Files[0])!)], listWritten: false);
        }));
        return sheets;
    }
}
