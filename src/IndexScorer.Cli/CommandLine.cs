using System.CommandLine;
using System.Diagnostics;
using IndexScorer.App.Appraisal;
using IndexScorer.App.Campaigns;
using IndexScorer.App.Runs;
using IndexScorer.Diagnostics;
using IndexScorer.Text;

namespace IndexScorer.Cli;

/// <summary>
/// Parses the command line into a request of the use-case layer, runs it and prints what it gives back. Exit codes: 0 ok,
/// 1 data errors (all reported), 2 usage errors, 3 internal error.
/// </summary>
internal static partial class CommandLine
{
    public const int Ok = 0;
    public const int DataErrors = 1;
    public const int UsageErrors = 2;
    public const int InternalError = 3;

    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, out _);

    /// <summary>Runs the command line; <paramref name="dropped"/> tells whether it was a campaign folder dropped onto the program.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, out bool dropped)
    {
        var campaign = new Argument<string>("campaign-folder") { Description = "Thư mục đợt đánh giá (campaign folder, see README.md)" };
        var outFolder = new Option<string?>("--out", "-o") { Description = "Thư mục ghi kết quả (output folder)" };
        var language = new Option<string>("--lang") { Description = "Ngôn ngữ: vi (mặc định) hoặc en", DefaultValueFactory = _ => "vi" };
        language.AcceptOnlyFromAmong("vi", "en");
        var verbose = new Option<bool>("--verbose") { Description = "In chi tiết lỗi nội bộ (stack trace)" };
        var force = new Option<bool>("--force") { Description = "Ghi đè biểu mẫu đã có (overwrite existing forms)" };
        var allowOutside = new Option<bool>("--allow-outside")
        {
            Description = "Cho phép đọc khung, danh sách, điều tra, biểu mẫu ở ngoài thư mục đợt đánh giá (read inputs outside the campaign folder)",
        };
        var rescore = new Option<bool>("--rescore-previous") { Description = "Chấm lại năm trước thay vì đọc results.json của năm đó (score last year again)" };

        var provisional = new Option<bool>("--provisional") { Description = "Tính tạm các đơn vị có biểu mẫu hợp lệ, ghi rõ TẠM TÍNH (score the valid units, marked PROVISIONAL)" };
        var uncertainty = new Option<bool>("--with-uncertainty") { Description = "Thêm khoảng xếp hạng 90% (mô phỏng như lệnh analyze) vào bảng tổng hợp (add the 90% rank interval to the summary)" };
        var score = new Command("score", "Chấm điểm, xếp hạng và ghi report.xlsx, results.csv (score and rank)") { campaign, outFolder, language, rescore, allowOutside, uncertainty, provisional, verbose };
        score.SetAction(parse => Guard(parse.GetValue(verbose), error, Lang(parse.GetValue(language)), lang =>
        {
            var watch = Stopwatch.StartNew();
            var request = new ScoreRequest(parse.GetValue(campaign)!)
            {
                OutputFolder = parse.GetValue(outFolder),
                Language = lang,
                RescorePrevious = parse.GetValue(rescore),
                AllowOutside = parse.GetValue(allowOutside),
                WithUncertainty = parse.GetValue(uncertainty),
                Provisional = parse.GetValue(provisional),
            };
            var run = request.Run(Progress(error, lang));
            return Finish(run, output, error, result => result.Provisional
                ? [CliText.Get("provisional", lang, result.Groups.Sum(g => g.Units.Count), result.Groups.Count, result.LeftOut.Count)]
                : [CliText.Get("scored", lang, result.Groups.Sum(g => g.Units.Count), result.Groups.Count, watch.Elapsed.TotalSeconds)]);
        }));

        var feedback = new Option<string?>("--feedback") { Description = "Ghi vào thư mục này mỗi biểu mẫu có lỗi một tệp góp ý để gửi lại đơn vị (one feedback workbook per form with problems)" };
        var validate = new Command("validate", "Kiểm tra toàn bộ dữ liệu, liệt kê mọi lỗi (check everything, list every problem)") { campaign, language, allowOutside, feedback, verbose };
        validate.SetAction(parse => Guard(parse.GetValue(verbose), error, Lang(parse.GetValue(language)), lang =>
        {
            var run = new ValidateRequest(parse.GetValue(campaign)!) { Language = lang, AllowOutside = parse.GetValue(allowOutside), FeedbackFolder = parse.GetValue(feedback) }.Run(Progress(error, lang));
            return Finish(run, output, error, result => [CliText.Get("valid", lang, result.Groups.Sum(g => g.Units.Count), result.Groups.Count)]);
        }));

        var unit = new Option<string?>("--unit") { Description = "Chỉ tạo lại biểu mẫu của đơn vị này (reissue one unit's form, keeping the others)" };
        var template = new Command("template", "Tạo biểu mẫu tự đánh giá cho từng đơn vị trong danh sách (write a form per roster unit)") { campaign, outFolder, language, force, allowOutside, unit, verbose };
        template.SetAction(parse => Guard(parse.GetValue(verbose), error, Lang(parse.GetValue(language)), lang =>
        {
            var request = new TemplateRequest(parse.GetValue(campaign)!)
            {
                OutputFolder = parse.GetValue(outFolder),
                Overwrite = parse.GetValue(force),
                Language = lang,
                AllowOutside = parse.GetValue(allowOutside),
                UnitCode = parse.GetValue(unit),
            };
            var run = request.Run();
            return Finish(run, output, error, forms => [CliText.Get("templates", lang, run.Written.Count, forms.Path)], listWritten: false);
        }));

        var byBodyValue = new Option<string?>("--by") { Description = "body: mỗi cơ quan thẩm định một tệp (one workbook per appraising body)" };
        byBodyValue.AcceptOnlyFromAmong("body");
        var appraisal = new Command("appraisal", "Tạo/cập nhật bảng thẩm định của Hội đồng từ các biểu mẫu hợp lệ (write the council's appraisal workbook)")
        {
            campaign, byBodyValue, language, allowOutside, verbose,
        };
        appraisal.SetAction(parse => Guard(parse.GetValue(verbose), error, Lang(parse.GetValue(language)), lang =>
        {
            var run = new AppraisalRequest(parse.GetValue(campaign)!) { ByBody = parse.GetValue(byBodyValue) == "body", Language = lang, AllowOutside = parse.GetValue(allowOutside) }.Run();
            return Finish(run, output, error, result => [CliText.Get("appraisal", lang, result.Units, result.NewUnits)]);
        }));

        var status = new Command("status", "Tiến độ: ai đã nộp, ai thiếu, biểu mẫu nào có lỗi, thẩm định đến đâu; ghi status.xlsx (campaign status)")
        {
            campaign, outFolder, language, allowOutside, verbose,
        };
        status.SetAction(parse => Guard(parse.GetValue(verbose), error, Lang(parse.GetValue(language)), lang =>
        {
            var run = new StatusRequest(parse.GetValue(campaign)!) { OutputFolder = parse.GetValue(outFolder), Language = lang, AllowOutside = parse.GetValue(allowOutside) }.Run();
            return Finish(run, output, error, progress => StatusLines(progress, lang));
        }));

        var root = new RootCommand("IndexScorer: chấm điểm Chỉ số cải cách hành chính (administrative-reform index scoring)")
        {
            score, validate, template, status, appraisal, CompareCommand(language, verbose, output, error), FrameworkCommand(language, verbose, output, error),
            AnalyzeCommand(language, verbose, output, error),
            ExplainCommand(language, verbose, output, error), SheetsCommand(language, verbose, output, error),
        };
        dropped = DroppedFolder.Is(args, root.Subcommands.Select(c => c.Name));
        if (dropped) return DroppedFolder.Run(args[0], steps => Run(steps, output, error), output);
        // So that `indexscorer --help --lang en` is understood too.
        root.Options.Add(language);
        // Help and usage errors speak the language asked for, even on a command line that does not parse.
        var lang = LanguageAskedIn(args);
        HelpText.Install(root, lang, output);
        // Started with nothing to do (a double-click): the help, not a usage error.
        var parsed = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            foreach (var problem in UsageProblems.Describe(parsed, lang)) error.WriteLine(problem);
            var path = HelpText.PathOf(parsed.CommandResult.Command);
            error.WriteLine(CliText.Get("usage.see", lang, path.Length == 0 ? "indexscorer" : "indexscorer " + path));
            return UsageErrors;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>The group totals, then one line per unit, then the files that are no unit's form.</summary>
    private static IEnumerable<string> StatusLines(IndexScorer.Progress.CampaignProgress progress, Language language)
    {
        foreach (var g in progress.Groups)
        {
            yield return CliText.Get("status.group", language, g.Group, g.Units, g.Received, g.Valid, g.WithProblems, g.Missing, g.Round1Started, g.Round2Done, g.Surveys);
            foreach (var unit in progress.Units.Where(u => u.Group == g.Group))
            {
                var file = unit.Form is null ? "" : CliText.Get("status.file", language, unit.Form, unit.LastModified!.Value);
                yield return CliText.Get("status.unit", language, unit.Code, unit.Name, StatusRequest.StateOf(unit, language), file);
            }
        }
        foreach (var stray in progress.StrayForms) yield return CliText.Get("status.stray", language, stray);
    }

    private static Language Lang(string? code) => code == "en" ? Language.English : Language.Vietnamese;

    /// <summary>The language the arguments ask for (--lang en, --lang=en, --lang:en), read before parsing: Vietnamese unless English is asked.</summary>
    internal static Language LanguageAskedIn(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--lang=en" or "--lang:en" || (args[i] == "--lang" && i + 1 < args.Count && args[i + 1] == "en")) return Language.English;
        }
        return Language.Vietnamese;
    }

    /// <summary>Runs a command; an exception is a bug: exit 3 with a request to report it, and its stack trace with --verbose.</summary>
    private static int Guard(bool verbose, TextWriter error, Language language, Func<Language, int> action)
    {
        try
        {
            return action(language);
        }
        catch (Exception e)
        {
            error.WriteLine(CliText.Get("internal", language, e.Message));
            if (verbose) error.WriteLine(e);
            return InternalError;
        }
    }

    /// <summary>Prints every diagnostic (errors to standard error), then, when the run succeeded, its summary and the files written.</summary>
    private static int Finish<T>(RunResult<T> run, TextWriter output, TextWriter error, Func<T, IEnumerable<string>> summary, bool listWritten = true)
        where T : class
    {
        foreach (var d in run.Diagnostics) (d.Severity == Severity.Error ? error : output).WriteLine(run.Render(d));
        if (!run.Succeeded)
        {
            // Only what is meant to go out while errors remain is written then (feedback to the units).
            foreach (var path in run.Written) output.WriteLine(CliText.Get("written", run.Language, path));
            error.WriteLine(CliText.Get("errors", run.Language, run.ErrorCount, run.WarningCount));
            return DataErrors;
        }
        if (run.WarningCount > 0) output.WriteLine(CliText.Get("warnings", run.Language, run.WarningCount));
        foreach (var line in summary(run.Value!)) output.WriteLine(line);
        if (listWritten)
        {
            foreach (var path in run.Written) output.WriteLine(CliText.Get("written", run.Language, path));
        }
        return Ok;
    }

    /// <summary>Prints progress to standard error on long runs only: every 2 seconds, and the end of each phase.</summary>
    private static IProgress<RunProgress> Progress(TextWriter error, Language language)
    {
        var watch = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        return RunProgress.Report<RunProgress>(p =>
        {
            // Each output file is one long step: its start is always worth a line once the run is a long one.
            var newItem = p.Item is not null;
            if (watch.Elapsed < TimeSpan.FromSeconds(2) || (watch.Elapsed - last < TimeSpan.FromSeconds(2) && p.Done != p.Total && !newItem)) return;
            last = watch.Elapsed;
            error.WriteLine(p.Phase == RunPhase.ReadingForms ? CliText.Get("progress", language, p.Done, p.Total)
                : newItem ? CliText.Get("writingFile", language, p.Done + 1, p.Total, p.Item!)
                : CliText.Get("writing", language, p.Done, p.Total));
        });
    }
}
