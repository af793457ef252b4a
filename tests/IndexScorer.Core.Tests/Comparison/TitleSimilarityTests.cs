using System.Text;
using IndexScorer.Comparison;

namespace IndexScorer.Core.Tests.Comparison;

public class TitleSimilarityTests
{
    [Test]
    public void Of_SameWordsInOtherUnicodeFormAndCase_IsOne() =>
        Assert.That(TitleSimilarity.Of("Đào tạo, bồi dưỡng công chức".Normalize(NormalizationForm.FormD), "ĐÀO TẠO, BỒI DƯỠNG CÔNG CHỨC"), Is.EqualTo(1m));

    [Test]
    public void Of_SmallRewording_StaysHigh() =>
        Assert.That(TitleSimilarity.Of("Đào tạo, bồi dưỡng công chức theo kế hoạch", "Đào tạo, bồi dưỡng cán bộ, công chức theo kế hoạch năm"), Is.GreaterThan(0.6m));

    [Test]
    public void Of_UnrelatedTitles_IsLow() =>
        Assert.That(TitleSimilarity.Of("Thực hành tiết kiệm, chống lãng phí", "Văn bản điện tử có chữ ký số"), Is.LessThan(0.35m));
}
