using System.CommandLine;
using System.Diagnostics;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Campaigns;
using IndexScorer.Text;

namespace IndexScorer.Cli;

/// <summary>
/// Parses the command line and hands each command to <see cref="CampaignJobs"/>. Exit codes: 0 ok, 1 data
/// errors (all reported), 2 usage errors, 3 internal error.
/// </summary>
internal static partial class CommandLine
{
    public const int Ok = 0;
    public const int DataErrors = 1;
    public const int UsageErrors = 2;
    public const int InternalError = 3;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var campaign = new Argument<string>("campaign-folder") { Description = "Thư mục đợt đánh giá (campaign folder, see README.md)" };
        var outFolder = new Option<string?>("--out", "-o") { Description = "Thư mục ghi kết quả (output folder)" };
        var language = new Option<string>("--lang") { Description = "Ngôn ngữ: vi (mặc định) hoặc en", DefaultValueFactory = _ => "vi" };
        language.AcceptOnlyFromAmong("vi", "en");
        var verbose = new Option<bool>("--verbose") { Description = "In chi tiết lỗi nội bộ (stack trace)" };
        var force = new Option<bool>("--force") { Description = "Ghi đè biểu mẫu đã có (overwrite existing forms)" };

        var score = new Command("score", "Chấm điểm, xếp hạng và ghi report.xlsx, results.csv (score and rank)") { campaign, outFolder, language, verbose };
        score.SetAction(parse => Guard(parse.GetValue(verbose), error, Lang(parse.GetValue(language)), lang =>
        {
            var diagnostics = new DiagnosticBag();
            var watch = Stopwatch.StartNew();
            var folder = parse.GetValue(campaign)!;
            var (result, written) = CampaignJobs.Score(folder, parse.GetValue(outFolder), lang, diagnostics, Progress(error, lang));
            if (Report(diagnostics, output, error, lang) || result is null) return DataErrors;
            output.WriteLine(CliText.Get("scored", lang, result.Groups.Sum(g => g.Units.Count), result.Groups.Count, watch.Elapsed.TotalSeconds));
            foreach (var path in written) output.WriteLine(CliText.Get("written", lang, path));
            return Ok;
        }));

        var validate = new Command("validate", "Kiểm tra toàn bộ dữ liệu, liệt kê mọi lỗi (check everything, list every problem)") { campaign, language, verbose };
        validate.SetAction(parse => Guard(parse.GetValue(verbose), error, Lang(parse.GetValue(language)), lang =>
        {
            var diagnostics = new DiagnosticBag();
            var folder = parse.GetValue(campaign)!;
            var result = CampaignJobs.Validate(folder, diagnostics, Progress(error, lang));
            if (Report(diagnostics, output, error, lang) || result is null) return DataErrors;
            output.WriteLine(CliText.Get("valid", lang, result.Groups.Sum(g => g.Units.Count), result.Groups.Count));
            return Ok;
        }));

        var template = new Command("template", "Tạo biểu mẫu tự đánh giá cho từng đơn vị trong danh sách (write a form per roster unit)") { campaign, outFolder, language, force, verbose };
        template.SetAction(parse => Guard(parse.GetValue(verbose), error, Lang(parse.GetValue(language)), lang =>
        {
            var diagnostics = new DiagnosticBag();
            var folder = parse.GetValue(campaign)!;
            var written = CampaignJobs.WriteTemplates(folder, parse.GetValue(outFolder), lang, parse.GetValue(force), diagnostics);
            if (Report(diagnostics, output, error, lang)) return DataErrors;
            output.WriteLine(CliText.Get("templates", lang, written.Count,
                written.Count > 0 ? Path.GetDirectoryName(written[0])! : parse.GetValue(outFolder) ?? Path.Combine(folder, "templates")));
            return Ok;
        }));

        var root = new RootCommand("IndexScorer: chấm điểm Chỉ số cải cách hành chính (administrative-reform index scoring)") { score, validate, template, CompareCommand(language, verbose, output, error), FrameworkCommand(language, verbose, output, error) };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) error.WriteLine(e.Message);
            error.WriteLine(CliText.Get("usage", Language.Vietnamese));
            return UsageErrors;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static Language Lang(string? code) => code == "en" ? Language.English : Language.Vietnamese;

    private static int Guard(bool verbose, TextWriter error, Language language, Func<Language, int> action)
    {
        Messages.Language = language;
        try
        {
            return action(language);
        }
        catch (Exception e) when (!verbose)
        {
            error.WriteLine(CliText.Get("internal", language, e.Message));
            return InternalError;
        }
    }

    /// <summary>Prints every diagnostic; true when any is an error.</summary>
    private static bool Report(DiagnosticBag diagnostics, TextWriter output, TextWriter error, Language language)
    {
        foreach (var d in diagnostics.Items) (d.Severity == Severity.Error ? error : output).WriteLine(d.ToString());
        var errors = diagnostics.ErrorCount;
        var warnings = diagnostics.Items.Count - errors;
        if (errors > 0) error.WriteLine(CliText.Get("errors", language, errors, warnings));
        else if (warnings > 0) output.WriteLine(CliText.Get("warnings", language, warnings));
        return errors > 0;
    }

    /// <summary>Prints progress to standard error on long runs only: every 2 seconds, and the last form.</summary>
    private static IProgress<(int Done, int Total)> Progress(TextWriter error, Language language)
    {
        var watch = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        return new SynchronousProgress(p =>
        {
            if (watch.Elapsed < TimeSpan.FromSeconds(2) || (watch.Elapsed - last < TimeSpan.FromSeconds(2) && p.Done != p.Total)) return;
            last = watch.Elapsed;
            error.WriteLine(CliText.Get("progress", language, p.Done, p.Total));
        });
    }

    private sealed class SynchronousProgress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
