using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.IO.Forms;
using IndexScorer.IO.Frameworks;
using IndexScorer.Rules;
using IndexScorer.Text;
using IndexScorer.Units;

namespace IndexScorer.SampleMaker;

/// <summary>
/// Writes a complete synthetic campaign folder: campaign.json, roster.csv, filled forms (inputs, evidence,
/// N/A marks, bonus and penalty items), survey.csv and the council's appraisal workbook (rounds 1 and 2, explanations). Deterministic for a seed.
/// Every file says that its data are synthetic.
/// </summary>
internal sealed class SampleCampaignWriter(SampleCampaignSpec spec)
{
    public const string SyntheticNote = "Dữ liệu tổng hợp (synthetic) để minh họa, không phải số liệu thật của bất kỳ đơn vị nào.";

    /// <summary>Writes the campaign into samples/&lt;spec folder&gt; of the repository, or into <paramref name="folder"/>.</summary>
    public int Write(string root, string? folder = null)
    {
        var frameworkPath = Path.Combine(root, "frameworks", spec.FrameworkFile);
        var diagnostics = new DiagnosticBag();
        var framework = FrameworkWorkbookReader.Read(frameworkPath, spec.FrameworkFile, diagnostics);
        if (framework is null)
        {
            foreach (var d in diagnostics.Items) Console.Error.WriteLine(d);
            return 1;
        }
        var inRepository = folder is null;
        folder ??= Path.Combine(root, "samples", spec.FolderName);
        if (!inRepository)
        {
            // A campaign reads its framework only from a frameworks/ folder of it or above it: one beside the folder written.
            var frameworks = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder))!, "frameworks");
            Directory.CreateDirectory(frameworks);
            File.Copy(frameworkPath, Path.Combine(frameworks, spec.FrameworkFile), overwrite: true);
        }
        var forms = Path.Combine(folder, "forms");
        if (Directory.Exists(forms)) Directory.Delete(forms, recursive: true);
        Directory.CreateDirectory(forms);

        File.WriteAllText(Path.Combine(folder, "campaign.json"), $$"""
            {
              "year": {{spec.Year}},
              "framework": "{{Path.GetFileNameWithoutExtension(spec.FrameworkFile)}}",
              "roster": "roster.csv",
              "forms": "forms",
              "survey": "survey.csv",{{(spec.Previous is null ? "" : $"\n  \"previous\": \"{spec.Previous}\",")}}{{(spec.Report is null ? "" : $"\n  \"report\": {spec.Report},")}}
              "note": "{{spec.Note ?? SyntheticNote}}"
            }

            """, new UTF8Encoding(false));

        var roster = new StringBuilder();
        roster.AppendLine($"# {SyntheticNote}");
        roster.AppendLine("Mã đơn vị,Tên đơn vị,Nhóm");
        foreach (var unit in spec.Units)
        {
            // One name is written decomposed (NFD) on purpose: names typed in either Unicode form must match.
            var name = unit.Code == spec.NfdUnitCode ? unit.Name.Normalize(NormalizationForm.FormD) : unit.Name;
            roster.AppendLine($"{unit.Code},{name},{unit.GroupCode}");
        }
        File.WriteAllText(Path.Combine(folder, "roster.csv"), roster.ToString(), new UTF8Encoding(true));

        var survey = new StringBuilder();
        survey.AppendLine($"# {SyntheticNote}");
        survey.AppendLine("Mã đơn vị,Mã tiêu chí,Phương án,Số phiếu");
        var layouts = framework.Groups.ToDictionary(g => g.Code, FormLayout.For);
        var appraisal = new Dictionary<(string Unit, string Criterion), CouncilValues>();
        foreach (var unit in spec.Units)
        {
            var group = framework.FindGroup(unit.GroupCode)!;
            var profile = spec.ProfileOf(unit);
            var random = new Random(spec.Seed * 1000 + profile.Id);
            using var workbook = FormWriter.Build(framework, group, layouts[group.Code], unit, Language.Vietnamese);
            var sheet = workbook.Worksheet(1);
            sheet.Cell(6, 1).SetValue(SyntheticNote).Style.Font.SetItalic().Font.SetFontColor(XLColor.DarkRed);
            Fill(sheet, unit, group, layouts[group.Code], profile, random, appraisal);
            workbook.SaveAs(Path.Combine(forms, IO.Forms.FormWriter.FileName(unit.Code, spec.Year)));
            if (spec.SurveyGroups.Contains(group.Code)) AppendSurvey(survey, unit, group, profile, new Random(spec.Seed * 7 + profile.Id));
        }
        File.WriteAllText(Path.Combine(folder, "survey.csv"), survey.ToString(), new UTF8Encoding(true));
        if (WriteAppraisal(folder, appraisal) != 0) return 1;
        Console.WriteLine($"Wrote {folder}: {spec.Units.Count} units.");
        return 0;
    }

    /// <summary>What the council writes for one leaf of one unit.</summary>
    private sealed record CouncilValues(decimal Round1, string Note, string? Explanation, decimal? Round2);

    /// <summary>
    /// The council's work as an office runs it: the appraisal workbook made by the 'appraisal' command from the forms, then
    /// rounds 1 and 2 typed into it (never into the units' forms).
    /// </summary>
    private static int WriteAppraisal(string folder, Dictionary<(string Unit, string Criterion), CouncilValues> values)
    {
        var appraisalFolder = Path.Combine(folder, IO.Campaigns.CampaignFolder.AppraisalFolderName);
        if (Directory.Exists(appraisalFolder)) Directory.Delete(appraisalFolder, recursive: true);
        var run = new App.Appraisal.AppraisalRequest(folder).Run();
        if (!run.Succeeded)
        {
            foreach (var d in run.Diagnostics) Console.Error.WriteLine(run.Render(d));
            return 1;
        }
        var path = run.Value!.Files.Single();
        using (var workbook = new XLWorkbook(path))
        {
            foreach (var sheet in workbook.Worksheets.Where(w => w.Visibility == XLWorksheetVisibility.Visible))
            {
                foreach (var row in sheet.RowsUsed().Where(r => r.RowNumber() >= IO.Appraisal.AppraisalColumns.FirstContentRow))
                {
                    var key = (row.Cell(IO.Appraisal.AppraisalColumns.Unit).GetString(), row.Cell(IO.Appraisal.AppraisalColumns.Code).GetString());
                    if (!values.TryGetValue(key, out var council)) continue;
                    row.Cell(IO.Appraisal.AppraisalColumns.Round1).SetValue(council.Round1);
                    row.Cell(IO.Appraisal.AppraisalColumns.Round1Note).SetValue(council.Note);
                    if (council.Explanation is { } explanation) row.Cell(IO.Appraisal.AppraisalColumns.Explanation).SetValue(explanation);
                    if (council.Round2 is { } round2) row.Cell(IO.Appraisal.AppraisalColumns.Round2).SetValue(round2);
                }
            }
            workbook.SaveAs(path, new SaveOptions { EvaluateFormulasBeforeSaving = true });
        }
        return 0;
    }

    private void Fill(
        IXLWorksheet sheet, Unit unit, UnitGroup group, FormLayout layout, UnitProfile profile, Random random,
        Dictionary<(string Unit, string Criterion), CouncilValues> appraisal)
    {
        var evidenceNumber = 10 + profile.Id * 3;
        foreach (var row in layout.Rows.Where(r => r.Kind == FormRowKind.Leaf && r.Criterion!.Source == PointSource.SelfAssessment))
        {
            var leaf = row.Criterion!;
            var rule = leaf.Rule!;
            var r = row.Number;
            if (leaf.NotApplicable != NotApplicablePolicy.NotAllowed && random.NextDouble() < 0.12)
            {
                sheet.Cell(r, FormColumns.NotApplicable).SetValue(NotApplicableMarks.Item(Language.Vietnamese));
                sheet.Cell(r, FormColumns.Note).SetValue("Trong năm không phát sinh nhiệm vụ này.");
                continue;
            }
            var inputs = Inputs(rule, leaf, profile.Quality, random);
            for (var i = 0; i < inputs.Length; i++)
            {
                var cell = sheet.Cell(r + 1 + i, FormColumns.Input);
                if (inputs[i] is decimal number) cell.SetValue(number);
                else if (inputs[i] is bool yes) cell.SetValue(YesNoWords.Item(yes, Language.Vietnamese));
                else if (inputs[i] is string text) cell.SetValue(text);
            }
            sheet.Cell(r, FormColumns.Evidence).SetValue($"Văn bản số {evidenceNumber++}/BC-{profile.Tag} ngày {random.Next(1, 28)}/{random.Next(1, 12)}/{spec.Year}");

            var self = SelfPoints(rule, leaf, inputs);
            if (self is not { } points || points <= 0m || random.NextDouble() > spec.AppraisalCutRate) continue;
            var cut = Math.Min(points, Math.Max(0.25m, Math.Round(leaf.MaxPoints * 0.25m * 4m) / 4m));
            const string note = "Tài liệu kiểm chứng chưa thể hiện đầy đủ kết quả thực hiện.";
            appraisal[(unit.Code, leaf.Code.Value)] = random.NextDouble() < 0.4
                ? new CouncilValues(points - cut, note, $"Đơn vị bổ sung văn bản số {evidenceNumber++}/BC-{profile.Tag}.", points - cut / 2m)
                : new CouncilValues(points - cut, note, null, null);
        }
    }

    /// <summary>The points the engine will compute, so that appraisal cuts stay within 0 and the self score.</summary>
    private static decimal? SelfPoints(Rule rule, Criterion leaf, object?[] inputs)
    {
        var values = rule.Inputs.Select((input, i) => inputs[i] switch
        {
            decimal d => InputValue.Of(d),
            bool yes => InputValue.Of(yes),
            string s => InputValue.Of(s),
            _ => InputValue.Of(0m),
        }).ToArray();
        return rule.Evaluate(values, leaf.MaxPoints);
    }

    private static object?[] Inputs(Rule rule, Criterion leaf, double quality, Random random)
    {
        // In a penalty section "Có" or a count means a fault: good units rarely have one.
        if (leaf.Section == SectionKind.Penalty) quality = (1 - quality) * 0.6;
        double Jitter() => Math.Clamp(quality + (random.NextDouble() - 0.5) * 0.2, 0, 1);
        var values = new object?[rule.Inputs.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var input = rule.Inputs[i];
            values[i] = input.Kind switch
            {
                InputKind.Percent => Math.Round((decimal)(100 * Jitter()), 1),
                InputKind.Points => Math.Round(leaf.MaxPoints * (decimal)Jitter() * 4m) / 4m,
                InputKind.YesNo => random.NextDouble() < quality + 0.1,
                InputKind.Level => ((LevelsRule)rule).Levels.OrderByDescending(l => l.Points)
                    .ElementAt(Math.Min(input.Options.Count - 1, (int)((1 - Jitter()) * input.Options.Count))).Name,
                InputKind.Count when input == rule.ViolationOverride => quality < 0.7 && random.NextDouble() < 0.5 ? 1m : 0m,
                InputKind.Count when rule is DeductionRule => quality > 0.85 ? 0m : (decimal)random.Next(0, 3),
                InputKind.Count when rule is PerCountRule && leaf.Section == SectionKind.Penalty => quality < 0.1 ? 0m : (decimal)random.Next(0, 3),
                InputKind.Count when rule is PerCountRule => (decimal)random.Next(0, quality > 0.85 ? 5 : 2),
                _ => null,
            };
        }
        if (rule.Measure is { IsRatio: true })
        {
            var denominator = random.Next(40, 1200);
            // Good units settle everything on time; the rest a little less.
            var share = quality > 0.9 && random.NextDouble() < 0.6 ? 1.0 : Jitter() * 0.25 + 0.75;
            values[0] = (decimal)Math.Round(denominator * share);
            values[1] = (decimal)denominator;
        }
        return values;
    }

    private static void AppendSurvey(StringBuilder survey, Unit unit, UnitGroup group, UnitProfile profile, Random random)
    {
        foreach (var leaf in group.Leaves.Where(l => l.Source == PointSource.Survey))
        {
            var options = ((SurveyRule)leaf.Rule!).Options;
            var respondents = random.Next(30, 61);
            var weights = options.Select((o, i) => Math.Pow(profile.Quality, i == 0 ? 0.5 : i * 1.5) * (i == 0 ? 3 : 1)).ToArray();
            var total = weights.Sum();
            var left = respondents;
            for (var i = 0; i < options.Count; i++)
            {
                var count = i == options.Count - 1 ? left : Math.Min(left, (int)Math.Round(respondents * weights[i] / total));
                left -= count;
                survey.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{unit.Code},{leaf.Code.Value},{options[i].Name},{count}"));
            }
        }
    }
}
