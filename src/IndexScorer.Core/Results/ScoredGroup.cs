using IndexScorer.Frameworks;

namespace IndexScorer.Results;

/// <summary>One unit group in one year: its criteria tree, its classification bands and its ranked units.</summary>
public sealed class ScoredGroup
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <summary>Creates the group.</summary>
    /// <param name="code">The group's code; not blank.</param>
    /// <param name="name">The group's name.</param>
    /// <param name="surveyInUse">False when the group's optional survey was not run and the appraisal was rescaled to 100.</param>
    /// <param name="criteria">The whole tree in framework order, each code once.</param>
    /// <param name="bands">The classification bands, highest minimum first.</param>
    /// <param name="units">The units in rank order, each with one result per node of <paramref name="criteria"/>, in the same order.</param>
    public ScoredGroup(
        string code, string name, bool surveyInUse, IReadOnlyList<CriterionSummary> criteria, IReadOnlyList<ClassificationBand> bands,
        IReadOnlyList<ScoredUnit> units)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        for (var i = 0; i < criteria.Count; i++)
        {
            if (!_index.TryAdd(criteria[i].Code.Value, i)) throw new ArgumentException($"Criterion {criteria[i].Code} is listed twice.", nameof(criteria));
        }
        foreach (var unit in units)
        {
            if (!Follows(unit.Criteria, criteria)) throw new ArgumentException($"Unit {unit.Code}'s results do not follow the group's criteria.", nameof(units));
        }
        Code = code;
        Name = name;
        SurveyInUse = surveyInUse;
        Criteria = criteria;
        Bands = bands;
        Units = units;
        Fields = criteria.Where(c => c.IsField).ToArray();
        Bonus = criteria.FirstOrDefault(c => c.Code.Depth == 1 && c.Section == SectionKind.Bonus);
        Penalty = criteria.FirstOrDefault(c => c.Code.Depth == 1 && c.Section == SectionKind.Penalty);
        SurveyMaximum = criteria.Where(c => c.IsLeaf && c.Section == SectionKind.Scored && c.Source == PointSource.Survey).Sum(c => c.MaxPoints);
    }

    /// <summary>True when the results are one per node of the tree, in its order (a plain loop: it runs for every node of every unit).</summary>
    private static bool Follows(IReadOnlyList<CriterionResult> results, IReadOnlyList<CriterionSummary> criteria)
    {
        if (results.Count != criteria.Count) return false;
        if (results is PointsOnlyResults points && ReferenceEquals(points.Tree, criteria)) return true;
        for (var i = 0; i < criteria.Count; i++)
        {
            if (!ReferenceEquals(results[i].Criterion, criteria[i]) && !Equals(results[i].Criterion, criteria[i])) return false;
        }
        return true;
    }

    /// <summary>The group's code, e.g. PHONG.</summary>
    public string Code { get; }

    /// <summary>The group's name.</summary>
    public string Name { get; }

    /// <summary>False when the group's optional survey was not run and the appraisal was rescaled to 100.</summary>
    public bool SurveyInUse { get; }

    /// <summary>Every node of the tree in framework order (depth first).</summary>
    public IReadOnlyList<CriterionSummary> Criteria { get; }

    /// <summary>The classification bands, highest minimum first; empty when the group has none.</summary>
    public IReadOnlyList<ClassificationBand> Bands { get; }

    /// <summary>The units in rank order.</summary>
    public IReadOnlyList<ScoredUnit> Units { get; }

    /// <summary>The scored fields (lĩnh vực), in framework order.</summary>
    public IReadOnlyList<CriterionSummary> Fields { get; }

    /// <summary>The bonus section (điểm thưởng), if any; its maximum is the cap.</summary>
    public CriterionSummary? Bonus { get; }

    /// <summary>The penalty section (điểm trừ), if any; its maximum is the cap.</summary>
    public CriterionSummary? Penalty { get; }

    /// <summary>The part of the scale measured by the survey.</summary>
    public decimal SurveyMaximum { get; }

    /// <summary>The position of a node in <see cref="Criteria"/> (and in every unit's results), or -1.</summary>
    public int IndexOf(CriterionCode code) => _index.GetValueOrDefault(code.Value, -1);

    /// <summary>The node with that code, or null.</summary>
    public CriterionSummary? Find(CriterionCode code) => _index.TryGetValue(code.Value, out var i) ? Criteria[i] : null;

    /// <summary>A unit's (of this group) values on the node with that code, or null when the tree has no such code.</summary>
    public CriterionResult? ResultOf(ScoredUnit unit, CriterionCode code) => _index.TryGetValue(code.Value, out var i) ? unit.Criteria[i] : null;

    /// <summary>The leaves of scored fields under <paramref name="code"/> (the node itself when it is one).</summary>
    public IEnumerable<CriterionSummary> ScoredLeavesUnder(CriterionCode code) =>
        Criteria.Where(c => c.IsLeaf && c.Section == SectionKind.Scored && code.Contains(c.Code));
}
