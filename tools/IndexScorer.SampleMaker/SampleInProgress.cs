using System.Security.Cryptography;
using System.Text;
using ClosedXML.Excel;
using IndexScorer.App.Appraisal;
using IndexScorer.Diagnostics;
using IndexScorer.Frameworks;
using IndexScorer.IO.Appraisal;
using IndexScorer.IO.Campaigns;
using IndexScorer.IO.EvidenceFolders;
using IndexScorer.IO.Explanations;
using IndexScorer.IO.Forms;

namespace IndexScorer.SampleMaker;

/// <summary>
/// The 2024 district campaign caught in the middle of round 2 (samples/quan-minh-hoa-2024-dang-cham): the same synthetic forms
/// except one late ward (no form yet), the council's workbook made by 'appraisal' with round 1 typed as the finished sample
/// has it, the sealed explanation files made by 'explain', three of them sent back filled (explanations/), carried into the
/// council's workbook by 'appraisal', and round 2 typed for those three. One ward cites a file kept in its evidence folder.
/// Every number is synthetic; so is the office key (derived from the folder's name, so the sample is the same each time).
/// </summary>
internal static class SampleInProgress
{
    public const string Folder = "quan-minh-hoa-2024-dang-cham";
    public const string LateUnit = "PH13";
    public const string EvidenceUnit = "PH01";
    public const string EvidenceFile = "bao-cao-cchc-2024.txt";

    public static int Write(string root)
    {
        var source = Path.Combine(root, "samples", "quan-minh-hoa-2024");
        var folder = Path.Combine(root, "samples", Folder);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "campaign.json"), $$"""
            {
              "year": 2024,
              "framework": "hanoi-quan-2024",
              "roster": "roster.csv",
              "forms": "forms",
              "survey": "survey.csv",
              "note": "{{SampleCampaignWriter.SyntheticNote}} Đợt đánh giá đang ở vòng 2: {{LateUnit}} chưa nộp biểu mẫu; khóa văn phòng (.indexscorer/office.key) cũng là khóa minh họa."
            }

            """, new UTF8Encoding(false));
        foreach (var file in new[] { "roster.csv", "survey.csv" }) File.Copy(Path.Combine(source, file), Path.Combine(folder, file));
        Directory.CreateDirectory(Path.Combine(folder, "forms"));
        foreach (var form in Directory.GetFiles(Path.Combine(source, "forms")).Where(f => !Path.GetFileName(f).StartsWith(LateUnit, StringComparison.Ordinal)))
            File.Copy(form, Path.Combine(folder, "forms", Path.GetFileName(form)));

        var diagnostics = new DiagnosticBag();
        var campaign = CampaignFolder.Load(folder, diagnostics);
        if (campaign is null) return Fail(diagnostics.Items.Select(d => d.ToString()));
        CiteEvidenceFile(folder, campaign.Framework);
        var finished = campaign.AppraisalPaths.Count == 0
            ? Directory.GetFiles(Path.Combine(source, "appraisal"), "*.xlsx")
                .SelectMany(p => AppraisalWorkbookReader.Read(p, Path.GetFileName(p), campaign.Framework, diagnostics)?.Lines ?? [])
                .ToDictionary(l => (l.UnitCode, l.CriterionCode))
            : throw new InvalidOperationException("A fresh folder has no appraisal workbook.");

        // Round 1, typed by the council into the workbook 'appraisal' made.
        var appraisal = new AppraisalRequest(folder).Run();
        if (!appraisal.Succeeded) return Fail(appraisal.Diagnostics.Select(appraisal.Render));
        var council = appraisal.Value!.Files.Single();
        Type(council, finished, (line, row) =>
        {
            Set(row.Cell(AppraisalColumns.Round1), line.Round1);
            row.Cell(AppraisalColumns.Round1Note).SetValue(line.Round1Note);
        });

        // The sealed files to send; three units send theirs back filled.
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, OfficeKey.RelativePath))!);
        File.WriteAllText(Path.Combine(folder, OfficeKey.RelativePath),
            Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes($"synthetic office key of the sample {Folder}"))));
        var sentFolder = Path.Combine(Path.GetTempPath(), $"indexscorer-sample-{Guid.NewGuid():N}");
        var explain = new ExplainRequest(folder) { OutputFolder = sentFolder }.Run();
        if (!explain.Succeeded) return Fail(explain.Diagnostics.Select(explain.Render));
        // One office and two wards, among those the finished sample has explanations for.
        var explained = finished.Values.Where(l => l.Explanation.Length > 0).Select(l => l.UnitCode).Distinct()
            .Where(u => u != LateUnit).Order(StringComparer.Ordinal).ToArray();
        var answering = explained.Where(u => u.StartsWith("PB", StringComparison.Ordinal)).Take(1)
            .Concat(explained.Where(u => u.StartsWith("PH", StringComparison.Ordinal)).Take(2)).ToArray();
        var returned = Path.Combine(folder, CampaignFolder.ExplanationsFolderName);
        Directory.CreateDirectory(returned);
        foreach (var unit in answering)
        {
            var name = ExplanationFileWriter.FileName(unit, 2024, IndexScorer.Text.Language.Vietnamese);
            using var workbook = new XLWorkbook(Path.Combine(sentFolder, name));
            var sheet = workbook.Worksheet(1);
            for (var row = ExplanationColumns.FirstContentRow; !sheet.Cell(row, ExplanationColumns.Code).IsEmpty(); row++)
            {
                var line = finished[(unit, sheet.Cell(row, ExplanationColumns.Code).GetString())];
                sheet.Cell(row, ExplanationColumns.Explanation).SetValue(line.Explanation);
            }
            workbook.SaveAs(Path.Combine(returned, name));
        }
        Directory.Delete(sentFolder, recursive: true);

        // 'appraisal' carries the explanations beside round 1; the council then types round 2 for those units.
        var carried = new AppraisalRequest(folder).Run();
        if (!carried.Succeeded || carried.Diagnostics.Any(d => d.Severity == Severity.Error)) return Fail(carried.Diagnostics.Select(carried.Render));
        Type(council, finished, (line, row) =>
        {
            if (!answering.Contains(line.UnitCode)) return;
            Set(row.Cell(AppraisalColumns.Round2), line.Round2);
            row.Cell(AppraisalColumns.Round2Note).SetValue(line.Round2Note);
        });
        return 0;
    }

    /// <summary>PH01 cites, on its first self-assessed criterion, a file it keeps in evidence/PH01/ (linked from its result sheet).</summary>
    private static void CiteEvidenceFile(string folder, Framework framework)
    {
        var group = framework.Groups.Single(g => g.Code == "PHUONG");
        var leaf = group.Leaves.First(l => l.Source == PointSource.SelfAssessment);
        var form = Path.Combine(folder, "forms", FormWriter.FileName(EvidenceUnit, 2024));
        using (var workbook = new XLWorkbook(form))
        {
            var cell = workbook.Worksheet(1).Cell(FormLayout.For(group).RowOf(leaf).Number, FormColumns.Evidence);
            cell.SetValue($"{cell.GetString()}; {EvidenceFile}");
            workbook.Save();
        }
        var evidence = EvidenceFiles.UnitFolder(folder, EvidenceUnit);
        Directory.CreateDirectory(evidence);
        File.WriteAllText(Path.Combine(evidence, EvidenceFile),
            $"{SampleCampaignWriter.SyntheticNote}\nBáo cáo công tác cải cách hành chính năm 2024 của {EvidenceUnit} (tài liệu kiểm chứng minh họa).\n");
    }

    /// <summary>Types into every criterion row of the council's workbook that the finished sample has values for.</summary>
    private static void Type(string path, Dictionary<(string Unit, string Criterion), AppraisalLine> finished, Action<AppraisalLine, IXLRow> type)
    {
        using var workbook = new XLWorkbook(path);
        foreach (var sheet in workbook.Worksheets.Where(w => w.Visibility == XLWorksheetVisibility.Visible))
        {
            foreach (var row in sheet.RowsUsed().Where(r => r.RowNumber() >= AppraisalColumns.FirstContentRow))
            {
                var key = (row.Cell(AppraisalColumns.Unit).GetString(), row.Cell(AppraisalColumns.Code).GetString());
                if (finished.TryGetValue(key, out var line)) type(line, row);
            }
        }
        workbook.SaveAs(path, new SaveOptions { EvaluateFormulasBeforeSaving = true });
    }

    private static void Set(IXLCell cell, string points)
    {
        if (points.Length == 0) return;
        cell.SetValue(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static int Fail(IEnumerable<string> messages)
    {
        foreach (var message in messages) Console.Error.WriteLine(message);
        return 1;
    }
}
