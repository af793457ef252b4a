using IndexScorer.IO.Workbooks;
using System.Globalization;
using IndexScorer.Frameworks;
using IndexScorer.Rules;
using IndexScorer.Scoring;
using IndexScorer.Text;

namespace IndexScorer.IO.Forms;

/// <summary>
/// Turns a leaf's rule into the Excel formulas of its form, so a unit sees while typing what the engine will count. Two
/// stages, as in the engine: each typed cell has a <em>reading</em> on the hidden sheet <see cref="FormLists"/> (what the
/// engine reads from it, as <c>UnitScorer.CheckInput</c> and the form reader do: numbers typed as text, yes/no words and
/// levels in any case or without diacritics, the N/A mark's spellings; <c>""</c> when blank, <c>"?"</c> when refused), and
/// the live points are computed from readings only: blank while an input is missing, <c>"?"</c> while one is refused, and
/// parents and the total likewise until every leaf under them has points. Only functions that both Excel (2013 on) and
/// LibreOffice evaluate are used (no dynamic arrays, no LET). The engine never reads these results: it recomputes from
/// the inputs, and a test recalculates filled forms in LibreOffice and compares leaf by leaf.
/// </summary>
internal static class ExcelFormulas
{
    /// <summary>What a points cell shows while an input is refused.</summary>
    public const string Refused = "?";

    /// <summary>The formula of a leaf's self-points cell; null for survey leaves (not on the form).</summary>
    public static string? ForLeaf(Criterion leaf, FormLayout layout)
    {
        var rule = leaf.Rule!;
        if (rule is SurveyRule) return null;
        var row = layout.RowOf(leaf).Number;
        var inputs = Enumerable.Range(1, rule.Inputs.Count).Select(i => FormLists.ReadingOf(row + i)).ToArray();
        var max = $"{Col(FormColumns.Max)}{row}";
        var refusedWhenNotApplicable = leaf.NotApplicable == NotApplicablePolicy.NotAllowed;
        var notApplicableValue = refusedWhenNotApplicable ? Quoted(Refused) : leaf.NotApplicable == NotApplicablePolicy.FullPoints ? max : "0";

        var own = rule switch
        {
            ManualRule => inputs[0],
            YesNoRule => $"IF({inputs[0]}=1,{max},0)",
            LevelsRule levels => $"CHOOSE({inputs[0]},{string.Join(",", levels.Levels.Select(l => Num(l.Points)))})",
            ProportionalRule p => WithMeasure(p.Measure, inputs, notApplicableValue, pct => Proportional(p.Measure, max, pct)),
            TiersRule t => WithMeasure(t.Measure, inputs, notApplicableValue, pct => Tiers(t, pct)),
            DeductionRule d => $"MAX(0,{max}-{inputs[0]}*{Num(d.PerCase)})",
            PerCountRule c => $"MIN({max},{inputs[0]}*{Num(c.PerItem)})",
            BaseStepsRule b => WithMeasure(b.Measure, inputs, notApplicableValue, pct =>
                $"MIN({(b.Cap is { } cap ? $"MIN({Num(cap)},{max})" : max)},{Num(b.BasePoints)}+{Num(b.Step)}*IF({pct}<={Num(b.Threshold)},0,INT(({pct}-{Num(b.Threshold)})/{Num(b.Increment)})))"),
            _ => throw new InvalidOperationException($"No formula for rule kind {rule.Kind}."),
        };
        if (rule.ViolationOverride is not null) own = $"IF({inputs[^1]}>0,0,{own})";
        // As the engine: a part cannot exceed its whole (checked before the violation count).
        if (rule.Measure is { IsRatio: true, IsAchievement: false }) own = $"IF({inputs[0]}>{inputs[1]},{Quoted(Refused)},{own})";
        var checkedInputs = $"IF(OR({string.Join(",", inputs.Select(i => $"{i}={Quoted(Refused)}"))}),{Quoted(Refused)}," +
            $"IF(OR({string.Join(",", inputs.Select(i => $"{i}=\"\""))}),\"\",{own}))";
        var mark = FormLists.ReadingOf(row);
        return $"IF({mark}={Quoted(Refused)},{Quoted(Refused)},IF({mark}=1,{notApplicableValue},{checkedInputs}))";
    }

    /// <summary>
    /// The formula of a parent's points: the sum of its children's rows (capped for bonus and penalty sections), blank while
    /// a child is blank and "?" while a child is refused. Survey leaves (not on the form) are left out.
    /// </summary>
    public static string ForParent(Criterion parent, FormLayout layout)
    {
        var children = parent.Children.Where(c => !(c.IsLeaf && c.Source == PointSource.Survey))
            .Select(c => $"{Col(FormColumns.SelfPoints)}{layout.RowOf(c).Number}").ToArray();
        if (children.Length == 0) return "0";
        var sum = $"SUM({string.Join(",", children)})";
        if (parent.Section != SectionKind.Scored && parent.Code.Parent is null) sum = $"MIN({Col(FormColumns.Max)}{layout.RowOf(parent).Number},{sum})";
        return Complete(children, sum);
    }

    /// <summary>The total: scored fields plus bonus minus penalty; blank or "?" until every part has points.</summary>
    public static string ForTotal(UnitGroup group, FormLayout layout)
    {
        string Points(Criterion c) => $"{Col(FormColumns.SelfPoints)}{layout.RowOf(c).Number}";
        var parts = group.Fields.Select(Points).ToList();
        var formula = $"SUM({string.Join(",", parts)})";
        if (group.Bonus is { } bonus)
        {
            formula += $"+{Points(bonus)}";
            parts.Add(Points(bonus));
        }
        if (group.Penalty is { } penalty)
        {
            formula += $"-{Points(penalty)}";
            parts.Add(Points(penalty));
        }
        return Complete(parts, formula);
    }

    /// <summary>"?" when a part is refused, blank when a part has no points yet, else <paramref name="formula"/>.</summary>
    private static string Complete(IReadOnlyCollection<string> parts, string formula) =>
        $"IF(OR({string.Join(",", parts.Select(p => $"{p}={Quoted(Refused)}"))}),{Quoted(Refused)}," +
        $"IF(AND({string.Join(",", parts.Select(p => $"ISNUMBER({p})"))}),{formula},\"\"))";

    private static string WithMeasure(Measure measure, string[] inputs, string notApplicableValue, Func<string, string> body)
    {
        if (!measure.IsRatio) return body(inputs[0]);
        return $"IF({inputs[1]}=0,{notApplicableValue},{body($"(100*{inputs[0]}/{inputs[1]})")})";
    }

    /// <summary>The share of the maximum; an achievement over its target earns the maximum, no more.</summary>
    private static string Proportional(Measure measure, string max, string percent) =>
        measure.IsAchievement ? $"MIN({max},{max}*{percent}/100)" : $"{max}*{percent}/100";

    private static string Tiers(TiersRule rule, string percent) =>
        // Tiers are contiguous from 0: test lower bounds from the top tier down.
        rule.Tiers.Skip(1).Aggregate(Num(rule.Tiers[0].Points), (rest, tier) =>
            $"IF({percent}{(tier.Band.LowerInclusive ? ">=" : ">")}{Num(tier.Band.Lower)},{Num(tier.Points)},{rest})");

    // ---- Readings: what the engine reads from a typed cell (see FormLists). ----

    /// <summary>
    /// The formulas of the hidden row that reads a typed cell (<paramref name="cell"/>, a reference to the form sheet), by
    /// column of <see cref="FormLists"/>; <paramref name="levelKeys"/> are the cells holding the levels' folded keys.
    /// </summary>
    public static IReadOnlyDictionary<int, string> ReadingOfInput(RuleInput input, Criterion leaf, string cell, int row, IReadOnlyList<string> levelKeys)
    {
        // Blank counts the engine takes as none: a violation count, and counts and answers of bonus and penalty items.
        var blankIsNone = leaf.Section != SectionKind.Scored || leaf.Rule!.ViolationOverride == input;
        switch (input.Kind)
        {
            case InputKind.YesNo:
                var answer = $"IF(ISLOGICAL({cell}),IF({cell},1,0),IF({Key(row)}=\"\",{(leaf.Section != SectionKind.Scored ? "0" : "\"\"")}," +
                    $"IF({AnyOf(row, YesNoWords.FoldedKeys(true))},1,IF({AnyOf(row, YesNoWords.FoldedKeys(false))},0,{Quoted(Refused)}))))";
                return Words(cell, row, answer);
            case InputKind.Level:
                var position = levelKeys.Select((key, i) => (key, i)).Reverse()
                    .Aggregate(Quoted(Refused), (rest, k) => $"IF({Key(row)}={k.key},{k.i + 1},{rest})");
                return Words(cell, row, $"IF({Key(row)}=\"\",\"\",{position})");
            case InputKind.Count or InputKind.Percent or InputKind.Points or InputKind.Amount:
                return Number(input.Kind, leaf.MaxPoints, cell, row, blankIsNone && input.Kind == InputKind.Count);
            default:
                throw new InvalidOperationException($"No reading for input kind {input.Kind}.");
        }
    }

    /// <summary>The hidden row that reads a leaf's N/A cell: 1 for the mark (any spelling), 0 when blank, "?" otherwise.</summary>
    public static IReadOnlyDictionary<int, string> ReadingOfNotApplicable(string cell, int row) =>
        Words(cell, row, $"IF(ISLOGICAL({cell}),{Quoted(Refused)},IF({Key(row)}=\"\",0,IF({AnyOf(row, NotApplicableMarks.FoldedKeys)},1,{Quoted(Refused)})))");

    private static string Key(int row) => $"{Col(FormLists.Step2)}{row}";

    private static string AnyOf(int row, IEnumerable<string> keys) =>
        $"OR({string.Join(",", keys.Order(StringComparer.Ordinal).Select(k => $"{Key(row)}={Quoted(k)}"))})";

    /// <summary>A word's reading: the text folded in two steps (Excel allows 64 nested functions), then <paramref name="reading"/> of the key.</summary>
    private static Dictionary<int, string> Words(string cell, int row, string reading) => new()
    {
        [FormLists.Step1] = Substituted($"LOWER(TRIM({Cleaned(cell, " ")}))", FoldStep1),
        [FormLists.Step2] = Substituted($"{Col(FormLists.Step1)}{row}", FoldStep2),
        [FormLists.Reading] = Guarded(cell, reading),
    };

    /// <summary>
    /// A number's reading, as the engine's number parser: white space ignored, a comma or point (at most one; before exactly
    /// three digits it groups thousands in a count and is refused as ambiguous elsewhere; two or more marks show "?"), a
    /// leading sign, a trailing %; a number cell as it is, except a percentage cell formatted % (87.5 % for 0.875) and a bare
    /// number between 0 and 1 there (refused as ambiguous); a date refused. Then the kind's range.
    /// </summary>
    private static Dictionary<int, string> Number(InputKind kind, decimal max, string cell, int row, bool blankIsNone)
    {
        string C(int column) => $"{Col(column)}{row}";
        var (text, core, digits) = (C(FormLists.Step1), C(FormLists.Step2), C(FormLists.Step3));
        var point = $"FIND(\".\",{digits}&\".\")";
        var sign = $"IF(LEFT({core},1)=\"-\",-1,1)";
        var plain = $"{sign}*(IF({point}=1,0,VALUE(LEFT({digits},{point}-1)))" +
            $"+IF({point}>=LEN({digits}),0,VALUE(MID({digits},{point}+1,LEN({digits})))/10^(LEN({digits})-{point})))";
        // One separator before exactly three digits after one to three (2.000, 1,234): thousands in a whole number, two
        // readings in a decimal one (refused, as the engine's NumberText.Read does).
        var grouped = $"AND(LEN({digits})-{point}=3,{point}>=2,{point}<=4,LEFT({digits},1)<>\"0\")";
        var single = kind == InputKind.Count
            ? $"IF({grouped},{sign}*VALUE(SUBSTITUTE({digits},\".\",\"\")),{plain})"
            : $"IF({grouped},{Quoted(Refused)},{plain})";
        var parsed = $"IF(AND(LEN({digits})-LEN(SUBSTITUTE({digits},\".\",\"\"))<=1,LEN(SUBSTITUTE({digits},\".\",\"\"))>0," +
            $"{Substituted($"SUBSTITUTE({digits},\".\",\"\")", Enumerable.Range(0, 10).Select(d => (d.ToString(CultureInfo.InvariantCulture), "")))}=\"\")," +
            $"{single},{Quoted(Refused)})";
        var p = C(FormLists.Parsed);
        var numberCell = kind == InputKind.Percent
            ? $"IF(LEFT(CELL(\"format\",{cell}),1)=\"P\",{cell}*100,IF(AND({cell}>0,{cell}<1),{Quoted(Refused)},{cell}))"
            : cell;
        // A text the reader takes for an invariant number (no comma, no %) between 0 and 1 is as ambiguous as a bare number.
        var textCell = kind == InputKind.Percent
            ? $"IF(AND(ISERROR(FIND(\",\",{text})),ISERROR(FIND(\"%\",{text})),ISNUMBER({p})),IF(AND({p}>0,{p}<1),{Quoted(Refused)},{p}),{p})"
            : p;
        var v = C(FormLists.Value);
        var hadPercent = $"AND(NOT(ISNUMBER({cell})),RIGHT({text},1)=\"%\")";
        var inRange = kind switch
        {
            InputKind.Count => $"IF(OR({hadPercent},{v}<>INT({v})),{Quoted(Refused)},{v})",
            InputKind.Percent => $"IF({v}>100,{Quoted(Refused)},{v})",
            InputKind.Amount => v,
            _ => $"IF({v}>{Num(max)},{Quoted(Refused)},{v})",
        };
        var reading = $"IF(ISLOGICAL({cell}),{Quoted(Refused)},IF(AND(NOT(ISNUMBER({cell})),{text}=\"\"),{(blankIsNone ? "0" : "\"\"")}," +
            $"IF({v}={Quoted(Refused)},{Quoted(Refused)},IF(OR({v}<0,{v}>{Num(UnitScorer.MaxFigure)}),{Quoted(Refused)},{inRange}))))";
        return new()
        {
            [FormLists.Step1] = $"SUBSTITUTE({Cleaned(cell, "")},\" \",\"\")",
            [FormLists.Step2] = $"IF(RIGHT({text},1)=\"%\",LEFT({text},LEN({text})-1),{text})",
            [FormLists.Step3] = $"SUBSTITUTE(IF(OR(LEFT({core},1)=\"+\",LEFT({core},1)=\"-\"),MID({core},2,LEN({core})),{core}),\",\",\".\")",
            [FormLists.Parsed] = $"IFERROR({parsed},{Quoted(Refused)})",
            [FormLists.Value] = $"IFERROR(IF(ISNUMBER({cell}),IF(LEFT(CELL(\"format\",{cell}),1)=\"D\",{Quoted(Refused)},{numberCell}),{textCell}),{Quoted(Refused)})",
            [FormLists.Reading] = Guarded(cell, reading),
        };
    }

    /// <summary>A formula in a typed cell is refused (its result is never trusted), and so is anything that errs.</summary>
    private static string Guarded(string cell, string reading) => $"IFERROR(IF(_xlfn.ISFORMULA({cell}),{Quoted(Refused)},{reading}),{Quoted(Refused)})";

    /// <summary>The cell's text with line breaks, tabs and no-break spaces replaced by <paramref name="space"/>.</summary>
    private static string Cleaned(string cell, string space) =>
        Substituted($"{cell}&\"\"", [("\u00A0", space), ("CHAR(10)", space), ("CHAR(13)", space), ("CHAR(9)", space)]);

    private static string Substituted(string text, IEnumerable<(string From, string To)> pairs) =>
        pairs.Aggregate(text, (inner, p) => $"SUBSTITUTE({inner},{(p.From.StartsWith("CHAR(", StringComparison.Ordinal) ? p.From : Quoted(p.From))},{Quoted(p.To)})");

    /// <summary>Lower-case letters with diacritics and their base letter, first half (a, e, i, đ): <see cref="TextKey.Folded"/> in Excel.</summary>
    internal static readonly (string From, string To)[] FoldStep1 = Fold(("àáảãạăằắẳẵặâầấẩẫậäå", "a"), ("èéẻẽẹêềếểễệë", "e"), ("ìíỉĩịîï", "i"), ("đ", "d"));

    /// <summary>Second half (o, u, y, c, n, and combining marks typed apart, as in decomposed text).</summary>
    internal static readonly (string From, string To)[] FoldStep2 = Fold(
        ("òóỏõọôồốổỗộơờớởỡợö", "o"), ("ùúủũụưừứửữựûü", "u"), ("ỳýỷỹỵÿ", "y"), ("ç", "c"), ("ñ", "n"),
        ("\u0300\u0301\u0302\u0303\u0306\u0308\u0309\u030A\u031B\u0323\u0327", ""));

    private static (string From, string To)[] Fold(params (string Letters, string To)[] groups) =>
        [.. groups.SelectMany(g => g.Letters.Select(c => (c.ToString(), g.To)))];

    private static string Quoted(string text) => $"\"{text.Replace("\"", "\"\"")}\"";

    private static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The letters of column <paramref name="column"/> (1 = A, 27 = AA).</summary>
    internal static string Col(int column) => XlsxSheet.ColumnName(column);
}
