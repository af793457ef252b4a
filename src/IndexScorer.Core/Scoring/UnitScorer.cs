using IndexScorer.Appraisal;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.Rules;
using IndexScorer.Text;

namespace IndexScorer.Scoring;

/// <summary>
/// Scores one unit: checks every entered value, recomputes the self score from the raw inputs, applies the
/// appraisal and the survey, the N/A policy, the bonus and penalty caps, rolls up and computes the index.
/// </summary>
internal static class UnitScorer
{
    /// <summary>Scores a submission; problems go to <paramref name="diagnostics"/> and the result is null when any is an error.</summary>
    /// <param name="group">The unit's group.</param>
    /// <param name="submission">The form as read.</param>
    /// <param name="survey">The unit's survey answers per criterion code and option; null when the group's survey is not in use.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="surveyFile">Where a missing survey answer is reported (the survey file).</param>
    public static UnitScore? Score(
        UnitGroup group, UnitSubmission submission, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>? survey,
        DiagnosticBag diagnostics, SourceLocation? surveyFile = null)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var entries = submission.Entries.ToDictionary(e => e.Code.Value);
        var leaves = new LeafScore[group.Leaves.Count];
        for (var i = 0; i < leaves.Length; i++)
        {
            var leaf = group.Leaves[i];
            leaves[i] = leaf.Source == PointSource.Survey
                ? ScoreSurveyLeaf(leaf, submission, survey, surveyFile, diagnostics)
                : entries.TryGetValue(leaf.Code.Value, out var entry)
                    ? ScoreSelfAssessedLeaf(leaf, entry, submission.Appraisal.GetValueOrDefault(leaf.Code.Value), diagnostics)
                    : Missing(leaf, submission, diagnostics);
        }
        if (diagnostics.ErrorCount > errorsBefore) return null;

        var nodes = new Dictionary<string, NodeTotal>();
        var effective = new Dictionary<string, NodeTotal>();
        foreach (var section in group.Sections) RollUp(section, group, leaves, nodes, effective);

        var bonus = group.Bonus is { } b ? Math.Min(b.MaxPoints, nodes[b.Code.Value].Points) : 0m;
        var penalty = group.Penalty is { } p ? Math.Min(p.MaxPoints, nodes[p.Code.Value].Points) : 0m;
        var scoredEffective = EffectiveOfFields(group, effective);
        var index = scoredEffective.MaxInUse == 0m ? 0m : 100m * (scoredEffective.Points + bonus - penalty) / scoredEffective.MaxInUse;
        return new UnitScore(submission.Unit, group, leaves, nodes, bonus, penalty, index)
        {
            WeightedFields = group.HasWeights ? Contributions(group.Fields, effective) : null,
        };
    }

    private static LeafScore Missing(Criterion leaf, UnitSubmission submission, DiagnosticBag diagnostics)
    {
        diagnostics.Error("SC001", submission.Origin, leaf.Code.Value);
        return Empty(leaf);
    }

    private static LeafScore Empty(Criterion leaf) => new(leaf, null, null, null, null, 0m, 0m, true, "", "", "", "");

    private static LeafScore ScoreSurveyLeaf(
        Criterion leaf, UnitSubmission submission, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>? survey,
        SourceLocation? surveyFile, DiagnosticBag diagnostics)
    {
        if (survey is null) return Empty(leaf);
        var rule = (SurveyRule)leaf.Rule!;
        if (!survey.TryGetValue(leaf.Code.Value, out var answers) || rule.EvaluateAnswers(answers, leaf.MaxPoints) is not { } points)
        {
            diagnostics.Error("SC002", surveyFile, submission.Unit.Code, leaf.Code.Value);
            return Empty(leaf);
        }
        return new LeafScore(leaf, null, null, null, points, points, leaf.MaxPoints, false, "", "", "", "");
    }

    private static LeafScore ScoreSelfAssessedLeaf(Criterion leaf, LeafEntry entry, LeafAppraisal? appraisal, DiagnosticBag diagnostics)
    {
        var rule = leaf.Rule!;
        var markedNotApplicable = !entry.NotApplicable.IsBlank && !entry.NotApplicable.Refused;
        if (markedNotApplicable && !NotApplicableMarks.IsMark(entry.NotApplicable.Text))
        {
            diagnostics.Error("SC018", entry.NotApplicable.Location, leaf.Code.Value, entry.NotApplicable.Text, NotApplicableMarks.Mark);
            markedNotApplicable = false;
        }
        if (markedNotApplicable && leaf.NotApplicable == NotApplicablePolicy.NotAllowed)
            diagnostics.Error("SC003", entry.NotApplicable.Location, leaf.Code.Value, entry.NotApplicable.Text);

        decimal? self = null;
        var notApplicable = markedNotApplicable;
        if (!markedNotApplicable)
        {
            var values = new InputValue[rule.Inputs.Count];
            var ok = true;
            for (var i = 0; i < values.Length; i++)
            {
                if (CheckInput(leaf, rule.Inputs[i], entry.Inputs[i], diagnostics) is { } value) values[i] = value;
                else ok = false;
            }
            if (ok && rule.Measure is { IsRatio: true, IsAchievement: false }
                && values[0].Number > values[1].Number)
            {
                diagnostics.Error("SC004", entry.Inputs[0].Location, leaf.Code.Value,
                    rule.Inputs[0].Prompt.MessageArgument, NumberText.Format(values[0].Number!.Value),
                    rule.Inputs[1].Prompt.MessageArgument, NumberText.Format(values[1].Number!.Value));
                ok = false;
            }
            if (ok)
            {
                self = rule.Evaluate(values, leaf.MaxPoints);
                notApplicable = self is null;
                // Only a ratio over zero cases yields no points; its denominator is the second input.
                if (notApplicable && leaf.NotApplicable == NotApplicablePolicy.NotAllowed)
                    diagnostics.Error("SC005", entry.Inputs[1].Location, leaf.Code.Value, rule.Inputs[1].Prompt.MessageArgument);
            }
        }

        if (!notApplicable && self is not null && leaf.EvidenceRequired && self > 0m && entry.Evidence.IsBlank)
            diagnostics.Error("SC006", entry.Evidence.Location, leaf.Code.Value);

        // The council's latest round counts; a criterion it did not appraise keeps the unit's self score (confirmed).
        var appraisal1 = appraisal is null ? null : CheckPoints(leaf, appraisal.Round1, diagnostics);
        var appraisal2 = appraisal is null ? null : CheckPoints(leaf, appraisal.Round2, diagnostics);
        var appraised = appraisal2 ?? appraisal1;

        decimal final, maxInUse = leaf.MaxPoints;
        if (appraised is { } a) final = a;
        else if (!notApplicable) final = self ?? 0m;
        else if (leaf.NotApplicable == NotApplicablePolicy.FullPoints) final = leaf.MaxPoints;
        else (final, maxInUse) = (0m, 0m);

        static SourceLocation? Given(LocatedText? cell) => cell is { IsBlank: false } ? cell.Location : null;
        var sources = new Results.LeafSources(notApplicable && markedNotApplicable ? [entry.NotApplicable.Location] : entry.Inputs.Select(i => i.Location).ToArray(),
            entry.SelfCell, Given(appraisal?.Round1), Given(appraisal?.Explanation), Given(appraisal?.Round2));
        return new LeafScore(leaf, notApplicable ? null : self, appraisal1, appraisal2, null, final, maxInUse, notApplicable,
            TextKey.Clean(entry.Evidence.Text), TextKey.Clean(entry.Note.Text), AppraisalNote(appraisal), TextKey.Clean(appraisal?.Explanation.Text ?? ""))
        {
            Sources = sources,
        };
    }

    /// <summary>The council's notes of both rounds, the later after the earlier.</summary>
    private static string AppraisalNote(LeafAppraisal? appraisal) => appraisal is null ? "" :
        string.Join(" | ", new[] { appraisal.Round1Note.Text, appraisal.Round2Note.Text }.Select(TextKey.Clean).Where(t => t.Length > 0));

    private static decimal? CheckPoints(Criterion leaf, LocatedText cell, DiagnosticBag diagnostics)
    {
        if (cell.IsBlank || cell.Refused) return null;
        var reading = NumberText.Read(cell, NumberField.Decimal);
        if (reading is { Alternative: { } thousands })
        {
            diagnostics.Error("SC022", cell.Location, leaf.Code.Value, TextKey.Clean(cell.Text), reading.Value.Value, thousands);
            return null;
        }
        if (reading is not { Value: var points })
        {
            diagnostics.Error("SC010", cell.Location, leaf.Code.Value, cell.Text);
            return null;
        }
        if (points < 0m || points > leaf.MaxPoints)
        {
            diagnostics.Error("SC011", cell.Location, leaf.Code.Value, NumberText.Format(points), NumberText.Format(leaf.MaxPoints));
            return null;
        }
        return points;
    }

    /// <summary>The largest figure a form may give (a count or an amount): far above any real one, far below where arithmetic overflows.</summary>
    internal const decimal MaxFigure = 1_000_000_000_000m;

    /// <summary>Checks one input cell against what the rule expects; null (with a diagnostic) when it is unusable.</summary>
    internal static InputValue? CheckInput(Criterion leaf, RuleInput input, LocatedText cell, DiagnosticBag diagnostics)
    {
        var code = leaf.Code.Value;
        if (cell.Refused) return null;
        if (cell.IsBlank)
        {
            // An empty violation, bonus or penalty count means none: units leave it blank when nothing happened.
            if (input.Kind == InputKind.Count && (leaf.Rule!.ViolationOverride == input || leaf.Section != SectionKind.Scored)) return InputValue.Of(0m);
            if (input.Kind == InputKind.YesNo && leaf.Section != SectionKind.Scored) return InputValue.Of(false);
            diagnostics.Error("SC012", cell.Location, code, input.Prompt.MessageArgument);
            return null;
        }
        var text = TextKey.Clean(cell.Text);
        switch (input.Kind)
        {
            case InputKind.YesNo:
                if (YesNoWords.Read(text) is { } yes) return InputValue.Of(yes);
                diagnostics.Error("SC013", cell.Location, code, YesNoWords.Either, text);
                return null;
            case InputKind.Level:
                var option = input.Options.FirstOrDefault(o => TextKey.SameName(o, text) || TextKey.Folded(o) == TextKey.Folded(text));
                if (option is not null) return InputValue.Of(option);
                diagnostics.Error("SC013", cell.Location, code, string.Join(" / ", input.Options), text);
                return null;
        }
        if (NumberText.Read(cell, input.Kind == InputKind.Count ? NumberField.Whole : NumberField.Decimal) is not { } reading)
        {
            diagnostics.Error("SC014", cell.Location, code, input.Prompt.MessageArgument, text);
            return null;
        }
        if (reading.Alternative is { } thousands)
        {
            diagnostics.Error("SC020", cell.Location, code, input.Prompt.MessageArgument, text, reading.Value, thousands);
            return null;
        }
        var (number, hadPercent) = (reading.Value, reading.HadPercent);
        if (number < 0m)
        {
            diagnostics.Error("SC015", cell.Location, code, input.Prompt.MessageArgument, NumberText.Format(number));
            return null;
        }
        if (number > MaxFigure)
        {
            diagnostics.Error("SC019", cell.Location, code, input.Prompt.MessageArgument, text, MaxFigure);
            return null;
        }
        switch (input.Kind)
        {
            case InputKind.Count when number != decimal.Truncate(number) || hadPercent:
                diagnostics.Error("SC016", cell.Location, code, input.Prompt.MessageArgument, text);
                return null;
            case InputKind.Amount when hadPercent:
                diagnostics.Error("SC021", cell.Location, code, input.Prompt.MessageArgument, text);
                return null;
            case InputKind.Percent when number > 100m:
                diagnostics.Error("SC017", cell.Location, code, input.Prompt.MessageArgument, NumberText.Format(number));
                return null;
            case InputKind.Points when number > leaf.MaxPoints:
                diagnostics.Error("SC011", cell.Location, code, NumberText.Format(number), NumberText.Format(leaf.MaxPoints));
                return null;
        }
        return InputValue.Of(number);
    }

    private static void RollUp(
        Criterion node, UnitGroup group, LeafScore[] leaves, Dictionary<string, NodeTotal> nodes, Dictionary<string, NodeTotal> effective)
    {
        if (node.IsLeaf)
        {
            var leaf = leaves[group.LeafIndexOf(node.Code)];
            nodes[node.Code.Value] = effective[node.Code.Value] = new NodeTotal(leaf.FinalPoints, leaf.MaxInUse);
            return;
        }
        foreach (var child in node.Children) RollUp(child, group, leaves, nodes, effective);
        nodes[node.Code.Value] = new NodeTotal(node.Children.Sum(c => nodes[c.Code.Value].Points), node.Children.Sum(c => nodes[c.Code.Value].MaxInUse));
        effective[node.Code.Value] = Combine(node.Children, effective);
    }

    private static NodeTotal EffectiveOfFields(UnitGroup group, Dictionary<string, NodeTotal> effective) =>
        Combine(group.Fields, effective);

    /// <summary>
    /// What each field adds to the index's points once weights are applied (<see cref="Combine"/>'s terms, one per field):
    /// they add up to the points the index is built from.
    /// </summary>
    private static decimal[] Contributions(IReadOnlyList<Criterion> fields, Dictionary<string, NodeTotal> effective)
    {
        var totals = fields.Select(f => (f.Weight, Total: effective[f.Code.Value])).ToArray();
        if (fields.All(f => f.Weight is null)) return [.. totals.Select(t => t.Total.Points)];
        var max = totals.Sum(t => t.Total.MaxInUse);
        var weightSum = totals.Where(t => t.Total.MaxInUse > 0m).Sum(t => t.Weight!.Value);
        return [.. totals.Select(t => t.Total.MaxInUse == 0m || weightSum == 0m ? 0m : max * (t.Weight!.Value * t.Total.Points / t.Total.MaxInUse) / weightSum)];
    }

    /// <summary>
    /// Sums children by their maxima (exact, as in the PAR INDEX), or, when they carry explicit weights,
    /// weighs each child's attainment and expresses the result in points of the maximum in use.
    /// </summary>
    private static NodeTotal Combine(IReadOnlyList<Criterion> children, Dictionary<string, NodeTotal> effective)
    {
        var totals = children.Select(c => (c.Weight, Total: effective[c.Code.Value])).ToArray();
        var max = totals.Sum(t => t.Total.MaxInUse);
        if (children.All(c => c.Weight is null)) return new NodeTotal(totals.Sum(t => t.Total.Points), max);
        var inUse = totals.Where(t => t.Total.MaxInUse > 0m).ToArray();
        var weightSum = inUse.Sum(t => t.Weight!.Value);
        if (weightSum == 0m) return new NodeTotal(0m, max);
        var attainment = inUse.Sum(t => t.Weight!.Value * t.Total.Points / t.Total.MaxInUse) / weightSum;
        return new NodeTotal(attainment * max, max);
    }
}
