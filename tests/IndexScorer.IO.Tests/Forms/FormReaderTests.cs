using IndexScorer.Diagnostics;
using IndexScorer.IO.Forms;
using IndexScorer.Scoring;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests.Forms;

public sealed class FormReaderTests
{
    /// <summary>
    /// A ward's form filled in its own language: 2.2 (yes/no) answered no, 2.3 (N/A excluded) and 1.4 (N/A full points)
    /// marked not applicable, the other yes/no inputs (4.2 and the bonus item T.3 among them) answered yes.
    /// </summary>
    private static UnitScore FilledAndScored(Language language, string yes, string no, string notApplicable)
    {
        using var folder = new TempFolder();
        using var form = FormFiller.Valid(Repo.Framework, TestCampaign.Group, "PH01", "Phường Phúc Diễn", language);
        foreach (var code in new[] { "4.2", "T.3" }) form.Set(form.InputCell(code, 0), yes);
        form.Set(form.InputCell("2.2", 0), no);
        foreach (var code in new[] { "2.3", "1.4" }) form.Set(form.LeafCell(code, FormColumns.NotApplicable), notApplicable);
        var path = form.Save(folder.File("PH01-2024.xlsx"));

        var diagnostics = new DiagnosticBag();
        var submission = new FormReader(Repo.Framework).Read(path, "PH01-2024.xlsx", diagnostics);
        var score = submission is null ? null : UnitScorer.Score(form.Group, submission, null, diagnostics);
        return score ?? throw new AssertionException(string.Join("\n", diagnostics.Items.Show()));
    }

    [Test]
    public void Read_EnglishFormFilledWithEnglishWords_ScoresLikeTheVietnameseFormFilledWithVietnameseWords()
    {
        var vietnamese = FilledAndScored(Language.Vietnamese, "Có", "Không", "Không phát sinh");
        var english = FilledAndScored(Language.English, "Yes", "No", "Not applicable");

        Assert.That(english.Leaves.Select(l => (l.Criterion.Code.Value, l.SelfPoints, l.FinalPoints, l.MaxInUse, l.NotApplicable)),
            Is.EqualTo(vietnamese.Leaves.Select(l => (l.Criterion.Code.Value, l.SelfPoints, l.FinalPoints, l.MaxInUse, l.NotApplicable))));
        Assert.That((english.Bonus, english.TotalPoints, english.IndexPercent), Is.EqualTo((vietnamese.Bonus, vietnamese.TotalPoints, vietnamese.IndexPercent)));
    }

    [Test]
    public void Read_FilledAsAbove_AnswersAndMarksCount()
    {
        var score = FilledAndScored(Language.English, "Yes", "No", "Not applicable");
        decimal? SelfPoints(string code) => score.Leaves.Single(l => l.Criterion.Code.Value == code).SelfPoints;

        Assert.That((SelfPoints("2.2"), SelfPoints("4.2"), score.Bonus), Is.EqualTo(((decimal?)0m, (decimal?)2m, 1m)));
        Assert.That(score.Leaves.Where(l => l.NotApplicable).Select(l => l.Criterion.Code.Value), Is.SupersetOf(new[] { "2.3", "1.4" }));
    }

    [Test]
    public void Read_FormWithAPastedPicture_ReadsAsWithout()
    {
        using var folder = new TempFolder();
        using var form = FormFiller.Valid(Repo.Framework, TestCampaign.Group, "PH01", "Phường Phúc Diễn");
        var plain = form.Save(folder.File("plain.xlsx"));
        var withLogo = folder.File("logo.xlsx");
        File.Copy(plain, withLogo);
        XlsxPatch.AddPicture(withLogo, "Tự đánh giá");
        using (var zip = System.IO.Compression.ZipFile.OpenRead(withLogo))
            Assert.That(zip.Entries.Select(e => e.FullName), Has.Some.StartsWith("xl/media/").And.Some.StartsWith("xl/drawings/"));
        var diagnostics = new DiagnosticBag();

        var expected = new FormReader(Repo.Framework).Read(plain, "PH01-2024.xlsx", diagnostics)!;
        var actual = new FormReader(Repo.Framework).Read(withLogo, "PH01-2024.xlsx", diagnostics);

        Assert.That(diagnostics.Items, Is.Empty, string.Join("\n", diagnostics.Items.Show()));
        Assert.That(actual!.Entries.SelectMany(e => e.Inputs.Append(e.Evidence)).Select(t => (t.Text, t.Location)),
            Is.EqualTo(expected.Entries.SelectMany(e => e.Inputs.Append(e.Evidence)).Select(t => (t.Text, t.Location))));
    }
}
