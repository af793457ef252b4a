using System.Globalization;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.IO.Frameworks;
using IndexScorer.Rules;

namespace IndexScorer.SampleMaker;

/// <summary>
/// The `frameworks` verb: writes the illustrative framework workbooks, loads each back through the real
/// reader and compiler, prints every diagnostic and a one-line summary per group. Exit 1 on any error.
/// </summary>
internal static class FrameworksCommand
{
    /// <summary>What the 2024 and 2023 office frameworks must contain (the published Hanoi office framework's size).</summary>
    private static readonly (string Group, int Fields, int Criteria, int SubCriteria, decimal Scale, decimal Survey) ExpectedOffices =
        ("PHONG", 7, 29, 22, 100m, 30m);

    public static int Run(string[] args)
    {
        string outDir;
        if (args.Length > 0)
        {
            outDir = Path.GetFullPath(args[0]);
        }
        else if (RepoPaths.FindRoot() is { } root)
        {
            outDir = Path.Combine(root, "frameworks");
        }
        else
        {
            Console.Error.WriteLine($"Cannot find {RepoPaths.SolutionFile} above {Directory.GetCurrentDirectory()}; give the output folder.");
            return 2;
        }

        var failed = false;
        foreach (var content in new[] { FrameworkContent2024.Build(), FrameworkContent2023.Build(), FrameworkContent2025.Build() })
        {
            var path = Path.Combine(outDir, content.Id + ".xlsx");
            FrameworkWorkbookWriter.Write(content, path);
            Console.WriteLine($"wrote {path}");
            failed |= !Check(path);
        }
        return failed ? 1 : 0;
    }

    /// <summary>Loads the workbook as the tool would and prints diagnostics and per-group summaries.</summary>
    private static bool Check(string path)
    {
        var bag = new DiagnosticBag();
        var framework = FrameworkWorkbookReader.Read(path, Path.GetFileName(path), bag);
        foreach (var d in bag.Items) Console.WriteLine($"  {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d}");
        if (framework is null || bag.HasErrors)
        {
            Console.Error.WriteLine($"  {Path.GetFileName(path)}: {bag.ErrorCount} error(s)");
            return false;
        }

        var ok = true;
        var kinds = new HashSet<RuleKind>();
        var policies = new HashSet<NotApplicablePolicy>();
        var violationOverrides = 0;
        foreach (var group in framework.Groups)
        {
            var scored = group.Fields.SelectMany(f => f.SelfAndDescendants()).ToList();
            var level2 = scored.Count(c => c.Code.Depth == 2);
            var level3 = scored.Count(c => c.Code.Depth == 3);
            var leaves = scored.Count(c => c.IsLeaf);
            var extras = group.Leaves.Count - leaves;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {framework.Id} {group.Code}: {group.Fields.Count} fields, {level2} criteria (level 2), {level3} sub-criteria (level 3), " +
                $"{leaves} scored leaves (+{extras} bonus/penalty items), scale {group.ScaleTotal}, survey max {group.SurveyMaximum} ({group.SurveyPolicy}), " +
                $"bonus cap {group.Bonus?.MaxPoints.ToString(CultureInfo.InvariantCulture) ?? "-"}, penalty cap {group.Penalty?.MaxPoints.ToString(CultureInfo.InvariantCulture) ?? "-"}, " +
                $"tie-breakers [{string.Join(", ", group.TieBreakers)}], bands {string.Join("/", group.Bands.Select(b => $"{b.Label}≥{b.MinimumPercent}"))}"));

            foreach (var leaf in group.Leaves)
            {
                kinds.Add(leaf.Rule!.Kind);
                policies.Add(leaf.NotApplicable);
                if (leaf.Rule.ViolationOverride is not null) violationOverrides++;
            }

            if (group.Code == ExpectedOffices.Group)
            {
                var e = ExpectedOffices;
                if (group.Fields.Count != e.Fields || level2 != e.Criteria || level3 != e.SubCriteria || group.ScaleTotal != e.Scale || group.SurveyMaximum != e.Survey)
                {
                    Console.Error.WriteLine($"  {group.Code}: expected {e.Fields} / {e.Criteria} / {e.SubCriteria}, scale {e.Scale}, survey {e.Survey}");
                    ok = false;
                }
            }
        }

        var missing = Enum.GetValues<RuleKind>().Where(k => !kinds.Contains(k)).ToList();
        Console.WriteLine($"  rule kinds: {string.Join(", ", kinds.Order())}; 'vi phạm → 0' overrides: {violationOverrides}; N/A policies: {string.Join(", ", policies.Order())}");
        if (missing.Count > 0 || violationOverrides == 0 || !policies.Contains(NotApplicablePolicy.FullPoints) || !policies.Contains(NotApplicablePolicy.Excluded))
        {
            Console.Error.WriteLine($"  {framework.Id}: not every rule kind / override / N/A policy is illustrated (missing: {string.Join(", ", missing)})");
            ok = false;
        }
        return ok;
    }
}
