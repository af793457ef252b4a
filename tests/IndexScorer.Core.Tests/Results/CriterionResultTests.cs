using IndexScorer.Results;
using static IndexScorer.Core.Tests.Years;

namespace IndexScorer.Core.Tests.Results;

public sealed class CriterionResultTests
{
    private static readonly CriterionSummary Criterion = Leaf("1.1", 2);

    [Test]
    public void LeafValues_AreGivenBackAsMade()
    {
        var result = new CriterionResult(Criterion, 1.5m, 1m, 0.75m, null, 0.75m, 2m, false, "QĐ 12", "ghi chú", "thiếu hồ sơ", "đã bổ sung");

        Assert.That((result.SelfPoints, result.Appraisal1, result.Appraisal2, result.SurveyPoints), Is.EqualTo((1.5m, 1m, 0.75m, (decimal?)null)));
        Assert.That((result.Evidence, result.Note, result.AppraisalNote, result.Explanation), Is.EqualTo(("QĐ 12", "ghi chú", "thiếu hồ sơ", "đã bổ sung")));
        Assert.That((result.FinalPoints, result.MaxInUse, result.NotApplicable), Is.EqualTo((0.75m, 2m, false)));
    }

    [Test]
    public void With_ChangesOneValue_AndKeepsTheOthers()
    {
        var result = new CriterionResult(Criterion, 1.5m, null, null, null, 1.5m, 2m, false, "QĐ 12", "", "", "");

        var appraised = result with { Appraisal2 = 1m, Explanation = "đã bổ sung" };
        var cleared = result with { SelfPoints = null, Evidence = "" };

        Assert.That((appraised.SelfPoints, appraised.Appraisal2, appraised.Evidence, appraised.Explanation), Is.EqualTo((1.5m, 1m, "QĐ 12", "đã bổ sung")));
        Assert.That((cleared.SelfPoints, cleared.Evidence, cleared.FinalPoints), Is.EqualTo(((decimal?)null, "", 1.5m)));
        Assert.That(result.Appraisal2, Is.Null);
    }

    [Test]
    public void Parent_HasNoLeafValues_AndEqualityComparesValues()
    {
        var parent = CriterionResult.OfParent(Field("1", 10), 7.5m, 10m);

        Assert.That((parent.SelfPoints, parent.Appraised, parent.Evidence, parent.Note), Is.EqualTo(((decimal?)null, (decimal?)null, "", "")));
        Assert.That(parent, Is.EqualTo(CriterionResult.OfParent(Field("1", 10), 7.5m, 10m)));
        Assert.That(new CriterionResult(Criterion, 1m, null, null, null, 1m, 2m, false, "a", "", "", ""),
            Is.EqualTo(new CriterionResult(Criterion, 1.0m, null, null, null, 1m, 2m, false, "a", "", "", "")));
        Assert.That(new CriterionResult(Criterion, 1m, null, null, null, 1m, 2m, false, "a", "", "", ""),
            Is.Not.EqualTo(new CriterionResult(Criterion, 1m, null, null, null, 1m, 2m, false, "b", "", "", "")));
    }
}
