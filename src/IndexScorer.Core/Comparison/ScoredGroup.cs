using IndexScorer.Frameworks;

namespace IndexScorer.Comparison;

/// <summary>One unit group's criteria tree and ranked units in one year.</summary>
public sealed class ScoredGroup
{
    private readonly Dictionary<string, CriterionSummary> _byCode;

    /// <summary>Creates the group; <paramref name="criteria"/> is the whole tree in framework order, <paramref name="units"/> in rank order.</summary>
    public ScoredGroup(string code, string name, bool surveyInUse, IReadOnlyList<CriterionSummary> criteria, IReadOnlyList<ScoredUnit> units)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Name = name;
        SurveyInUse = surveyInUse;
        Criteria = criteria;
        Units = units;
        _byCode = criteria.ToDictionary(c => c.Code.Value);
    }

    /// <summary>The group's code, e.g. PHONG.</summary>
    public string Code { get; }

    /// <summary>The group's name.</summary>
    public string Name { get; }

    /// <summary>False when the group's optional survey was not run.</summary>
    public bool SurveyInUse { get; }

    /// <summary>Every node of the tree in framework order.</summary>
    public IReadOnlyList<CriterionSummary> Criteria { get; }

    /// <summary>The scored fields.</summary>
    public IEnumerable<CriterionSummary> Fields => Criteria.Where(c => c.IsField);

    /// <summary>The units in rank order.</summary>
    public IReadOnlyList<ScoredUnit> Units { get; }

    /// <summary>The node with that code, or null.</summary>
    public CriterionSummary? Find(CriterionCode code) => _byCode.GetValueOrDefault(code.Value);

    /// <summary>The leaves of scored fields under <paramref name="code"/> (the node itself when it is one).</summary>
    public IEnumerable<CriterionSummary> ScoredLeavesUnder(CriterionCode code) =>
        Criteria.Where(c => c.IsLeaf && c.Section == SectionKind.Scored && code.Contains(c.Code));
}
