using System.Text;
using IndexScorer.App.Campaigns;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Campaigns;
using IndexScorer.IO.Forms;
using IndexScorer.Results;

namespace IndexScorer.IO.Tests;

/// <summary>
/// A small valid campaign in a temporary folder: <c>frameworks/hanoi-quan-2024.xlsx</c> (a copy) beside
/// <c>campaign/</c> with campaign.json, a roster of two wards and their filled forms. Tests break one thing.
/// </summary>
public sealed class TestCampaign : IDisposable
{
    public const string Group = "PHUONG";
    public static readonly (string Code, string Name)[] Units = [("PH01", "Phường Phúc Diễn"), ("PH02", "Phường Minh Khai")];

    private static readonly Lazy<Dictionary<string, byte[]>> ValidForms = new(() =>
        Units.ToDictionary(u => u.Code, u =>
        {
            using var form = FormFiller.Valid(Repo.Framework, Group, u.Code, u.Name);
            using var stream = new MemoryStream();
            form.Workbook.SaveAs(stream, new ClosedXML.Excel.SaveOptions { EvaluateFormulasBeforeSaving = false });
            return stream.ToArray();
        }));

    private readonly TempFolder _temp = new();

    public TestCampaign()
    {
        Directory.CreateDirectory(_temp.File("frameworks"));
        File.Copy(Repo.FrameworkPath, FrameworkPath);
        Directory.CreateDirectory(Path.Combine(Folder, "forms"));
        WriteText(CampaignFolder.SettingsFile, """{ "year": 2024, "framework": "hanoi-quan-2024" }""");
        WriteText("roster.csv", "Mã đơn vị,Tên đơn vị,Nhóm\n" + string.Concat(Units.Select(u => $"{u.Code},{u.Name},{Group}\n")));
        foreach (var (code, _) in Units) File.WriteAllBytes(FormPath(code), ValidForms.Value[code]);
    }

    /// <summary>The temporary root (holding frameworks/ and campaign/).</summary>
    public string Root => _temp.Path;

    /// <summary>The campaign folder.</summary>
    public string Folder => _temp.File("campaign");

    /// <summary>The campaign's copy of the framework.</summary>
    public string FrameworkPath => _temp.File("frameworks", Repo.FrameworkFile);

    /// <summary>A file of the campaign folder.</summary>
    public string PathOf(string relative) => Path.Combine(Folder, relative);

    /// <summary>The form of a unit: forms/PH01-2024.xlsx.</summary>
    public string FormPath(string unitCode) => PathOf(FormFile(unitCode));

    /// <summary>The form as messages name it.</summary>
    public static string FormFile(string unitCode) => Path.Combine("forms", IndexScorer.IO.Forms.FormWriter.FileName(unitCode, 2024));

    /// <summary>Writes a UTF-8 text file (with BOM, as Excel saves CSV) into the campaign folder.</summary>
    public void WriteText(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    /// <summary>Rewrites a unit's form: a valid filled form with <paramref name="edit"/> applied.</summary>
    public void EditForm(string unitCode, Action<FormFiller> edit)
    {
        var name = Units.Single(u => u.Code == unitCode).Name;
        using var form = FormFiller.Valid(Repo.Framework, Group, unitCode, name);
        edit(form);
        form.Save(FormPath(unitCode));
    }

    /// <summary>Where a leaf's cell of a unit's form is, as diagnostics render it.</summary>
    public static string At(string unitCode, string leafCode, int column) => $"{FormFile(unitCode)} › Tự đánh giá › {Cell(leafCode, column, 0)}";

    /// <summary>Where a leaf's input cell is, as diagnostics render it.</summary>
    public static string AtInput(string unitCode, string leafCode, int input) => $"{FormFile(unitCode)} › Tự đánh giá › {Cell(leafCode, FormColumns.Input, input + 1)}";

    /// <summary>The address of a leaf's cell, <paramref name="below"/> rows under its own row.</summary>
    public static string Cell(string leafCode, int column, int below)
    {
        var group = Repo.Framework.FindGroup(Group)!;
        var row = FormLayout.For(group).RowOf(group.Find(IndexScorer.Frameworks.CriterionCode.Parse(leafCode))!).Number + below;
        return $"{(char)('A' + column - 1)}{row}";
    }

    /// <summary>Runs <see cref="ValidateRequest"/> and checks that no file under the root changed.</summary>
    public (ScoredYear? Result, DiagnosticBag Diagnostics) Validate()
    {
        var before = FileHashes.Of(Root);
        var run = new ValidateRequest(Folder).Run();
        var (result, diagnostics) = (run.Value, new DiagnosticBag());
        diagnostics.AddRange(run.Diagnostics);
        Assert.That(FileHashes.Of(Root), Is.EqualTo(before), "validate changed an input file");
        return (result, diagnostics);
    }

    public void Dispose() => _temp.Dispose();
}
