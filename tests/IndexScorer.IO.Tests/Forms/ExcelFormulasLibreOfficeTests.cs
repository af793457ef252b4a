using System.Globalization;
using ClosedXML.Excel;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.IO.Forms;
using IndexScorer.IO.Frameworks;
using IndexScorer.Rules;
using IndexScorer.Scoring;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests.Forms;

/// <summary>
/// The live points of a form (Excel formulas generated from each rule) must agree with the engine. Forms are
/// filled with seeded values that hit every rule kind and its boundaries, recalculated by LibreOffice
/// headless, and LibreOffice's cached results are compared with the engine's points read back from the
/// very files LibreOffice saved. Forms in English are filled with the English yes/no items and N/A mark.
/// </summary>
[TestFixture]
[Category("LibreOffice")]
public sealed class ExcelFormulasLibreOfficeTests
{
    private const int Seed = 20240;
    private const double Tolerance = 1e-9;

    /// <summary>
    /// Rules the shipped framework does not use, written into a copy of it: tiers over a typed percentage,
    /// exclusive lower and inclusive upper bounds, base plus steps over a ratio with a cap below the maximum,
    /// and the violation override on levels, a typed percentage and manual points.
    /// </summary>
    private static readonly (string Code, string Rule)[] VariantRules =
    [
        ("7.1", "bậc [Số văn bản đi được ký số] / [Tổng số văn bản đi]: trên 95% = 3; từ 80% đến 95% = 2; từ 50% đến dưới 80% = 1; dưới 50% = 0"),
        ("7.2.1", "cơ bản [Số hồ sơ nộp trực tuyến toàn trình] / [Số hồ sơ tiếp nhận]: 1 đến 30%; +0,5 mỗi 10%; tối đa 2,5; vi phạm [Số sự cố mất an toàn] → 0"),
        ("5.2", "bậc [Tỷ lệ công chức được bồi dưỡng (%)]: từ 100% = 3; từ 80% đến dưới 100% = 2; từ 50% đến dưới 80% = 1; dưới 50% = 0"),
        ("1.3", "mức: Đa dạng, thường xuyên = 2; Đầy đủ = 1,5; Một phần = 0,5; Không thực hiện = 0; vi phạm [Số lần bị phê bình] → 0"),
        ("6.1", "tỷ lệ [Tỷ lệ giải ngân dự toán được giao (%)]; vi phạm [Số vụ vi phạm] → 0"),
        ("7.4", "nhập điểm; vi phạm [Số sự cố an toàn thông tin] → 0"),
        ("5.1", "tỷ lệ [Số công chức được bố trí] so với [Số công chức theo đề án]"),
    ];

    [Test]
    public void SelfPoints_RecalculatedByLibreOffice_EqualEnginePointsForEveryRow()
    {
        LibreOffice.RequireExecutable();
        using var temp = new TempFolder();
        var variantPath = temp.File("hanoi-quan-2024-bien-the.xlsx");
        File.Copy(Repo.FrameworkPath, variantPath);
        FrameworkCells.Edit(variantPath, "TC-PHONG", VariantRules.Select(r => (r.Code, "Quy tắc chấm", (object)r.Rule)).ToArray());
        var variantDiagnostics = new DiagnosticBag();
        var variant = FrameworkWorkbookReader.Read(variantPath, Path.GetFileName(variantPath), variantDiagnostics);
        Assert.That(variant, Is.Not.Null, string.Join("\n", variantDiagnostics.Items.Show()));

        var random = new Random(Seed);
        var written = new List<(string File, Framework Framework, UnitGroup Group)>();
        var kindsCovered = new HashSet<RuleKind>();
        // The variant only changes office rules: its ward forms would repeat the shipped ones. In English the ward forms
        // have every yes/no kind (scored, bonus, penalty) and the N/A mark.
        foreach (var (name, framework, groups, language) in new[]
        {
            ("khung", Repo.Framework, Repo.Framework.Groups, Language.Vietnamese),
            ("bien-the", variant!, [variant!.FindGroup("PHONG")!], Language.Vietnamese),
            ("english", Repo.Framework, [Repo.Framework.FindGroup("PHUONG")!], Language.English),
        })
        {
            foreach (var group in groups)
            {
                var leaves = group.Leaves.Where(l => l.Source == PointSource.SelfAssessment).ToArray();
                kindsCovered.UnionWith(leaves.Select(l => l.Rule!.Kind));
                var scenarios = leaves.ToDictionary(l => l, l => Scenarios(l, language));
                // Every scenario of every leaf appears at least once, plus a unit with every N/A mark, one with every violation, two random.
                var units = scenarios.Values.Max(s => s.Count) + 4;
                for (var u = 0; u < units; u++)
                {
                    using var form = FormFiller.Blank(framework, group.Code, $"{group.Code}{u:00}", $"Đơn vị thử {u}", language);
                    foreach (var leaf in leaves) Fill(form, leaf, u, units, scenarios[leaf], random);
                    written.Add((form.Save(temp.File("in", $"{name}-{group.Code}-{u:00}.xlsx")), framework, group));
                }
            }
        }
        Assert.That(kindsCovered, Is.SupersetOf(Enum.GetValues<RuleKind>().Where(k => k != RuleKind.Survey)), "the frameworks no longer cover every rule kind");

        var inputHashes = FileHashes.Of(temp.File("in"));
        LibreOffice.ConvertToXlsx(written.Select(w => w.File).ToList(), temp.File("out"));
        Assert.That(FileHashes.Of(temp.File("in")), Is.EqualTo(inputHashes), "LibreOffice changed an input file");

        var mismatches = new List<string>();
        var rowsCompared = 0;
        foreach (var (file, framework, group) in written)
        {
            var converted = temp.File("out", Path.GetFileName(file));
            var diagnostics = new DiagnosticBag();
            var submission = new FormReader(framework).Read(converted, Path.GetFileName(file), diagnostics);
            var score = submission is null ? null : UnitScorer.Score(group, submission, null, diagnostics);
            Assert.That(score, Is.Not.Null, $"{Path.GetFileName(file)} (saved by LibreOffice): {string.Join("\n", diagnostics.Items.Show())}");

            using var workbook = new XLWorkbook(converted);
            var sheet = workbook.Worksheet(1);
            foreach (var row in FormLayout.For(group).Rows.Where(r => r.Kind != FormRowKind.Input))
            {
                decimal expected;
                if (row.Kind == FormRowKind.Total) expected = score!.TotalPoints;
                // A bonus or penalty section shows its capped points, as the engine counts them.
                else if (row.Criterion == group.Bonus) expected = score!.Bonus;
                else if (row.Criterion == group.Penalty) expected = score!.Penalty;
                else if (row.Kind == FormRowKind.Parent) expected = score!.Total(row.Criterion!.Code).Points;
                else if (row.Criterion!.Source == PointSource.SelfAssessment) expected = score!.Leaves[group.LeafIndexOf(row.Criterion.Code)].FinalPoints;
                else continue;
                rowsCompared++;
                var cell = sheet.Cell(row.Number, FormColumns.SelfPoints);
                var cached = cell.CachedValue;
                if (cached is not double actual || Math.Abs(actual - (double)expected) > Tolerance)
                {
                    mismatches.Add($"{Path.GetFileName(file)} › {cell.Address}: {row.Criterion?.ToString() ?? "total"} " +
                        $"[{Inputs(sheet, row)}] LibreOffice {cached ?? "(empty)"}, engine {expected}; formula {cell.FormulaA1}");
                }
            }
        }
        Assert.That(rowsCompared, Is.GreaterThan(2000));
        Assert.That(mismatches, Is.Empty);
    }

    /// <summary>A percentage typed the Excel way: the number 0.875 formatted as a percentage (the form shows 87.5%).</summary>
    private sealed record PercentCell(double Fraction);

    /// <summary>A formula typed into an input cell (refused: its result is never trusted).</summary>
    private sealed record FormulaCell(string Formula);

    /// <summary>
    /// Every spelling the engine accepts (numbers typed as text with a decimal comma or point, spaces, a sign, "80%", a
    /// percentage cell; yes/no words in both languages, any case, without diacritics, as numbers and as TRUE/FALSE cells;
    /// levels in another case, without diacritics, decomposed, with extra spaces; every spelling of the N/A mark) fills a
    /// form of every rule kind; LibreOffice's points must equal the engine's leaf by leaf. Then every value the engine
    /// refuses, and every input left blank: the points cell shows "?" exactly where the engine reports a refusal, and stays
    /// blank exactly where it reports only a missing value; parents and totals are never a number then.
    /// </summary>
    [Test]
    public void SelfPoints_EveryAcceptedSpellingAndEveryRefusedValue_AgreeWithTheEngineLeafByLeaf()
    {
        LibreOffice.RequireExecutable();
        using var temp = new TempFolder();
        var variantPath = temp.File("hanoi-quan-2024-bien-the.xlsx");
        File.Copy(Repo.FrameworkPath, variantPath);
        FrameworkCells.Edit(variantPath, "TC-PHONG", VariantRules.Select(r => (r.Code, "Quy tắc chấm", (object)r.Rule)).ToArray());
        var variant = FrameworkWorkbookReader.Read(variantPath, Path.GetFileName(variantPath), new DiagnosticBag())!;

        var written = new List<(string File, Framework Framework, UnitGroup Group, bool Accepted)>();
        var spellingsUsed = 0;
        foreach (var (name, framework, group, language) in new[]
        {
            ("khung", Repo.Framework, Repo.Framework.FindGroup("PHUONG")!, Language.Vietnamese),
            ("khung", Repo.Framework, Repo.Framework.FindGroup("PHONG")!, Language.Vietnamese),
            ("bien-the", variant, variant.FindGroup("PHONG")!, Language.Vietnamese),
            ("english", Repo.Framework, Repo.Framework.FindGroup("PHUONG")!, Language.English),
        })
        {
            var leaves = group.Leaves.Where(l => l.Source == PointSource.SelfAssessment).ToArray();
            var accepted = leaves.ToDictionary(l => l, l => Spelled(l, Scenarios(l, language)));
            var units = Math.Max(accepted.Values.Max(s => s.Count), NotApplicableSpellings.Length);
            for (var u = 0; u < units; u++)
            {
                using var form = FormFiller.Blank(framework, group.Code, $"{group.Code}{u:00}", $"Đơn vị thử {u}", language);
                foreach (var leaf in leaves)
                {
                    var values = accepted[leaf][u % accepted[leaf].Count];
                    spellingsUsed += values.Length;
                    for (var i = 0; i < values.Length; i++) Type(form.InputCell(leaf.Code.Value, i), values[i]);
                    // One leaf in three that may be marked is marked, in turn with every spelling of the mark.
                    if (leaf.NotApplicable != NotApplicablePolicy.NotAllowed && (u + leaf.Code.Value.Length) % 3 == 0)
                        form.Set(form.LeafCell(leaf.Code.Value, FormColumns.NotApplicable), NotApplicableSpellings[u % NotApplicableSpellings.Length]);
                    form.Set(form.LeafCell(leaf.Code.Value, FormColumns.Evidence), FormFiller.EvidenceText);
                }
                written.Add((form.Save(temp.File("in", $"ok-{name}-{group.Code}-{u:00}.xlsx")), framework, group, true));
            }

            var refused = leaves.ToDictionary(l => l, Refusals);
            var refusedUnits = refused.Values.Max(r => r.Count);
            for (var u = 0; u <= refusedUnits; u++)
            {
                // The last one is a blank form: nothing typed at all.
                using var form = FormFiller.Blank(framework, group.Code, $"{group.Code}{u:00}", $"Đơn vị thử {u}", language);
                foreach (var leaf in leaves.Where(_ => u < refusedUnits))
                {
                    var (values, mark) = refused[leaf][u % refused[leaf].Count];
                    for (var i = 0; i < values.Length; i++) Type(form.InputCell(leaf.Code.Value, i), values[i]);
                    if (mark is not null) form.Set(form.LeafCell(leaf.Code.Value, FormColumns.NotApplicable), mark);
                    form.Set(form.LeafCell(leaf.Code.Value, FormColumns.Evidence), FormFiller.EvidenceText);
                }
                written.Add((form.Save(temp.File("in", $"no-{name}-{group.Code}-{u:00}.xlsx")), framework, group, false));
            }
        }

        LibreOffice.ConvertToXlsx(written.Select(w => w.File).ToList(), temp.File("out"));

        var mismatches = new List<string>();
        var (leavesCompared, leavesAgreeing, refusedShown, blankShown) = (0, 0, 0, 0);
        foreach (var (file, framework, group, accepted) in written)
        {
            var converted = temp.File("out", Path.GetFileName(file));
            var diagnostics = new DiagnosticBag();
            var submission = new FormReader(framework).Read(converted, Path.GetFileName(file), diagnostics);
            Assert.That(submission, Is.Not.Null, $"{Path.GetFileName(file)}: {string.Join("\n", diagnostics.Items.Show())}");
            var score = UnitScorer.Score(group, submission!, null, diagnostics);
            Assert.That(score is not null, Is.EqualTo(accepted), $"{Path.GetFileName(file)}: {string.Join("\n", diagnostics.Items.Show())}");

            using var workbook = new XLWorkbook(converted);
            var sheet = workbook.Worksheet(1);
            var layout = FormLayout.For(group);
            foreach (var row in layout.Rows.Where(r => r.Kind == FormRowKind.Leaf && r.Criterion!.Source == PointSource.SelfAssessment))
            {
                var leaf = row.Criterion!;
                var cell = sheet.Cell(row.Number, FormColumns.SelfPoints);
                var shown = cell.CachedValue;
                string expected;
                if (score is not null)
                {
                    expected = score.Leaves[group.LeafIndexOf(leaf.Code)].FinalPoints.ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    var cells = Enumerable.Range(0, leaf.Rule!.Inputs.Count + 1).Select(i => XLHelper.GetColumnLetterFromNumber(i == 0 ? FormColumns.NotApplicable : FormColumns.Input) + (row.Number + i)).ToHashSet();
                    var codes = diagnostics.Items.Where(d => d.Severity == Severity.Error && d.Location?.Cell is { } c && cells.Contains(c)).Select(d => d.Code).ToList();
                    // A leaf the engine did not complain about, in a form it refused, has no engine points to compare with.
                    if (codes.Count == 0) continue;
                    expected = codes.All(c => c == "SC012") ? "" : ExcelFormulas.Refused;
                }
                leavesCompared++;
                var agrees = shown switch
                {
                    double actual => decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e) && Math.Abs(actual - (double)e) <= Tolerance,
                    string text => text == expected,
                    null => expected.Length == 0,
                    _ => false,
                };
                if (agrees)
                {
                    leavesAgreeing++;
                    if (expected == ExcelFormulas.Refused) refusedShown++;
                    if (expected.Length == 0) blankShown++;
                }
                else
                {
                    mismatches.Add($"{Path.GetFileName(file)} › {cell.Address}: {leaf} [{Inputs(sheet, row)}] LibreOffice '{shown}', engine '{expected}'");
                }
            }
            var total = sheet.Cell(layout.Total.Number, FormColumns.SelfPoints).CachedValue;
            if (score is not null ? total is not double t || Math.Abs(t - (double)score.TotalPoints) > Tolerance : total is double)
                mismatches.Add($"{Path.GetFileName(file)}: total LibreOffice '{total}', engine {score?.TotalPoints.ToString() ?? "refused"}");
        }
        TestContext.Out.WriteLine($"Leaves agreeing / leaves compared: {leavesAgreeing} / {leavesCompared} ({refusedShown} refused shown as '?', {blankShown} missing shown blank; {spellingsUsed} accepted values typed)");
        Assert.That(mismatches, Is.Empty);
        Assert.That(refusedShown, Is.GreaterThan(100));
        Assert.That(blankShown, Is.GreaterThan(50));
    }

    private static readonly string[] NotApplicableSpellings = ["Không phát sinh", "không phát sinh", "KHONG PHAT SINH", "khong  phat sinh", "N/A", "n/a", "na", "x", "KPS", "Not applicable", " kps "];

    private static readonly string[] YesSpellings = ["Có", "có", "CÓ", "co", "Co", "x", "X", "1", "đã", "Da", "true", "TRUE", "đạt", "DAT", "yes", "Yes", " có ", "Co\u0301"];

    private static readonly string[] NoSpellings = ["Không", "không", "KHONG", "khong", "0", "chưa", "Chua", "false", "FALSE", "không đạt", "khong  dat", "no", "No", "Không\u00A0"];

    /// <summary>Each canonical scenario spelled in every accepted way of its kind, in turn.</summary>
    private static List<object?[]> Spelled(Criterion leaf, List<object?[]> scenarios)
    {
        var rule = leaf.Rule!;
        var spellings = new List<object?[]>();
        var variants = rule switch
        {
            YesNoRule => YesSpellings.Length + 1,
            LevelsRule => 6,
            _ => 8,
        };
        for (var v = 0; v < Math.Max(variants, scenarios.Count); v++)
        {
            var scenario = scenarios[v % scenarios.Count];
            spellings.Add([.. scenario.Select((value, i) => Spell(rule.Inputs[i].Kind, value, v))]);
        }
        return spellings;
    }

    private static object? Spell(InputKind kind, object? value, int v)
    {
        switch (kind)
        {
            case InputKind.YesNo:
                var yes = YesNoWords.Read(value as string) ?? false;
                var words = yes ? YesSpellings : NoSpellings;
                // TRUE/FALSE cells are left out: LibreOffice turns them into formulas (=TRUE()) as it opens a file, so it shows "?" for them.
                return (v % (words.Length + 1)) switch
                {
                    var i when i < words.Length => words[i],
                    _ => yes ? 1 : 0,
                };
            case InputKind.Level:
                var name = (string)value!;
                return (v % 6) switch
                {
                    0 => name,
                    1 => name.ToUpperInvariant(),
                    2 => name.ToLowerInvariant(),
                    3 => TextKey.Folded(name),
                    4 => name.Normalize(System.Text.NormalizationForm.FormD),
                    _ => "  " + name.Replace(" ", "  ") + " ",
                };
        }
        if (value is null) return null;
        var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        var comma = number.ToString(CultureInfo.InvariantCulture).Replace('.', ',');
        var point = number.ToString(CultureInfo.InvariantCulture);
        return (v % 9) switch
        {
            // Thousands grouped the Vietnamese way: a count reads 5.000 as five thousand (a decimal field would refuse it as ambiguous).
            8 => kind == InputKind.Count ? number.ToString("0", CultureInfo.InvariantCulture) + ".000" : point,
            0 => (object?)value,
            1 => comma,
            2 => point.Contains('.') && kind == InputKind.Percent && number is > 0m and < 1m ? comma : point,
            3 => $" {comma} ",
            4 => kind == InputKind.Percent ? comma + "%" : "+" + point,
            5 => kind == InputKind.Percent ? new PercentCell((double)number / 100) : comma + (point.Contains('.') ? "" : ",0"),
            6 => kind == InputKind.Percent ? point + " %" : $"\u00A0{point}",
            _ => comma.Length > 1 ? comma[..1] + " " + comma[1..] : comma,
        };
    }

    /// <summary>Values the engine refuses for the leaf's inputs (or an N/A mark it refuses), and inputs left blank.</summary>
    private static List<(object?[] Values, string? Mark)> Refusals(Criterion leaf)
    {
        var rule = leaf.Rule!;
        var own = rule.Inputs.Count - (rule.ViolationOverride is null ? 0 : 1);
        var list = new List<(object?[], string?)>();
        object?[] With(int index, object? bad, object? others)
        {
            var values = new object?[rule.Inputs.Count];
            for (var i = 0; i < own; i++) values[i] = i == index ? bad : others;
            return values;
        }
        var kind = rule.Inputs[0].Kind;
        object? good = kind switch
        {
            InputKind.YesNo => "Có",
            InputKind.Level => rule.Inputs[0].Options[0],
            _ => 1,
        };
        IEnumerable<object?> bad = kind switch
        {
            InputKind.YesNo => ["có lẽ", 2, "Có Không", new FormulaCell("1=1")],
            InputKind.Level => ["nửa vời", rule.Inputs[0].Options[0].Split(',')[0] + (rule.Inputs[0].Options[0].Contains(',') ? "" : " thêm"), 1, new FormulaCell("\"" + rule.Inputs[0].Options[0].Replace("\"", "\"\"") + "\"")],
            InputKind.Count => ["abc", -1, "12,5", 2.5, "12%", "1,2,3", "1.2.3", new FormulaCell("1+1"), true, 1e13, "1e3", "--1"],
            // "87,500" and "1.250": a lone separator before three digits reads two ways in a decimal field, and is refused.
            InputKind.Percent => [101, "101%", -5, "-5", 0.5, "0.5", "abc", "5%%", new FormulaCell("50"), false, "87,500"],
            _ => [(double)leaf.MaxPoints + 0.25, -0.5, "abc", "1,2,5", new FormulaCell("0"), true, "1.250"],
        };
        list.AddRange(bad.Select(b => (With(0, b, good), (string?)null)));
        for (var i = 1; i < own; i++) list.Add((With(i, "abc", good), null));
        if (rule.Measure is { IsRatio: true }) list.Add(([5, 4, .. new object?[rule.Inputs.Count - 2]], null));
        list.Add((With(0, null, good), null));
        if (rule.ViolationOverride is not null) list.Add(([.. With(0, good, good)[..^1], "abc"], null));
        list.Add((With(0, good, good), "có lẽ"));
        list.Add((With(0, "abc", good), "Không phát sinh"));
        return list;
    }

    private static void Type(IXLCell cell, object? value)
    {
        switch (value)
        {
            case PercentCell p:
                cell.SetValue(p.Fraction);
                cell.Style.NumberFormat.Format = "0.00%";
                break;
            case FormulaCell f:
                cell.FormulaA1 = f.Formula;
                break;
            case bool b:
                cell.SetValue(b);
                break;
            case null:
                cell.Clear(XLClearOptions.Contents);
                break;
            case string text:
                cell.SetValue(text);
                break;
            default:
                cell.SetValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string Inputs(IXLWorksheet sheet, FormRow row)
    {
        if (row.Kind != FormRowKind.Leaf) return string.Empty;
        var count = row.Criterion!.Rule!.Inputs.Count;
        var marks = sheet.Cell(row.Number, FormColumns.NotApplicable).GetString();
        return string.Join("; ", Enumerable.Range(1, count).Select(i => sheet.Cell(row.Number + i, FormColumns.Input).CachedValue?.ToString() ?? ""))
            + (marks.Length > 0 ? $"; N/A '{marks}'" : "");
    }

    private static void Fill(FormFiller form, Criterion leaf, int unit, int units, IReadOnlyList<object?[]> scenarios, Random random)
    {
        var rule = leaf.Rule!;
        var markAll = unit == units - 1;
        var violateAll = unit == units - 2;
        var own = unit < units - 4 ? scenarios[unit % scenarios.Count] : RandomValues(leaf, random, form.Language);
        for (var i = 0; i < own.Length; i++) form.Set(form.InputCell(leaf.Code.Value, i), own[i]);
        if (rule.ViolationOverride is not null)
            form.Set(form.InputCell(leaf.Code.Value, rule.Inputs.Count - 1), violateAll ? 1 : unit % 3 == 0 ? 0 : unit % 3 == 1 ? null : (object)0);
        if (markAll && leaf.NotApplicable != NotApplicablePolicy.NotAllowed)
            form.MarkNotApplicable(leaf.Code.Value);
        form.Set(form.LeafCell(leaf.Code.Value, FormColumns.Evidence), FormFiller.EvidenceText);
    }

    /// <summary>The rule's own inputs (without the violation count) for every boundary worth checking.</summary>
    private static List<object?[]> Scenarios(Criterion leaf, Language language)
    {
        var rule = leaf.Rule!;
        var max = leaf.MaxPoints;
        var list = new List<object?[]>();
        var naAllowed = leaf.NotApplicable != NotApplicablePolicy.NotAllowed;
        switch (rule)
        {
            case YesNoRule:
                list.Add([YesNoWords.Item(true, language)]);
                list.Add([YesNoWords.Item(false, language)]);
                break;
            case LevelsRule levels:
                list.AddRange(levels.Levels.Select(l => new object?[] { l.Name }));
                break;
            case ManualRule:
                list.Add([0]);
                list.Add([max]);
                list.Add([max / 2]);
                list.Add([0.25]);
                break;
            case DeductionRule d:
                var toZero = (int)Math.Ceiling(max / d.PerCase);
                list.AddRange(new[] { 0, 1, toZero - 1, toZero, toZero + 3 }.Where(n => n >= 0).Select(n => new object?[] { n }));
                break;
            case PerCountRule c:
                var toCap = (int)Math.Ceiling(max / c.PerItem);
                list.AddRange(new[] { 0, 1, toCap - 1, toCap, toCap + 2 }.Where(n => n >= 0).Select(n => new object?[] { n }));
                list.Add([null]);
                break;
            case TiersRule t:
                list.AddRange(Measured(t.Measure, t.Tiers.Select(x => x.Band.Lower).Where(l => l > 0m), naAllowed));
                break;
            case ProportionalRule p:
                list.AddRange(Measured(p.Measure, [50m, 33.33m], naAllowed));
                list.Add(p.Measure.IsRatio ? [1, 3] : [66.67]);
                break;
            case BaseStepsRule b:
                var points = new List<decimal> { b.Threshold, b.Threshold + b.Increment, b.Threshold + 2 * b.Increment, b.Threshold + b.Increment / 2 };
                for (var x = b.Threshold; x <= 100m; x += b.Increment) points.Add(x);
                list.AddRange(Measured(b.Measure, points.Where(x => x <= 100m).Distinct(), naAllowed));
                break;
            default:
                throw new InvalidOperationException($"No scenarios for {rule.Kind}; add them.");
        }
        return list;
    }

    /// <summary>A measure at 0%, 100%, each edge exactly and just below it (79.99% from 7999/10000), and over zero cases when allowed.</summary>
    private static IEnumerable<object?[]> Measured(Measure measure, IEnumerable<decimal> edges, bool notApplicableAllowed)
    {
        if (!measure.IsRatio)
        {
            yield return [0];
            yield return [100];
            foreach (var edge in edges)
            {
                yield return [edge];
                if (edge >= 0.01m) yield return [edge - 0.01m];
                if (edge <= 99.99m) yield return [edge + 0.01m];
            }
            yield break;
        }
        yield return [0, 10];
        yield return [10, 10];
        yield return [8, 10];
        yield return [1, 1];
        foreach (var edge in edges)
        {
            var hundredths = (int)(edge * 100);
            yield return [hundredths, 10000];
            if (hundredths > 0) yield return [hundredths - 1, 10000];
            if (hundredths < 10000) yield return [hundredths + 1, 10000];
        }
        if (notApplicableAllowed) yield return [0, 0];
        if (!measure.IsAchievement) yield break;
        // An achievement against a target may exceed 100 %, and its inputs are amounts with decimals.
        yield return [14, 12];
        yield return [4825.5, 4800];
        yield return [4799.5, 4800];
    }

    private static object?[] RandomValues(Criterion leaf, Random random, Language language)
    {
        var rule = leaf.Rule!;
        var max = (double)leaf.MaxPoints;
        return rule switch
        {
            YesNoRule => [YesNoWords.Item(random.Next(2) == 0, language)],
            LevelsRule levels => [levels.Levels[random.Next(levels.Levels.Count)].Name],
            ManualRule => [Math.Round(random.NextDouble() * max, 2)],
            DeductionRule or PerCountRule => [random.Next(0, 12)],
            TiersRule { Measure: var m } => RandomMeasure(m, random),
            ProportionalRule { Measure: var m } => RandomMeasure(m, random),
            BaseStepsRule { Measure: var m } => RandomMeasure(m, random),
            _ => throw new InvalidOperationException($"No random values for {rule.Kind}."),
        };
    }

    private static object?[] RandomMeasure(Measure measure, Random random)
    {
        // A bare number between 0 and 1 in a percentage cell is ambiguous and refused (FM008): only accepted values are compared.
        if (!measure.IsRatio) return [Math.Round(1 + random.NextDouble() * 99, 2)];
        var denominator = random.Next(1, 60000);
        return [random.Next(0, measure.IsAchievement ? 2 * denominator : denominator + 1), denominator];
    }
}
