using IndexScorer.App.Campaigns;
using IndexScorer.Text;

// Score a campaign folder (campaign.json, framework, roster, survey, forms, appraisal) and read the ranking.
var folder = args.Length > 0 ? args[0] : "samples/quan-minh-hoa-2024";
var run = new ScoreRequest(folder)
{
    Language = Language.English,
    OutputFolder = Path.Combine(Path.GetTempPath(), "indexscorer-example"),
}.Run();

// Every problem of the data at once (file, sheet, cell, what was expected and found); nothing is written while errors remain.
foreach (var diagnostic in run.Diagnostics) Console.WriteLine(run.Render(diagnostic));
if (!run.Succeeded) return 1;

foreach (var group in run.Value!.Groups)
{
    Console.WriteLine(group.Name);
    foreach (var unit in group.Units.OrderBy(u => u.Rank))
    {
        // Points and indices are decimals at full precision; round only to show them.
        Console.WriteLine($"  {unit.Rank,2}. {unit.Name}: {unit.IndexPercent:0.00} % ({unit.Band})");
    }
}
foreach (var file in run.Written) Console.WriteLine($"Written: {file}");
return 0;
