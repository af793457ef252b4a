using IndexScorer.Diagnostics;
using IndexScorer.Rules;
using IndexScorer.Text;

namespace IndexScorer.Frameworks;

/// <summary>
/// Checks a <see cref="FrameworkDefinition"/> and builds the immutable <see cref="Framework"/>. Every
/// inconsistency becomes a diagnostic at its cell; the framework is returned only when there is no error.
/// </summary>
internal static class FrameworkCompiler
{
    /// <summary>Builds the framework, or null with the errors in <paramref name="diagnostics"/>.</summary>
    public static Framework? Compile(FrameworkDefinition definition, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        Require(definition.Id, diagnostics);
        Require(definition.Name, diagnostics);
        if (!int.TryParse(definition.Year.Text.Trim(), out var year) || year is < 2000 or > 2100)
            diagnostics.Error("FW020", definition.Year.Location, definition.Year.Text);
        var defaultPolicy = NotApplicablePolicy.NotAllowed;
        if (!definition.DefaultNotApplicable.IsBlank)
        {
            if (ParsePolicy(definition.DefaultNotApplicable.Text) is { } policy) defaultPolicy = policy;
            else diagnostics.Error("FW011", definition.DefaultNotApplicable.Location, definition.DefaultNotApplicable.Text);
        }

        if (definition.Groups.Count == 0) diagnostics.Error("FW021", null);
        var groups = new List<UnitGroup>();
        var seen = new HashSet<string>();
        foreach (var group in definition.Groups)
        {
            if (!seen.Add(TextKey.Of(group.Code.Text)))
            {
                diagnostics.Error("FW002", group.Code.Location, group.Code.Text);
                continue;
            }
            var bands = CompileBands(group.Code.Text, definition.Bands, diagnostics);
            if (CompileGroup(group, defaultPolicy, bands, diagnostics) is { } compiled) groups.Add(compiled);
        }

        if (diagnostics.ErrorCount > errorsBefore) return null;
        return new Framework(TextKey.Clean(definition.Id.Text), TextKey.Clean(definition.Name.Text), year,
            TextKey.Clean(definition.Version.Text), TextKey.Clean(definition.Note.Text), groups);
    }

    private static void Require(LocatedText cell, DiagnosticBag diagnostics)
    {
        if (cell.IsBlank) diagnostics.Error("FW019", cell.Location);
    }

    private static UnitGroup? CompileGroup(
        GroupDefinition group, NotApplicablePolicy defaultPolicy, IReadOnlyList<ClassificationBand> bands, DiagnosticBag diagnostics)
    {
        Require(group.Code, diagnostics);
        var nodes = new Dictionary<string, NodeDraft>();
        var order = new List<NodeDraft>();
        foreach (var row in group.Rows)
        {
            var codeCell = row[CriterionField.Code];
            if (!CriterionCode.TryParse(codeCell.Text, out var code))
            {
                diagnostics.Error("FW001", codeCell.Location, codeCell.Text);
                continue;
            }
            if (nodes.ContainsKey(code.Value))
            {
                diagnostics.Error("FW002", codeCell.Location, code.Value);
                continue;
            }
            var maxCell = row[CriterionField.MaxPoints];
            if (!NumberText.TryParse(maxCell, out var max) || max <= 0)
            {
                diagnostics.Error("FW005", maxCell.Location, code.Value, maxCell.Text);
                max = 0;
            }
            decimal? weight = null;
            var weightCell = row[CriterionField.Weight];
            if (!weightCell.IsBlank)
            {
                if (NumberText.TryParse(weightCell, out var w) && w > 0) weight = w;
                else diagnostics.Error("FW022", weightCell.Location, code.Value, weightCell.Text);
            }
            var draft = new NodeDraft(code, row, max, weight);
            nodes[code.Value] = draft;
            order.Add(draft);
        }

        var roots = new List<NodeDraft>();
        foreach (var node in order)
        {
            if (node.Code.Parent is not { } parent) roots.Add(node);
            else if (nodes.TryGetValue(parent.Value, out var p)) p.Children.Add(node);
            else diagnostics.Error("FW003", node.Row[CriterionField.Code].Location, node.Code.Value, parent.Value);
        }

        var sections = new List<Criterion>();
        foreach (var root in roots)
        {
            var sectionCell = root.Row[CriterionField.Section];
            var section = ParseSection(sectionCell.Text);
            if (section is null)
            {
                diagnostics.Error("FW023", sectionCell.Location, sectionCell.Text);
                continue;
            }
            if (section != SectionKind.Scored && roots.Count(r => ParseSection(r.Row[CriterionField.Section].Text) == section) > 1)
            {
                diagnostics.Error("FW024", sectionCell.Location, root.Code.Value);
                continue;
            }
            sections.Add(Build(root, section.Value, PointSource.SelfAssessment, defaultPolicy, "", diagnostics));
        }

        var fields = sections.Where(s => s.Section == SectionKind.Scored).ToArray();
        if (fields.Any(f => f.Weight is not null) && fields.Any(f => f.Weight is null))
            diagnostics.Error("FW012", group.Code.Location, group.Code.Text, string.Join(", ", fields.Where(f => f.Weight is null).Select(f => f.Code.Value)));
        var scale = fields.Sum(s => s.MaxPoints);
        if (!NumberText.TryParse(group.ScaleTotal, out var declared) || declared <= 0)
            diagnostics.Error("FW025", group.ScaleTotal.Location, group.Code.Text, group.ScaleTotal.Text);
        else if (declared != scale)
            diagnostics.Error("FW007", group.ScaleTotal.Location, group.Code.Text, NumberText.Format(declared), NumberText.Format(scale));

        var survey = SurveyPolicy.Required;
        if (!group.Survey.IsBlank)
        {
            var key = TextKey.Folded(group.Survey.Text);
            if (key is "khong bat buoc" or "tuy chon" or "optional") survey = SurveyPolicy.Optional;
            else if (key is not ("bat buoc" or "required")) diagnostics.Error("FW026", group.Survey.Location, group.Survey.Text);
        }

        var tieBreakers = new List<CriterionCode>();
        foreach (var part in group.TieBreakers.Text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (CriterionCode.TryParse(part, out var code) && nodes.ContainsKey(code.Value)) tieBreakers.Add(code);
            else diagnostics.Error("FW015", group.TieBreakers.Location, part, group.Code.Text);
        }
        if (bands.Count == 0) diagnostics.Error("FW027", group.Code.Location, group.Code.Text);

        return new UnitGroup(TextKey.Clean(group.Code.Text).ToUpperInvariant(), TextKey.Clean(group.Name.Text), sections, survey, bands, tieBreakers);
    }

    private static Criterion Build(
        NodeDraft node, SectionKind section, PointSource inheritedSource, NotApplicablePolicy inheritedPolicy, string inheritedBody, DiagnosticBag diagnostics)
    {
        var row = node.Row;
        // The appraising body named on a field holds for everything under it unless a row names another.
        var body = row[CriterionField.AppraisingBody].IsBlank ? inheritedBody : TextKey.Clean(row[CriterionField.AppraisingBody].Text);
        var sourceCell = row[CriterionField.Source];
        var source = inheritedSource;
        if (!sourceCell.IsBlank)
        {
            if (ParseSource(sourceCell.Text) is { } s) source = s;
            else diagnostics.Error("FW010", sourceCell.Location, sourceCell.Text);
        }
        var policyCell = row[CriterionField.NotApplicable];
        var policy = inheritedPolicy;
        if (!policyCell.IsBlank)
        {
            if (ParsePolicy(policyCell.Text) is { } p) policy = p;
            else diagnostics.Error("FW011", policyCell.Location, policyCell.Text);
        }
        if (node.Code.Parent is not null && !row[CriterionField.Section].IsBlank)
            diagnostics.Warning("FW028", row[CriterionField.Section].Location, node.Code.Value);

        var children = node.Children.Select(c => Build(c, section, source, policy, body, diagnostics)).ToArray();
        Rule? rule = null;
        var ruleCell = row[CriterionField.Rule];
        if (children.Length == 0)
        {
            if (ruleCell.IsBlank) diagnostics.Error("FW016", ruleCell.Location, node.Code.Value);
            else rule = ParseRule(node, ruleCell, source, diagnostics);
        }
        else
        {
            if (!ruleCell.IsBlank) diagnostics.Error("FW017", ruleCell.Location, node.Code.Value);
            CheckChildren(node, section, children, diagnostics);
        }

        var evidenceRequiredCell = row[CriterionField.EvidenceRequired];
        var evidenceRequired = source == PointSource.SelfAssessment && section == SectionKind.Scored;
        if (!evidenceRequiredCell.IsBlank)
        {
            if (YesNoWords.Read(evidenceRequiredCell.Text) is { } required) evidenceRequired = required;
            else diagnostics.Error("FW029", evidenceRequiredCell.Location, evidenceRequiredCell.Text);
        }

        return new Criterion(node.Code, TextKey.Clean(row[CriterionField.Title].Text), node.Max, node.Weight, children, rule,
            source, policy, section, TextKey.Clean(row[CriterionField.Guidance].Text), TextKey.Clean(row[CriterionField.Evidence].Text),
            evidenceRequired && children.Length == 0, body);
    }

    private static Rule? ParseRule(NodeDraft node, LocatedText ruleCell, PointSource source, DiagnosticBag diagnostics)
    {
        var parsed = RuleParser.Parse(ruleCell.Text);
        if (parsed.Rule is not { } rule)
        {
            diagnostics.Error("FW006", ruleCell.Location, node.Code.Value, new Message(parsed.ErrorCode!, parsed.ErrorArgs));
            return null;
        }
        if ((rule.Kind == RuleKind.Survey) != (source == PointSource.Survey))
            diagnostics.Error("FW013", ruleCell.Location, node.Code.Value);
        if (rule.HighestPoints is { } highest && node.Max > 0 && highest > node.Max)
            diagnostics.Error("FW014", ruleCell.Location, node.Code.Value, NumberText.Format(highest), NumberText.Format(node.Max));
        if (rule is LevelsRule levels) CheckLevelsFitAForm(node, levels, ruleCell, diagnostics);
        return rule;
    }

    /// <summary>The most characters a spreadsheet cell holds: a form offers each level whole from a cell.</summary>
    internal const int MaxLevelNameLength = 32_767;

    /// <summary>
    /// A form offers each level whole in a dropdown and reads a level typed in any case or without diacritics: two levels that
    /// are the same without diacritics could not be told apart (FW050), and a level longer than a cell or holding a control
    /// character cannot be written into one (FW051).
    /// </summary>
    private static void CheckLevelsFitAForm(NodeDraft node, LevelsRule rule, LocatedText ruleCell, DiagnosticBag diagnostics)
    {
        foreach (var pair in rule.Levels.GroupBy(l => TextKey.Folded(l.Name)).Where(g => g.Count() > 1))
            diagnostics.Error("FW050", ruleCell.Location, node.Code.Value, pair.First().Name, pair.Skip(1).First().Name);
        foreach (var level in rule.Levels)
        {
            if (level.Name.Length > MaxLevelNameLength)
                diagnostics.Error("FW051", ruleCell.Location, node.Code.Value, level.Name[..40] + "…", new Message("FW052", [level.Name.Length, MaxLevelNameLength]));
            else if (level.Name.Where(char.IsControl).Cast<char?>().FirstOrDefault() is { } c)
                diagnostics.Error("FW051", ruleCell.Location, node.Code.Value, level.Name, new Message("FW053", [$"U+{(int)c:X4}"]));
        }
    }

    private static void CheckChildren(NodeDraft node, SectionKind section, IReadOnlyList<Criterion> children, DiagnosticBag diagnostics)
    {
        var sum = children.Sum(c => c.MaxPoints);
        // A bonus or penalty section's own maximum is its cap, smaller than the sum of its items by design.
        var isCap = section != SectionKind.Scored && node.Code.Parent is null;
        if (!isCap && node.Max > 0 && sum != node.Max && children.All(c => c.MaxPoints > 0))
            diagnostics.Error("FW004", node.Row[CriterionField.MaxPoints].Location, node.Code.Value, NumberText.Format(node.Max),
                string.Join(", ", children.Select(c => c.Code.Value)), NumberText.Format(sum));
        var weighted = children.Count(c => c.Weight is not null);
        if (weighted != 0 && weighted != children.Count)
            diagnostics.Error("FW012", node.Row[CriterionField.Code].Location, node.Code.Value,
                string.Join(", ", children.Where(c => c.Weight is null).Select(c => c.Code.Value)));
    }

    private static IReadOnlyList<ClassificationBand> CompileBands(string groupCode, IReadOnlyList<BandDefinition> definitions, DiagnosticBag diagnostics)
    {
        var own = definitions.Where(b => TextKey.SameName(b.Group.Text, groupCode)).ToList();
        if (own.Count == 0) own = definitions.Where(b => b.Group.IsBlank).ToList();
        var bands = new List<(ClassificationBand Band, LocatedText Minimum)>();
        foreach (var band in own)
        {
            if (!NumberText.TryParse(band.Minimum, out var minimum) || minimum is < 0 or > 100)
                diagnostics.Error("FW030", band.Minimum.Location, band.Minimum.Text);
            else if (band.Label.IsBlank)
                diagnostics.Error("FW019", band.Label.Location);
            else
                bands.Add((new ClassificationBand(TextKey.Clean(band.Label.Text), minimum), band.Minimum));
        }
        bands.Sort((a, b) => b.Band.MinimumPercent.CompareTo(a.Band.MinimumPercent));
        if (bands.Count > 0 && bands[^1].Band.MinimumPercent != 0m)
            diagnostics.Error("FW018", bands[^1].Minimum.Location, groupCode, NumberText.Format(bands[^1].Band.MinimumPercent));
        return bands.Select(b => b.Band).ToArray();
    }

    private static SectionKind? ParseSection(string text) => TextKey.Folded(text) switch
    {
        "" or "cham diem" or "linh vuc" or "scored" or "field" => SectionKind.Scored,
        "thuong" or "diem thuong" or "bonus" => SectionKind.Bonus,
        "tru" or "diem tru" or "penalty" => SectionKind.Penalty,
        _ => null,
    };

    private static PointSource? ParseSource(string text) => TextKey.Folded(text) switch
    {
        "tu danh gia" or "tham dinh" or "tdg" or "self" or "self-assessment" or "appraisal" => PointSource.SelfAssessment,
        "dtxhh" or "dieu tra" or "dieu tra xa hoi hoc" or "khao sat" or "survey" => PointSource.Survey,
        _ => null,
    };

    private static NotApplicablePolicy? ParsePolicy(string text) => TextKey.Folded(text) switch
    {
        "du diem" or "tinh du diem" or "full" or "full points" => NotApplicablePolicy.FullPoints,
        "loai tru" or "loai khoi" or "exclude" or "excluded" => NotApplicablePolicy.Excluded,
        "khong" or "khong ap dung" or "not allowed" or "none" => NotApplicablePolicy.NotAllowed,
        _ => null,
    };

    private sealed class NodeDraft(CriterionCode code, CriterionRow row, decimal max, decimal? weight)
    {
        public CriterionCode Code { get; } = code;
        public CriterionRow Row { get; } = row;
        public decimal Max { get; } = max;
        public decimal? Weight { get; } = weight;
        public List<NodeDraft> Children { get; } = [];
    }
}
