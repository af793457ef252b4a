using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Files;
using IndexScorer.Frameworks;
using IndexScorer.Results;
using IndexScorer.Rules;

namespace IndexScorer.IO.Results;

/// <summary>
/// Reads a results.json written by <see cref="ResultsJsonWriter"/> back into a <see cref="ScoredYear"/>, streaming from the
/// file. Every problem names the file and the JSON path (e.g. <c>$.groups[0].units[3].rank</c>); all problems with the
/// values are reported at once.
/// </summary>
public static partial class ResultsJsonReader
{
    private const string Text = "\"…\"";
    private const string Whole = "0, 1, 2, …";
    private const string Number = "12.5";
    private const string Flag = "true | false";
    private const string Array = "[…]";
    private const string Object = "{…}";

    /// <summary>The year, or null with diagnostics.</summary>
    public static ScoredYear? Read(string path, string displayName, DiagnosticBag diagnostics)
    {
        ResultsDto.Document? document;
        try
        {
            document = Deserialize(path, ResultsJsonContext.Instance.Document);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("IO001", new SourceLocation(displayName), InputFile.Reason(e));
            return null;
        }
        catch (JsonException e) when (e.InnerException is JsonException)
        {
            diagnostics.Error("CW040", new SourceLocation(displayName, null, $"{e.LineNumber + 1}:{e.BytePositionInLine + 1}"));
            return null;
        }
        catch (JsonException e)
        {
            // A value of the wrong type; a file of another format or version is better told as such.
            var header = Header(path);
            if (!RefuseOtherFormat(header?.Format, header?.FormatVersion, displayName, diagnostics))
                diagnostics.Error("CW041", new SourceLocation(displayName, null, e.Path ?? "$"), e.Path ?? "$", Expected(e.Path ?? "$"));
            return null;
        }

        var checker = new Checker(displayName, diagnostics);
        if (checker.Required(document, "$", Object) is not { } file) return null;
        var format = checker.Required(file.Format, "$.format", Text);
        var version = checker.Required(file.FormatVersion, "$.formatVersion", Whole);
        return RefuseOtherFormat(format, version, displayName, diagnostics) ? null : checker.Year(file);
    }

    private static T? Deserialize<T>(string path, JsonTypeInfo<T> type)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, type);
    }

    private static ResultsDto.Header? Header(string path)
    {
        try
        {
            return Deserialize(path, ResultsJsonContext.Instance.Header);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reports CW042 and returns true when the file says it is of another format or version.</summary>
    private static bool RefuseOtherFormat(string? format, int? version, string displayName, DiagnosticBag diagnostics)
    {
        if (format is null || version is null || (format == ResultsJsonWriter.Format && version == ResultsJsonWriter.FormatVersion)) return false;
        diagnostics.Error("CW042", new SourceLocation(displayName, null, "$.format"), format, version, ResultsJsonWriter.Format, ResultsJsonWriter.FormatVersion);
        return true;
    }

    /// <summary>What the value at a JSON path should look like, read from the file's generated type metadata.</summary>
    private static string Expected(string path)
    {
        var context = ResultsJsonContext.Instance;
        var info = context.GetTypeInfo(typeof(ResultsDto.Document))!;
        foreach (Match step in PathStep().Matches(path))
        {
            var next = step.Groups["name"].Success && info.Kind == JsonTypeInfoKind.Object
                ? info.Properties.FirstOrDefault(p => p.Name == step.Groups["name"].Value)?.PropertyType
                : info.ElementType;
            if (next is null || context.GetTypeInfo(next) is not { } nextInfo) break;
            info = nextInfo;
        }
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        return type == typeof(string) ? Text
            : type == typeof(int) ? Whole
            : type == typeof(decimal) ? Number
            : type == typeof(bool) ? Flag
            : info.Kind == JsonTypeInfoKind.Enumerable ? Array
            : Object;
    }

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\[[0-9]+\]|\['(?:[^']|'')*'\]")]
    private static partial Regex PathStep();

    /// <summary>Checks the deserialized records and turns them into the model; each problem is reported at its JSON path.</summary>
    private sealed class Checker(string file, DiagnosticBag diagnostics)
    {
        public ScoredYear? Year(ResultsDto.Document document)
        {
            var errors = diagnostics.ErrorCount;
            var year = Required(document.Year, "$.year", Whole);
            var framework = Required(document.Framework, "$.framework", Object) is { } f ? Framework(f, "$.framework") : null;
            var groups = List(document.Groups, "$.groups", Group);
            var leftOut = (document.LeftOut ?? []).OfType<ResultsDto.LeftOutEntry>()
                .Select(u => new LeftOutUnit(u.Code ?? "", u.Name ?? "", u.Group ?? "", u.Received ?? false, u.Problems ?? 0)).ToArray();
            return diagnostics.ErrorCount > errors ? null
                : new ScoredYear(year!.Value, framework!, groups!) { Provisional = document.Provisional ?? false, LeftOut = leftOut };
        }

        private FrameworkIdentity Framework(ResultsDto.FrameworkEntry f, string at) => new(
            Required(f.Id, at + ".id", Text) ?? "", Required(f.Name, at + ".name", Text) ?? "", Required(f.Version, at + ".version", Text) ?? "",
            f.Note ?? "");

        private ScoredGroup? Group(ResultsDto.GroupEntry g, string at)
        {
            var errors = diagnostics.ErrorCount;
            var code = NotBlank(g.Code, at + ".code");
            var name = Required(g.Name, at + ".name", Text);
            var surveyInUse = Required(g.SurveyInUse, at + ".surveyInUse", Flag);
            var bands = List(g.Bands, at + ".bands", Band);
            var errorsBeforeTree = diagnostics.ErrorCount;
            var criteria = List(g.Criteria, at + ".criteria", Criterion);
            // A tree with an unreadable node cannot tell where the units' values belong: only their own members are checked.
            var tree = diagnostics.ErrorCount == errorsBeforeTree ? criteria : null;
            var seen = new HashSet<string>();
            for (var i = 0; i < criteria?.Count; i++)
            {
                if (!seen.Add(criteria[i].Code.Value)) diagnostics.Error("CW045", Where($"{at}.criteria[{i}].code"), criteria[i].Code.Value, code ?? "?");
            }
            var fields = criteria?.Count(c => c.Section == SectionKind.Scored && c.Code.Depth == 1);
            var units = List(g.Units, at + ".units", (u, path) => Unit(u, path, tree, fields));
            return diagnostics.ErrorCount > errors ? null : new ScoredGroup(code!, name!, surveyInUse!.Value, criteria!, bands!, units!);
        }

        private ClassificationBand? Band(ResultsDto.BandEntry b, string at)
        {
            var label = Required(b.Label, at + ".label", Text);
            var minimum = Required(b.MinimumPercent, at + ".minimumPercent", Number);
            return label is null || minimum is null ? null : new ClassificationBand(label, minimum.Value);
        }

        private CriterionSummary? Criterion(ResultsDto.CriterionEntry c, string at)
        {
            var code = Code(c.Code, at + ".code");
            var title = Required(c.Title, at + ".title", Text);
            var max = Required(c.Max, at + ".max", Number);
            var section = Choice(c.Section, at + ".section", Enum.GetValues<SectionKind>(), ResultsJsonWriter.SectionName);
            var source = Choice(c.Source, at + ".source", Enum.GetValues<PointSource>(), ResultsJsonWriter.SourceName);
            var leaf = Required(c.Leaf, at + ".leaf", Flag);
            var errors = diagnostics.ErrorCount;
            // Files written before the options were recorded have none: they stay readable, their survey cannot be resampled.
            var options = c.Options is null ? null : List(c.Options, at + ".options", Option);
            return code is null || title is null || max is null || section is null || source is null || leaf is null || diagnostics.ErrorCount > errors
                ? null
                : new CriterionSummary(code, title, max.Value, section.Value, source.Value, leaf.Value, options);
        }

        private SurveyOption? Option(ResultsDto.OptionEntry o, string at)
        {
            var name = NotBlank(o.Name, at + ".name");
            var percent = Required(o.Percent, at + ".percent", Number);
            if (percent is < 0m or > 100m) percent = Fail<decimal?>(at + ".percent", "0 … 100");
            return name is null || percent is null ? null : new SurveyOption(name, percent.Value);
        }

        private ScoredUnit? Unit(ResultsDto.UnitEntry u, string at, IReadOnlyList<CriterionSummary>? tree, int? fields)
        {
            var errors = diagnostics.ErrorCount;
            var code = NotBlank(u.Code, at + ".code");
            var name = Required(u.Name, at + ".name", Text);
            var rank = Required(u.Rank, at + ".rank", Whole);
            if (rank < 1) rank = Fail<int?>(at + ".rank", "1, 2, …");
            var tied = Required(u.Tied, at + ".tied", Flag);
            var index = Required(u.IndexPercent, at + ".indexPercent", Number);
            var scored = Required(u.ScoredPoints, at + ".scoredPoints", Number);
            var bonus = Required(u.Bonus, at + ".bonus", Number);
            var penalty = Required(u.Penalty, at + ".penalty", Number);
            var max = Required(u.MaxInUse, at + ".maxInUse", Number);
            var answers = new Dictionary<string, IReadOnlyDictionary<string, decimal>>();
            var criteria = Nodes(u.Criteria, at + ".criteria", tree, code ?? "?", answers);
            var weighted = u.WeightedFields?.ToArray();
            if (weighted is not null && fields is { } count && weighted.Length != count)
                Fail<object>(at + ".weightedFields", $"[…] ({count})");
            return diagnostics.ErrorCount > errors
                ? null
                : new ScoredUnit(code!, name!, rank!.Value, tied!.Value, u.Band, index!.Value, scored!.Value, bonus!.Value, penalty!.Value, max!.Value, criteria!, answers)
                {
                    WeightedFields = weighted,
                };
        }

        /// <summary>A unit's values, one per node of <paramref name="tree"/> and in its order (null when the tree itself is unreadable).</summary>
        /// <remarks>A node's JSON path is spelt out only for a message: a national file has millions of nodes.</remarks>
        private List<CriterionResult>? Nodes(
            IEnumerable<ResultsDto.NodeEntry?>? entries, string at, IReadOnlyList<CriterionSummary>? tree, string unit,
            Dictionary<string, IReadOnlyDictionary<string, decimal>> answers)
        {
            if (entries is null) return Fail<List<CriterionResult>>(at, Array);
            var results = new List<CriterionResult>(tree?.Count ?? 0);
            var inOrder = true;
            var i = 0;
            foreach (var entry in entries)
            {
                var node = new NodePath(at, i);
                var criterion = i < tree?.Count ? tree[i] : null;
                i++;
                if (entry is null)
                {
                    Fail<object>(node.Member(""), Object);
                    continue;
                }
                var code = criterion is not null && entry.Code == criterion.Code.Value ? criterion.Code : Code(entry.Code, node.Member(".code"));
                if (inOrder && tree is not null && code is not null && criterion?.Code != code)
                {
                    diagnostics.Error("CW046", Where(node.Member(".code")), unit, criterion?.Code.Value ?? "—", code.Value);
                    // After a gap or a swap every later node differs too: one report per unit says it.
                    inOrder = false;
                }
                if (Node(entry, node, code, criterion, answers) is { } result) results.Add(result);
            }
            if (inOrder && i < tree?.Count) diagnostics.Error("CW046", Where($"{at}[{i}]"), unit, tree[i].Code.Value, "—");
            return results;
        }

        /// <summary>The values of a node whose code was read as <paramref name="code"/>; null unless it is <paramref name="criterion"/> and every member is right.</summary>
        private CriterionResult? Node(
            ResultsDto.NodeEntry n, NodePath at, CriterionCode? code, CriterionSummary? criterion, Dictionary<string, IReadOnlyDictionary<string, decimal>> answers)
        {
            var errors = diagnostics.ErrorCount;
            var final = n.Final ?? Fail<decimal?>(at.Member(".final"), Number);
            var maxInUse = n.MaxInUse ?? Fail<decimal?>(at.Member(".maxInUse"), Number);
            var notApplicable = n.NotApplicable ?? Fail<bool?>(at.Member(".notApplicable"), Flag);
            if (n.Respondents is { } respondents)
            {
                foreach (var (option, _) in respondents.Where(r => r.Value < 0m || r.Value != decimal.Truncate(r.Value)))
                    Fail<object>(at.Member($".respondents['{option.Replace("'", "''")}']"), Whole);
                if (code is not null) answers[code.Value] = respondents;
            }
            return diagnostics.ErrorCount > errors || criterion is null || criterion.Code != code
                ? null
                : new CriterionResult(criterion, n.Self, n.Appraisal1, n.Appraisal2, n.Survey, final!.Value, maxInUse!.Value, notApplicable!.Value,
                    n.Evidence ?? "", n.Note ?? "", n.AppraisalNote ?? "", n.Explanation ?? "")
                { Sources = Sources(n.Sources) };
        }

        /// <summary>The JSON path of a unit's node, e.g. <c>$.groups[0].units[3].criteria[7]</c>, spelt out on demand.</summary>
        private readonly record struct NodePath(string Criteria, int Index)
        {
            public string Member(string member) => $"{Criteria}[{Index}]{member}";
        }

        /// <summary>A leaf's provenance as written; a place without a file is left out.</summary>
        private static LeafSources Sources(ResultsDto.SourcesEntry? sources)
        {
            if (sources is null) return LeafSources.None;
            static SourceLocation? Place(ResultsDto.PlaceEntry? p) => p?.File is { } file ? new SourceLocation(file, p.Sheet, p.Cell) : null;
            return new LeafSources((sources.Inputs ?? []).Select(Place).OfType<SourceLocation>().ToArray(), Place(sources.Self), Place(sources.Round1),
                Place(sources.Explanation), Place(sources.Round2));
        }

        private List<T>? List<TEntry, T>(IEnumerable<TEntry?>? entries, string at, Func<TEntry, string, T?> item) where TEntry : class where T : class
        {
            if (entries is null) return Fail<List<T>>(at, Array);
            var items = new List<T>();
            var i = 0;
            foreach (var entry in entries)
            {
                var path = $"{at}[{i++}]";
                if ((entry is null ? Fail<T>(path, Object) : item(entry, path)) is { } value) items.Add(value);
            }
            return items;
        }

        /// <summary>The value; when null (missing or JSON null), reports it and returns null.</summary>
        public T Required<T>(T value, string at, string expected)
        {
            if (value is null) Fail<object>(at, expected);
            return value;
        }

        private string? NotBlank(string? text, string at) => string.IsNullOrWhiteSpace(text) ? Fail<string>(at, Text) : text;

        private CriterionCode? Code(string? text, string at)
        {
            if (Required(text, at, Text) is not { } value) return null;
            if (CriterionCode.TryParse(value, out var code)) return code;
            diagnostics.Error("CW044", Where(at), value);
            return null;
        }

        private T? Choice<T>(string? text, string at, T[] values, Func<T, string> name) where T : struct
        {
            foreach (var value in values)
            {
                if (text == name(value)) return value;
            }
            return Fail<T?>(at, string.Join(" | ", values.Select(v => $"'{name(v)}'")));
        }

        private T? Fail<T>(string at, string expected)
        {
            diagnostics.Error("CW041", Where(at), at, expected);
            return default;
        }

        private SourceLocation Where(string path) => new(file, null, path);
    }
}
