using System.Text.Json;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Results;
using IndexScorer.Rules;

namespace IndexScorer.IO.Results;

/// <summary>
/// Builds a <see cref="ScoredYear"/> from results.json token by token, checking as it goes. A value of the wrong JSON type
/// stops the reading (<see cref="WrongTypeException"/>, at its path); a missing member, a bad code or a bad order is
/// reported at its path and the reading goes on, so that every such problem is reported at once. An object's own members
/// are reported before what is nested in it, as the file lists them.
/// </summary>
internal sealed class ResultsJsonParser(JsonInput input, string file, DiagnosticBag diagnostics, ResultsDetail detail)
{
    private const string Text = "\"…\"";
    private const string Whole = "0, 1, 2, …";
    private const string Number = "12.5";
    private const string Flag = "true | false";
    private const string Array = "[…]";
    private const string Object = "{…}";

    private static readonly SectionKind[] Sections = Enum.GetValues<SectionKind>();
    private static readonly PointSource[] Sources = Enum.GetValues<PointSource>();

    private readonly bool _details = detail == ResultsDetail.All;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private DiagnosticBag _bag = diagnostics;
    private int _version;

    /// <summary>A value of the wrong JSON type at <see cref="Path"/>, where <see cref="Expected"/> was expected.</summary>
    internal sealed class WrongTypeException(string path, string expected) : Exception($"{path}: expected {expected}")
    {
        public string Path { get; } = path;

        public string Expected { get; } = expected;
    }

    /// <summary>The format and version a file says it is of, every other member passed over.</summary>
    public static (string? Format, int? Version) Header(JsonInput input)
    {
        var reader = input.Start();
        input.Next(ref reader);
        if (reader.TokenType != JsonTokenType.StartObject) return (null, null);
        string? format = null;
        int? version = null;
        while (input.Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueTextEquals("format"u8) ? 1 : reader.ValueTextEquals("formatVersion"u8) ? 2 : 0;
            input.Next(ref reader);
            if (name == 1) format = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            else if (name == 2) version = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var v) ? v : null;
            else input.Skip(ref reader);
        }
        return (format, version);
    }

    /// <summary>The year, or null with diagnostics (only CW042 for a file of another format or version).</summary>
    public ScoredYear? Document()
    {
        var reader = input.Start();
        input.Next(ref reader);
        var root = new JsonPath("$");
        var outer = _bag;
        if (reader.TokenType == JsonTokenType.Null)
        {
            End(ref reader);
            Fail(root.Self, Object);
            return null;
        }
        Expect(ref reader, JsonTokenType.StartObject, root.Self, Object);
        var body = _bag = new DiagnosticBag();
        string? format = null;
        int? version = null, year = null;
        bool? provisional = null;
        var frameworkSeen = false;
        FrameworkIdentity? framework = null;
        List<ScoredGroup>? groups = null;
        List<LeftOutUnit>? leftOut = null;
        var headerChecked = false;
        while (NextMember(ref reader))
        {
            if (Is(ref reader, "format"u8)) format = TextValue(ref reader, root, ".format");
            else if (Is(ref reader, "formatVersion"u8)) version = WholeValue(ref reader, root, ".formatVersion");
            else if (Is(ref reader, "year"u8)) year = WholeValue(ref reader, root, ".year");
            else if (Is(ref reader, "framework"u8))
            {
                input.Next(ref reader);
                frameworkSeen = reader.TokenType != JsonTokenType.Null;
                framework = Framework(ref reader, "$.framework");
            }
            else if (Is(ref reader, "groups"u8)) groups = Items(ref reader, new JsonPath("$.groups"), Group);
            else if (Is(ref reader, "provisional"u8)) provisional = FlagValue(ref reader, root, ".provisional");
            else if (Is(ref reader, "leftOut"u8)) leftOut = Items(ref reader, new JsonPath("$.leftOut"), LeftOut);
            else SkipValue(ref reader);
            if (!headerChecked && format is not null && version is not null)
            {
                headerChecked = true;
                _version = version.Value;
                // A file of another format or version is told as such, and no further.
                if (ResultsJsonReader.RefuseOtherFormat(format, version, file, outer)) return null;
            }
        }
        End(ref reader);
        _bag = outer;
        Required(format, root.Member(".format"), Text);
        Required(version, root.Member(".formatVersion"), Whole);
        var errors = outer.ErrorCount;
        Required(year, root.Member(".year"), Whole);
        if (!frameworkSeen) Fail(root.Member(".framework"), Object);
        if (groups is null) Fail(root.Member(".groups"), Array);
        outer.AddRange(body.Items);
        return outer.ErrorCount > errors ? null
            : new ScoredYear(year!.Value, framework!, groups!) { Provisional = provisional ?? false, LeftOut = leftOut ?? [] };
    }

    private FrameworkIdentity? Framework(ref Utf8JsonReader reader, string at)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        var path = new JsonPath(at);
        Expect(ref reader, JsonTokenType.StartObject, at, Object);
        string? id = null, name = null, version = null, note = null;
        while (NextMember(ref reader))
        {
            if (Is(ref reader, "id"u8)) id = TextValue(ref reader, path, ".id");
            else if (Is(ref reader, "name"u8)) name = TextValue(ref reader, path, ".name");
            else if (Is(ref reader, "version"u8)) version = TextValue(ref reader, path, ".version");
            else if (Is(ref reader, "note"u8)) note = TextValue(ref reader, path, ".note");
            else SkipValue(ref reader);
        }
        return new FrameworkIdentity(
            Required(id, path.Member(".id"), Text) ?? "", Required(name, path.Member(".name"), Text) ?? "", Required(version, path.Member(".version"), Text) ?? "",
            note ?? "");
    }

    private LeftOutUnit? LeftOut(ref Utf8JsonReader reader, JsonPath at)
    {
        string? code = null, name = null, group = null;
        bool? received = null;
        int? problems = null;
        while (NextMember(ref reader))
        {
            if (Is(ref reader, "code"u8)) code = TextValue(ref reader, at, ".code");
            else if (Is(ref reader, "name"u8)) name = TextValue(ref reader, at, ".name");
            else if (Is(ref reader, "group"u8)) group = TextValue(ref reader, at, ".group");
            else if (Is(ref reader, "received"u8)) received = FlagValue(ref reader, at, ".received");
            else if (Is(ref reader, "problems"u8)) problems = WholeValue(ref reader, at, ".problems");
            else SkipValue(ref reader);
        }
        return new LeftOutUnit(code ?? "", name ?? "", group ?? "", received ?? false, problems ?? 0);
    }

    private ScoredGroup? Group(ref Utf8JsonReader reader, JsonPath at)
    {
        var outer = _bag;
        var body = _bag = new DiagnosticBag();
        string? code = null, name = null;
        bool? surveyInUse = null;
        List<ClassificationBand>? bands = null;
        List<CriterionSummary>? criteria = null;
        Tree? tree = null;
        List<ScoredUnit>? units = null;
        var unitsBeforeTree = false;
        while (NextMember(ref reader))
        {
            if (Is(ref reader, "code"u8)) code = TextValue(ref reader, at, ".code");
            else if (Is(ref reader, "name"u8)) name = TextValue(ref reader, at, ".name");
            else if (Is(ref reader, "surveyInUse"u8)) surveyInUse = FlagValue(ref reader, at, ".surveyInUse");
            else if (Is(ref reader, "bands"u8)) bands = Items(ref reader, new JsonPath(at.Member(".bands")), Band);
            else if (Is(ref reader, "criteria"u8))
            {
                var errorsBeforeTree = body.ErrorCount;
                criteria = Items(ref reader, new JsonPath(at.Member(".criteria")), Criterion);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < criteria?.Count; i++)
                {
                    if (!seen.Add(criteria[i].Code.Value)) _bag.Error("CW045", Where(at.Member($".criteria[{i}].code")), criteria[i].Code.Value, code ?? "?");
                }
                // A tree with an unreadable node cannot tell where the units' values belong: only their own members are checked.
                tree = new Tree(body.ErrorCount == errorsBeforeTree ? criteria : null, criteria?.Count(c => c.Section == SectionKind.Scored && c.Code.Depth == 1));
            }
            else if (Is(ref reader, "units"u8))
            {
                unitsBeforeTree = tree is null;
                var unitTree = tree ?? new Tree(null, null);
                units = Items(ref reader, new JsonPath(at.Member(".units")), (ref Utf8JsonReader r, JsonPath p) => Unit(ref r, p, unitTree));
            }
            else SkipValue(ref reader);
        }
        _bag = outer;
        var errors = outer.ErrorCount;
        code = NotBlank(code, at.Member(".code"));
        Required(name, at.Member(".name"), Text);
        Required(surveyInUse, at.Member(".surveyInUse"), Flag);
        if (bands is null) Fail(at.Member(".bands"), Array);
        // The units' values are read against the tree: a file must give it first, as score writes it.
        if (criteria is null || unitsBeforeTree) Fail(at.Member(".criteria"), Array);
        outer.AddRange(body.Items);
        if (units is null) Fail(at.Member(".units"), Array);
        return outer.ErrorCount > errors ? null : new ScoredGroup(code!, name!, surveyInUse!.Value, criteria!, bands!, units!);
    }

    private ClassificationBand? Band(ref Utf8JsonReader reader, JsonPath at)
    {
        string? label = null;
        decimal? minimum = null;
        while (NextMember(ref reader))
        {
            if (Is(ref reader, "label"u8)) label = TextValue(ref reader, at, ".label");
            else if (Is(ref reader, "minimumPercent"u8)) minimum = NumberValue(ref reader, at, ".minimumPercent");
            else SkipValue(ref reader);
        }
        Required(label, at.Member(".label"), Text);
        Required(minimum, at.Member(".minimumPercent"), Number);
        return label is null || minimum is null ? null : new ClassificationBand(label, minimum.Value);
    }

    private CriterionSummary? Criterion(ref Utf8JsonReader reader, JsonPath at)
    {
        string? code = null, title = null, section = null, source = null;
        decimal? max = null;
        bool? leaf = null;
        List<SurveyOption>? options = null;
        var optionsBag = new DiagnosticBag();
        while (NextMember(ref reader))
        {
            if (Is(ref reader, "code"u8)) code = TextValue(ref reader, at, ".code");
            else if (Is(ref reader, "title"u8)) title = TextValue(ref reader, at, ".title");
            else if (Is(ref reader, "max"u8)) max = NumberValue(ref reader, at, ".max");
            else if (Is(ref reader, "section"u8)) section = TextValue(ref reader, at, ".section");
            else if (Is(ref reader, "source"u8)) source = TextValue(ref reader, at, ".source");
            else if (Is(ref reader, "leaf"u8)) leaf = FlagValue(ref reader, at, ".leaf");
            else if (Is(ref reader, "options"u8))
            {
                var outer = _bag;
                _bag = optionsBag;
                // Files written before the options were recorded have none: they stay readable, their survey cannot be resampled.
                options = Items(ref reader, new JsonPath(at.Member(".options")), Option);
                _bag = outer;
            }
            else SkipValue(ref reader);
        }
        var parsed = Code(code, at.Member(".code"));
        Required(title, at.Member(".title"), Text);
        Required(max, at.Member(".max"), Number);
        var sectionKind = Choice(section, at.Member(".section"), Sections, ResultsJsonWriter.SectionName);
        var sourceKind = Choice(source, at.Member(".source"), Sources, ResultsJsonWriter.SourceName);
        Required(leaf, at.Member(".leaf"), Flag);
        _bag.AddRange(optionsBag.Items);
        return parsed is null || title is null || max is null || sectionKind is null || sourceKind is null || leaf is null || optionsBag.HasErrors
            ? null
            : new CriterionSummary(parsed, title, max.Value, sectionKind.Value, sourceKind.Value, leaf.Value, options);
    }

    private SurveyOption? Option(ref Utf8JsonReader reader, JsonPath at)
    {
        string? name = null;
        decimal? percent = null;
        while (NextMember(ref reader))
        {
            if (Is(ref reader, "name"u8)) name = TextValue(ref reader, at, ".name");
            else if (Is(ref reader, "percent"u8)) percent = NumberValue(ref reader, at, ".percent");
            else SkipValue(ref reader);
        }
        name = NotBlank(name, at.Member(".name"));
        Required(percent, at.Member(".percent"), Number);
        if (percent is < 0m or > 100m) percent = Fail<decimal?>(at.Member(".percent"), "0 … 100");
        return name is null || percent is null ? null : new SurveyOption(name, percent.Value);
    }

    /// <summary>The group's tree as read (null when a node of it is unreadable) and its number of scored fields.</summary>
    private sealed record Tree(IReadOnlyList<CriterionSummary>? Criteria, int? Fields);

    /// <summary>A unit's points on every node of its group's tree (format 4), position by position.</summary>
    private sealed record NodePoints(decimal[] Final, decimal[] MaxInUse, bool[] NotApplicable);

    /// <summary>What a node carries beyond its points, as read (every member optional).</summary>
    private sealed class NodeDetail
    {
        public decimal? Self;
        public decimal? Appraisal1;
        public decimal? Appraisal2;
        public decimal? Survey;
        public string? Evidence;
        public string? Note;
        public string? AppraisalNote;
        public string? Explanation;
        public Dictionary<string, decimal>? Respondents;
        public List<string>? NotWhole;
        public LeafSources Sources = LeafSources.None;

        public CriterionResult Result(CriterionSummary criterion, decimal final, decimal maxInUse, bool notApplicable) =>
            new(criterion, Self, Appraisal1, Appraisal2, Survey, final, maxInUse, notApplicable, Evidence ?? "", Note ?? "", AppraisalNote ?? "", Explanation ?? "")
            {
                Sources = Sources,
            };
    }

    private ScoredUnit? Unit(ref Utf8JsonReader reader, JsonPath at, Tree tree)
    {
        var outer = _bag;
        var body = _bag = new DiagnosticBag();
        string? code = null, name = null, band = null;
        int? rank = null;
        bool? tied = null;
        decimal? index = null, scored = null, bonus = null, penalty = null, max = null;
        IReadOnlyList<CriterionResult>? criteria = null;
        NodePoints? points = null;
        NodeDetail?[]? details = null;
        var pointsSeen = false;
        decimal[]? weighted = null;
        int? weightedCount = null;
        var sheets = new List<SourceLocation>();
        var answers = new Dictionary<string, IReadOnlyDictionary<string, decimal>>(StringComparer.Ordinal);
        while (NextMember(ref reader))
        {
            if (Is(ref reader, "code"u8)) code = TextValue(ref reader, at, ".code");
            else if (Is(ref reader, "name"u8)) name = TextValue(ref reader, at, ".name");
            else if (Is(ref reader, "rank"u8)) rank = WholeValue(ref reader, at, ".rank");
            else if (Is(ref reader, "tied"u8)) tied = FlagValue(ref reader, at, ".tied");
            else if (Is(ref reader, "band"u8)) band = TextValue(ref reader, at, ".band");
            else if (Is(ref reader, "indexPercent"u8)) index = NumberValue(ref reader, at, ".indexPercent");
            else if (Is(ref reader, "scoredPoints"u8)) scored = NumberValue(ref reader, at, ".scoredPoints");
            else if (Is(ref reader, "bonus"u8)) bonus = NumberValue(ref reader, at, ".bonus");
            else if (Is(ref reader, "penalty"u8)) penalty = NumberValue(ref reader, at, ".penalty");
            else if (Is(ref reader, "maxInUse"u8)) max = NumberValue(ref reader, at, ".maxInUse");
            else if (Is(ref reader, "sheets"u8) && _details) Sheets(ref reader, new JsonPath(at.Member(".sheets")), sheets);
            else if (Is(ref reader, "criteria"u8) && _version < ResultsJsonWriter.FormatVersion)
                criteria = Nodes(ref reader, at.Member(".criteria"), tree.Criteria, code ?? "?", answers, sheets);
            else if (Is(ref reader, "nodes"u8) && _version >= ResultsJsonWriter.FormatVersion)
            {
                pointsSeen = true;
                points = Points(ref reader, at.Nested(".nodes"), tree.Criteria, code ?? "?");
            }
            else if (Is(ref reader, "details"u8) && _version >= ResultsJsonWriter.FormatVersion && _details)
                details = Details(ref reader, at.Member(".details"), tree.Criteria, code ?? "?", answers, sheets);
            else if (Is(ref reader, "weightedFields"u8)) weightedCount = NumbersInto(ref reader, at.Member(".weightedFields"), weighted = new decimal[tree.Fields ?? 0]);
            else SkipValue(ref reader);
        }
        // Format 4: the points position by position, the details of the nodes that have any.
        if (points is not null && tree.Criteria is { } nodes) criteria = Assemble(nodes, points, details);
        _bag = outer;
        var errors = outer.ErrorCount;
        NotBlank(code, at.Member(".code"));
        Required(name, at.Member(".name"), Text);
        Required(rank, at.Member(".rank"), Whole);
        if (rank < 1) rank = Fail<int?>(at.Member(".rank"), "1, 2, …");
        Required(tied, at.Member(".tied"), Flag);
        Required(index, at.Member(".indexPercent"), Number);
        Required(scored, at.Member(".scoredPoints"), Number);
        Required(bonus, at.Member(".bonus"), Number);
        Required(penalty, at.Member(".penalty"), Number);
        Required(max, at.Member(".maxInUse"), Number);
        if (_version < ResultsJsonWriter.FormatVersion && criteria is null) Fail(at.Member(".criteria"), Array);
        if (_version >= ResultsJsonWriter.FormatVersion && !pointsSeen) Fail(at.Member(".nodes"), Object);
        outer.AddRange(body.Items);
        if (weightedCount is not null && tree.Fields is { } count && weightedCount != count) Fail(at.Member(".weightedFields"), $"[…] ({count})");
        return outer.ErrorCount > errors || tree.Criteria is null
            ? null
            : new ScoredUnit(code!, name!, rank!.Value, tied!.Value, band, index!.Value, scored!.Value, bonus!.Value, penalty!.Value, max!.Value, criteria!, answers)
            {
                WeightedFields = weightedCount is null ? null : weighted,
            };
    }

    /// <summary>The unit's sheets (format 3): each a file and a sheet, the places its leaves' cells are written against.</summary>
    private void Sheets(ref Utf8JsonReader reader, JsonPath at, List<SourceLocation> sheets)
    {
        input.Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null) return;
        var list = at.Self;
        Expect(ref reader, JsonTokenType.StartArray, list, Array);
        var i = 0;
        while (input.Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
        {
            var place = new JsonPath(list, i++);
            Expect(ref reader, JsonTokenType.StartObject, place, Object);
            string? sheetFile = null, sheet = null;
            while (NextMember(ref reader))
            {
                if (Is(ref reader, "file"u8)) sheetFile = SharedTextValue(ref reader, place, ".file");
                else if (Is(ref reader, "sheet"u8)) sheet = SharedTextValue(ref reader, place, ".sheet");
                else SkipValue(ref reader);
            }
            sheets.Add(new SourceLocation(Required(sheetFile, place.Member(".file"), Text) ?? "", sheet));
        }
    }

    /// <summary>A unit's values, one per node of <paramref name="tree"/> and in its order (null when the member is null).</summary>
    private List<CriterionResult>? Nodes(
        ref Utf8JsonReader reader, string at, IReadOnlyList<CriterionSummary>? tree, string unit,
        Dictionary<string, IReadOnlyDictionary<string, decimal>> answers, List<SourceLocation> sheets)
    {
        input.Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null) return null;
        Expect(ref reader, JsonTokenType.StartArray, at, Array);
        var results = new List<CriterionResult>(tree?.Count ?? 0);
        var inOrder = true;
        var i = 0;
        while (input.Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
        {
            var node = new JsonPath(at, i);
            var criterion = i < tree?.Count ? tree[i] : null;
            i++;
            if (reader.TokenType == JsonTokenType.Null)
            {
                Fail(node.Self, Object);
                continue;
            }
            Expect(ref reader, JsonTokenType.StartObject, node, Object);
            if (Node(ref reader, node, criterion, tree is not null, ref inOrder, unit, answers, sheets) is { } result) results.Add(result);
        }
        if (inOrder && i < tree?.Count) _bag.Error("CW046", Where($"{at}[{i}]"), unit, tree[i].Code.Value, "—");
        return results;
    }

    /// <summary>One node's values (formats 2 and 3); null unless it is <paramref name="criterion"/> and every member is right.</summary>
    private CriterionResult? Node(
        ref Utf8JsonReader reader, JsonPath at, CriterionSummary? criterion, bool withTree, ref bool inOrder, string unit,
        Dictionary<string, IReadOnlyDictionary<string, decimal>> answers, List<SourceLocation> sheets)
    {
        string? codeText = null;
        decimal? final = null, max = null;
        bool? notApplicable = null;
        var detail = new NodeDetail();
        while (NextMember(ref reader))
        {
            if (Is(ref reader, "code"u8)) codeText = CodeValue(ref reader, at, criterion);
            else if (Is(ref reader, "final"u8)) final = NumberValue(ref reader, at, ".final");
            else if (Is(ref reader, "maxInUse"u8)) max = NumberValue(ref reader, at, ".maxInUse");
            else if (Is(ref reader, "notApplicable"u8)) notApplicable = FlagValue(ref reader, at, ".notApplicable");
            else if (!DetailMember(ref reader, at, detail, sheets)) SkipValue(ref reader);
        }
        var code = criterion is not null && ReferenceEquals(codeText, criterion.Code.Value) ? criterion.Code : Code(codeText, at.Member(".code"));
        if (inOrder && withTree && code is not null && criterion?.Code != code)
        {
            _bag.Error("CW046", Where(at.Member(".code")), unit, criterion?.Code.Value ?? "—", code.Value);
            // After a gap or a swap every later node differs too: one report per unit says it.
            inOrder = false;
        }
        var before = _bag.ErrorCount;
        // Paths spelt out only for a message: a national file has millions of nodes.
        if (final is null) Fail(at.Member(".final"), Number);
        if (max is null) Fail(at.Member(".maxInUse"), Number);
        if (notApplicable is null) Fail(at.Member(".notApplicable"), Flag);
        foreach (var option in detail.NotWhole ?? []) Fail(RespondentPath(at.Member(".respondents"), option), Whole);
        if (detail.Respondents is not null && code is not null) answers[code.Value] = detail.Respondents;
        return _bag.ErrorCount > before || criterion is null || criterion.Code != code
            ? null
            : detail.Result(criterion, final!.Value, max!.Value, notApplicable!.Value);
    }

    /// <summary>A node's code; the tree's own string when it is <paramref name="criterion"/>'s (compared in place, not copied).</summary>
    private string? CodeValue(ref Utf8JsonReader reader, JsonPath at, CriterionSummary? criterion)
    {
        input.Next(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String when criterion is not null && reader.ValueTextEquals(criterion.Code.Value) => criterion.Code.Value,
            JsonTokenType.String => reader.GetString(),
            _ => throw new WrongTypeException(at.Member(".code"), Text),
        };
    }

    /// <summary>Reads the member the reader is on into <paramref name="detail"/> when it is one of a node's details; false when it is not.</summary>
    private bool DetailMember(ref Utf8JsonReader reader, JsonPath at, NodeDetail detail, List<SourceLocation> sheets)
    {
        if (Is(ref reader, "self"u8)) detail.Self = NumberValue(ref reader, at, ".self");
        else if (Is(ref reader, "evidence"u8)) detail.Evidence = DetailTextValue(ref reader, at, ".evidence");
        else if (Is(ref reader, "sources"u8)) detail.Sources = LeafSourcesValue(ref reader, at.Nested(".sources"), sheets);
        else if (Is(ref reader, "appraisal1"u8)) detail.Appraisal1 = NumberValue(ref reader, at, ".appraisal1");
        else if (Is(ref reader, "appraisal2"u8)) detail.Appraisal2 = NumberValue(ref reader, at, ".appraisal2");
        else if (Is(ref reader, "survey"u8)) detail.Survey = NumberValue(ref reader, at, ".survey");
        else if (Is(ref reader, "note"u8)) detail.Note = DetailTextValue(ref reader, at, ".note");
        else if (Is(ref reader, "appraisalNote"u8)) detail.AppraisalNote = DetailTextValue(ref reader, at, ".appraisalNote");
        else if (Is(ref reader, "explanation"u8)) detail.Explanation = DetailTextValue(ref reader, at, ".explanation");
        else if (Is(ref reader, "respondents"u8)) detail.Respondents = Respondents(ref reader, at.Nested(".respondents"), ref detail.NotWhole);
        else return false;
        return true;
    }

    /// <summary>
    /// A unit's points on every node (format 4): <c>final</c> and <c>maxInUse</c>, one number per node of the tree in its
    /// order, and <c>notApplicable</c>, the codes of the nodes that did not arise; null when they do not fit the tree.
    /// </summary>
    private NodePoints? Points(ref Utf8JsonReader reader, JsonPath at, IReadOnlyList<CriterionSummary>? tree, string unit)
    {
        input.Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null) return Fail<NodePoints>(at.Self, Object);
        Expect(ref reader, JsonTokenType.StartObject, at, Object);
        var count = tree?.Count ?? 0;
        var (final, max) = (new decimal[count], new decimal[count]);
        int? finals = null, maxima = null;
        var notApplicable = new bool[count];
        var before = _bag.ErrorCount;
        while (NextMember(ref reader))
        {
            if (Is(ref reader, "final"u8)) finals = NumbersInto(ref reader, at.Member(".final"), final);
            else if (Is(ref reader, "maxInUse"u8)) maxima = NumbersInto(ref reader, at.Member(".maxInUse"), max);
            else if (Is(ref reader, "notApplicable"u8)) NotApplicable(ref reader, at.Member(".notApplicable"), tree, unit, notApplicable);
            else SkipValue(ref reader);
        }
        var expected = tree is null ? Array : $"[…] ({count})";
        if (finals is null || (tree is not null && finals != count)) Fail(at.Member(".final"), expected);
        if (maxima is null || (tree is not null && maxima != count)) Fail(at.Member(".maxInUse"), expected);
        return _bag.ErrorCount > before ? null : new NodePoints(final, max, notApplicable);
    }

    /// <summary>The codes of the nodes that did not arise, each a node of the tree after the one before it, marked in <paramref name="marks"/>.</summary>
    private void NotApplicable(ref Utf8JsonReader reader, string at, IReadOnlyList<CriterionSummary>? tree, string unit, bool[] marks)
    {
        input.Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null) return;
        Expect(ref reader, JsonTokenType.StartArray, at, Array);
        var next = 0;
        var i = 0;
        while (input.Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = $"{at}[{i++}]";
            if (reader.TokenType != JsonTokenType.String) throw new WrongTypeException(item, Text);
            if (tree is null) continue;
            var position = Position(ref reader, tree, next);
            if (position < 0)
            {
                _bag.Error("CW048", Where(item), unit, reader.GetString() ?? "");
                continue;
            }
            marks[position] = true;
            next = position + 1;
        }
    }

    /// <summary>
    /// The details of the nodes that have any (format 4), by position in the tree; each names its node by <c>code</c>, a
    /// node after the one before it. Null when the member is null.
    /// </summary>
    private NodeDetail?[]? Details(
        ref Utf8JsonReader reader, string at, IReadOnlyList<CriterionSummary>? tree, string unit,
        Dictionary<string, IReadOnlyDictionary<string, decimal>> answers, List<SourceLocation> sheets)
    {
        input.Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null) return null;
        Expect(ref reader, JsonTokenType.StartArray, at, Array);
        var details = new NodeDetail?[tree?.Count ?? 0];
        var next = 0;
        var i = 0;
        while (input.Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
        {
            var node = new JsonPath(at, i++);
            Expect(ref reader, JsonTokenType.StartObject, node, Object);
            var detail = new NodeDetail();
            var position = -1;
            var codeSeen = false;
            while (NextMember(ref reader))
            {
                if (Is(ref reader, "code"u8))
                {
                    codeSeen = true;
                    input.Next(ref reader);
                    if (reader.TokenType != JsonTokenType.String) throw new WrongTypeException(node.Member(".code"), Text);
                    if (tree is null) continue;
                    position = Position(ref reader, tree, next);
                    if (position < 0) _bag.Error("CW048", Where(node.Member(".code")), unit, reader.GetString() ?? "");
                    else next = position + 1;
                }
                else if (!DetailMember(ref reader, node, detail, sheets)) SkipValue(ref reader);
            }
            if (!codeSeen) Fail(node.Member(".code"), Text);
            foreach (var option in detail.NotWhole ?? []) Fail(RespondentPath(node.Member(".respondents"), option), Whole);
            if (position < 0) continue;
            details[position] = detail;
            if (detail.Respondents is not null) answers[tree![position].Code.Value] = detail.Respondents;
        }
        return details;
    }

    /// <summary>The position of the code the reader is on in the tree, looked for from <paramref name="from"/> on (codes come in the tree's order); -1 when it is not there.</summary>
    private static int Position(ref Utf8JsonReader reader, IReadOnlyList<CriterionSummary> tree, int from)
    {
        for (var position = from; position < tree.Count; position++)
        {
            if (reader.ValueTextEquals(tree[position].Code.Value)) return position;
        }
        return -1;
    }

    /// <summary>The unit's results: each node's points, with its details when it has any; read for the points only, kept as the points.</summary>
    private IReadOnlyList<CriterionResult> Assemble(IReadOnlyList<CriterionSummary> tree, NodePoints points, NodeDetail?[]? details)
    {
        if (!_details) return new PointsOnlyResults(tree, points.Final, points.MaxInUse, points.NotApplicable);
        var results = new List<CriterionResult>(tree.Count);
        for (var i = 0; i < tree.Count; i++)
        {
            var (final, max, notApplicable) = (points.Final[i], points.MaxInUse[i], points.NotApplicable[i]);
            results.Add(details?[i] is { } detail
                ? detail.Result(tree[i], final, max, notApplicable)
                : new CriterionResult(tree[i], null, null, null, null, final, max, notApplicable, "", "", "", ""));
        }
        return results;
    }

    /// <summary>The respondents per option, kept only with the details (resampling the survey uses them); every count is checked either way, the options whose count is not whole added to <paramref name="notWhole"/>.</summary>
    private Dictionary<string, decimal>? Respondents(ref Utf8JsonReader reader, JsonPath at, ref List<string>? notWhole)
    {
        input.Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null) return null;
        Expect(ref reader, JsonTokenType.StartObject, at, Object);
        var respondents = _details ? new Dictionary<string, decimal>(StringComparer.Ordinal) : null;
        while (NextMember(ref reader))
        {
            var option = Shared(ref reader);
            input.Next(ref reader);
            var count = reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value)
                ? value
                : throw new WrongTypeException(RespondentPath(at.Self, option), Number);
            if (count < 0m || count != decimal.Truncate(count)) (notWhole ??= []).Add(option);
            if (respondents is not null) respondents[option] = count;
        }
        return respondents;
    }

    private static string RespondentPath(string respondents, string option) => $"{respondents}['{option.Replace("'", "''")}']";

    /// <summary>A leaf's provenance: cells against the unit's sheets (format 3) or whole places (format 2); passed over for <see cref="ResultsDetail.Points"/>.</summary>
    private LeafSources LeafSourcesValue(ref Utf8JsonReader reader, JsonPath at, List<SourceLocation> sheets)
    {
        input.Next(ref reader);
        if (!_details || reader.TokenType == JsonTokenType.Null)
        {
            input.Skip(ref reader);
            return LeafSources.None;
        }
        Expect(ref reader, JsonTokenType.StartObject, at, Object);
        var inputs = new List<SourceLocation>();
        SourceLocation? self = null, round1 = null, explanation = null, round2 = null;
        while (NextMember(ref reader))
        {
            if (Is(ref reader, "inputs"u8))
            {
                input.Next(ref reader);
                if (reader.TokenType == JsonTokenType.Null) continue;
                var list = at.Nested(".inputs");
                Expect(ref reader, JsonTokenType.StartArray, list, Array);
                var i = 0;
                while (input.Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (Place(ref reader, list, i++, sheets) is { } place) inputs.Add(place);
                }
            }
            else if (Is(ref reader, "self"u8)) self = NextPlace(ref reader, at.Nested(".self"), sheets);
            else if (Is(ref reader, "round1"u8)) round1 = NextPlace(ref reader, at.Nested(".round1"), sheets);
            else if (Is(ref reader, "explanation"u8)) explanation = NextPlace(ref reader, at.Nested(".explanation"), sheets);
            else if (Is(ref reader, "round2"u8)) round2 = NextPlace(ref reader, at.Nested(".round2"), sheets);
            else SkipValue(ref reader);
        }
        return new LeafSources(inputs, self, round1, explanation, round2);
    }

    private SourceLocation? NextPlace(ref Utf8JsonReader reader, JsonPath at, List<SourceLocation> sheets)
    {
        input.Next(ref reader);
        return Place(ref reader, at, -1, sheets);
    }

    /// <summary>A cell: a text against the unit's sheets (format 3), or an object with file, sheet and cell (format 2); a place without a file is left out.</summary>
    private SourceLocation? Place(ref Utf8JsonReader reader, JsonPath list, int item, List<SourceLocation> sheets)
    {
        var at = item < 0 ? list : new JsonPath(list.Item(item));
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            var path = at;
            string? placeFile = null, sheet = null, cell = null;
            while (NextMember(ref reader))
            {
                if (Is(ref reader, "file"u8)) placeFile = SharedTextValue(ref reader, path, ".file");
                else if (Is(ref reader, "sheet"u8)) sheet = SharedTextValue(ref reader, path, ".sheet");
                else if (Is(ref reader, "cell"u8)) cell = SharedTextValue(ref reader, path, ".cell");
                else SkipValue(ref reader);
            }
            return placeFile is null ? null : new SourceLocation(placeFile, sheet, cell);
        }
        if (reader.TokenType != JsonTokenType.String) throw new WrongTypeException(at.Self, _version == ResultsJsonWriter.PlacesFormatVersion ? Object : Text);
        var (index, at1) = ResultsPlace.Read(Shared(ref reader));
        if (index < sheets.Count) return sheets[index] with { Cell = at1 is null ? null : Share(at1) };
        Fail(at.Self, $"\"E11\" | \"1!E11\" ({sheets.Count} sheets)");
        return null;
    }

    /// <summary>An array of numbers read into <paramref name="numbers"/> (those beyond its length only checked); how many there are, null when the member is null.</summary>
    private int? NumbersInto(ref Utf8JsonReader reader, string at, decimal[] numbers)
    {
        input.Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null) return null;
        Expect(ref reader, JsonTokenType.StartArray, at, Array);
        var count = 0;
        while (input.Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
        {
            var value = reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number)
                ? number
                : throw new WrongTypeException($"{at}[{count}]", Number);
            if (count < numbers.Length) numbers[count] = value;
            count++;
        }
        return count;
    }

    private delegate T? Item<T>(ref Utf8JsonReader reader, JsonPath at);

    /// <summary>An array of objects read one by one; a JSON null item is reported and left out. Null when the member is null.</summary>
    private List<T>? Items<T>(ref Utf8JsonReader reader, JsonPath at, Item<T> item) where T : class
    {
        input.Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null) return null;
        var list = at.Self;
        Expect(ref reader, JsonTokenType.StartArray, list, Array);
        var items = new List<T>();
        var i = 0;
        while (input.Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
        {
            var path = new JsonPath(list, i++);
            if (reader.TokenType == JsonTokenType.Null)
            {
                Fail(path.Self, Object);
                continue;
            }
            Expect(ref reader, JsonTokenType.StartObject, path, Object);
            if (item(ref reader, path) is { } value) items.Add(value);
        }
        return items;
    }

    /// <summary>Moves to the next member's name; false at the end of the object.</summary>
    private bool NextMember(ref Utf8JsonReader reader) => input.Next(ref reader) && reader.TokenType == JsonTokenType.PropertyName;

    private static bool Is(ref Utf8JsonReader reader, ReadOnlySpan<byte> name) => reader.ValueTextEquals(name);

    private void SkipValue(ref Utf8JsonReader reader)
    {
        input.Next(ref reader);
        input.Skip(ref reader);
    }

    /// <summary>Reads past the end of the document: anything but the end of the file is a syntax error there.</summary>
    private void End(ref Utf8JsonReader reader)
    {
        input.Skip(ref reader);
        input.Next(ref reader);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string at, string expected)
    {
        if (reader.TokenType != type) throw new WrongTypeException(at, expected);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, JsonPath at, string expected)
    {
        if (reader.TokenType != type) throw new WrongTypeException(at.Self, expected);
    }

    private string? TextValue(ref Utf8JsonReader reader, JsonPath at, string member)
    {
        input.Next(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            _ => throw new WrongTypeException(at.Member(member), Text),
        };
    }

    /// <summary>A text that recurs across units (a file, a sheet, a cell), kept once.</summary>
    private string? SharedTextValue(ref Utf8JsonReader reader, JsonPath at, string member)
    {
        input.Next(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => Shared(ref reader),
            _ => throw new WrongTypeException(at.Member(member), Text),
        };
    }

    /// <summary>A leaf's text: read for <see cref="ResultsDetail.All"/>, only checked to be a text otherwise.</summary>
    private string? DetailTextValue(ref Utf8JsonReader reader, JsonPath at, string member)
    {
        input.Next(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => _details ? reader.GetString() : null,
            _ => throw new WrongTypeException(at.Member(member), Text),
        };
    }

    private int? WholeValue(ref Utf8JsonReader reader, JsonPath at, string member)
    {
        input.Next(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number when reader.TryGetInt32(out var value) => value,
            _ => throw new WrongTypeException(at.Member(member), Whole),
        };
    }

    private decimal? NumberValue(ref Utf8JsonReader reader, JsonPath at, string member)
    {
        input.Next(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number when reader.TryGetDecimal(out var value) => value,
            _ => throw new WrongTypeException(at.Member(member), Number),
        };
    }

    private bool? FlagValue(ref Utf8JsonReader reader, JsonPath at, string member)
    {
        input.Next(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw new WrongTypeException(at.Member(member), Flag),
        };
    }

    /// <summary>The text the reader is on, the same string each time it recurs (names of files, sheets, cells, options).</summary>
    private string Shared(ref Utf8JsonReader reader)
    {
        const int Longest = 256;
        if (reader.HasValueSequence || reader.ValueSpan.Length > Longest) return Share(reader.GetString()!);
        Span<char> chars = stackalloc char[Longest];
        var length = reader.CopyString(chars);
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars[..length], out var known)) return known;
        var text = new string(chars[..length]);
        _strings[text] = text;
        return text;
    }

    private string Share(string text)
    {
        if (_strings.TryGetValue(text, out var known)) return known;
        _strings[text] = text;
        return text;
    }

    /// <summary>The value; when null (missing or JSON null), reports it and returns null.</summary>
    private T Required<T>(T value, string at, string expected)
    {
        if (value is null) Fail(at, expected);
        return value;
    }

    private string? NotBlank(string? text, string at) => string.IsNullOrWhiteSpace(text) ? Fail<string>(at, Text) : text;

    private CriterionCode? Code(string? text, string at)
    {
        if (Required(text, at, Text) is not { } value) return null;
        if (CriterionCode.TryParse(value, out var code)) return code;
        _bag.Error("CW044", Where(at), value);
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

    private void Fail(string at, string expected) => _bag.Error("CW041", Where(at), at, expected);

    private T? Fail<T>(string at, string expected)
    {
        Fail(at, expected);
        return default;
    }

    private SourceLocation Where(string path) => new(file, null, path);

    /// <summary>A JSON path spelt out only when a message needs it: <c>$.groups[0].units[3]</c> is (<c>$.groups[0].units</c>, 3).</summary>
    private readonly record struct JsonPath(string Parent, int Index = -1, string Suffix = "")
    {
        public string Self => Index < 0 ? Parent + Suffix : $"{Parent}[{Index}]{Suffix}";

        /// <summary>A member of this value, the path still spelt out only on demand.</summary>
        public JsonPath Nested(string member) => this with { Suffix = Suffix + member };

        /// <summary>An item of this array, spelt out now (items of small arrays only).</summary>
        public string Item(int index) => $"{Self}[{index}]";

        public string Member(string member) => Self + member;
    }
}
