using IndexScorer.Diagnostics;
using IndexScorer.Results;

namespace IndexScorer.Core.Tests.Results;

public sealed class LeafSourcesTests
{
    private static readonly SourceLocation E14 = new("forms/PH01-2024.xlsx", "Tự đánh giá", "E14");
    private static readonly SourceLocation E15 = new("forms/PH01-2024.xlsx", "Tự đánh giá", "E15");
    private static readonly SourceLocation G13 = new("forms/PH01-2024.xlsx", "Tự đánh giá", "G13");
    private static readonly SourceLocation Round1 = new("tham-dinh.xlsx", "PHONG", "H7");

    [Test]
    public void PlacesOnOneSheet_AreGivenBackAsTheyCame()
    {
        var sources = new LeafSources([E14, E15], G13, Round1, null, null);

        Assert.That(sources.Inputs, Is.EqualTo(new[] { E14, E15 }));
        Assert.That(sources.Self, Is.EqualTo(G13));
        Assert.That(sources.Round1, Is.EqualTo(Round1));
        Assert.That(sources.IsNone, Is.False);
    }

    [Test]
    public void PlacesOnSeveralSheetsOrLines_AreGivenBackAsTheyCame()
    {
        var other = new SourceLocation("forms/PH01-2024.xlsx", "Khác", "B2");
        var line = new SourceLocation("survey.csv", Cell: "so_phieu", Line: 7);

        Assert.That(new LeafSources([E14, other], G13, null, null, null).Inputs, Is.EqualTo(new[] { E14, other }));
        Assert.That(new LeafSources([line], null, null, null, null).Inputs, Is.EqualTo(new[] { line }));
        Assert.That(new LeafSources([E14], new SourceLocation("forms/PH01-2024.xlsx", "Tự đánh giá"), null, null, null).Self,
            Is.EqualTo(new SourceLocation("forms/PH01-2024.xlsx", "Tự đánh giá")));
    }

    [Test]
    public void SelfAlone_OrNoInputs_KeepsWhatWasGiven()
    {
        var selfOnly = new LeafSources([], G13, null, null, null);

        Assert.That(selfOnly.Inputs, Is.Empty);
        Assert.That(selfOnly.Self, Is.EqualTo(G13));
        Assert.That(new LeafSources([E14], null, null, null, null).Self, Is.Null);
    }

    [Test]
    public void None_IsNone_AndEqualityComparesPlaces()
    {
        Assert.That(LeafSources.None.IsNone, Is.True);
        Assert.That(new LeafSources([], null, null, null, null).IsNone, Is.True);
        Assert.That(new LeafSources([E14], G13, null, null, null), Is.EqualTo(new LeafSources([E14 with { }], G13 with { }, null, null, null)));
        Assert.That(new LeafSources([E14], G13, null, null, null), Is.Not.EqualTo(new LeafSources([E15], G13, null, null, null)));
        Assert.That(new LeafSources([E14], G13, null, null, null), Is.Not.EqualTo(new LeafSources([E14], G13, Round1, null, null)));
    }
}
