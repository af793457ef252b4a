using System.Globalization;
using IndexScorer.Frameworks;
using IndexScorer.Rules;
using IndexScorer.Text;

namespace IndexScorer.IO.Forms;

/// <summary>
/// Turns a leaf's rule into the Excel formula of its live "Điểm tự chấm" cell, so a unit sees its points
/// while typing. The engine never reads these results: it recomputes from the inputs (and a test checks
/// that LibreOffice's results agree with the engine's for forms in each language).
/// </summary>
internal static class ExcelFormulas
{
    /// <summary>The formula of a leaf's self-points cell in a form in <paramref name="language"/>; null for survey leaves (not on the form).</summary>
    public static string? ForLeaf(Criterion leaf, FormLayout layout, Language language)
    {
        var rule = leaf.Rule!;
        if (rule is SurveyRule) return null;
        var row = layout.RowOf(leaf).Number;
        var inputs = Enumerable.Range(1, rule.Inputs.Count).Select(i => $"{Col(FormColumns.Input)}{row + i}").ToArray();
        var max = $"{Col(FormColumns.Max)}{row}";
        var notApplicableValue = leaf.NotApplicable == NotApplicablePolicy.FullPoints ? max : "0";

        var own = rule switch
        {
            ManualRule => $"N({inputs[0]})",
            YesNoRule => $"IF({inputs[0]}=\"{YesNoWords.Item(true, language)}\",{max},0)",
            LevelsRule levels => Levels(levels, inputs[0]),
            ProportionalRule p => WithMeasure(p.Measure, inputs, notApplicableValue, pct => Proportional(p.Measure, max, pct)),
            TiersRule t => WithMeasure(t.Measure, inputs, notApplicableValue, pct => Tiers(t, pct)),
            DeductionRule d => $"MAX(0,{max}-N({inputs[0]})*{Num(d.PerCase)})",
            PerCountRule c => $"MIN({max},N({inputs[0]})*{Num(c.PerItem)})",
            BaseStepsRule b => WithMeasure(b.Measure, inputs, notApplicableValue, pct =>
                $"MIN({(b.Cap is { } cap ? $"MIN({Num(cap)},{max})" : max)},{Num(b.BasePoints)}+{Num(b.Step)}*IF({pct}<={Num(b.Threshold)},0,INT(({pct}-{Num(b.Threshold)})/{Num(b.Increment)})))"),
            _ => throw new InvalidOperationException($"No formula for rule kind {rule.Kind}."),
        };
        if (rule.ViolationOverride is not null) own = $"IF(N({inputs[^1]})>0,0,{own})";
        var mark = $"{Col(FormColumns.NotApplicable)}{row}";
        return $"IF({mark}<>\"\",{notApplicableValue},{own})";
    }

    /// <summary>The formula of a parent's points: the sum of its children's rows, capped for bonus and penalty sections.</summary>
    public static string ForParent(Criterion parent, FormLayout layout)
    {
        var sum = $"SUM({string.Join(",", parent.Children.Select(c => $"{Col(FormColumns.SelfPoints)}{layout.RowOf(c).Number}"))})";
        return parent.Section != SectionKind.Scored && parent.Code.Parent is null
            ? $"MIN({Col(FormColumns.Max)}{layout.RowOf(parent).Number},{sum})"
            : sum;
    }

    /// <summary>The total: scored fields plus bonus minus penalty.</summary>
    public static string ForTotal(UnitGroup group, FormLayout layout)
    {
        string Points(Criterion c) => $"{Col(FormColumns.SelfPoints)}{layout.RowOf(c).Number}";
        var formula = $"SUM({string.Join(",", group.Fields.Select(Points))})";
        if (group.Bonus is { } bonus) formula += $"+{Points(bonus)}";
        if (group.Penalty is { } penalty) formula += $"-{Points(penalty)}";
        return formula;
    }

    private static string WithMeasure(Measure measure, string[] inputs, string notApplicableValue, Func<string, string> body)
    {
        if (!measure.IsRatio) return body($"N({inputs[0]})");
        return $"IF(N({inputs[1]})=0,{notApplicableValue},{body($"(100*N({inputs[0]})/N({inputs[1]}))")})";
    }

    /// <summary>The share of the maximum; an achievement over its target earns the maximum, no more.</summary>
    private static string Proportional(Measure measure, string max, string percent) =>
        measure.IsAchievement ? $"MIN({max},{max}*{percent}/100)" : $"{max}*{percent}/100";

    private static string Levels(LevelsRule rule, string input) =>
        rule.Levels.Reverse().Aggregate("0", (rest, level) => $"IF({input}=\"{level.Name.Replace("\"", "\"\"")}\",{Num(level.Points)},{rest})");

    private static string Tiers(TiersRule rule, string percent) =>
        // Tiers are contiguous from 0: test lower bounds from the top tier down.
        rule.Tiers.Skip(1).Aggregate(Num(rule.Tiers[0].Points), (rest, tier) =>
            $"IF({percent}{(tier.Band.LowerInclusive ? ">=" : ">")}{Num(tier.Band.Lower)},{Num(tier.Points)},{rest})");

    private static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Col(int column) => ((char)('A' + column - 1)).ToString();
}
