using IndexScorer.Analysis;

namespace IndexScorer.Core.Tests.Analysis;

public class GroupStatisticsTests
{
    [Test]
    public void Of_OddCount_MedianIsTheMiddleValue()
    {
        Assert.That(GroupStatistics.Of([90m, 70m, 80.5m]), Is.EqualTo(new GroupStatistics(240.5m / 3m, 80.5m, 70m, 90m)));
    }

    [Test]
    public void Of_EvenCount_MedianIsTheMeanOfTheMiddleTwo()
    {
        Assert.That(GroupStatistics.Of([90m, 70m, 80m, 75m]).Median, Is.EqualTo(77.5m));
    }

    [Test]
    public void Of_Group_IsTheStatisticsOfItsIndex()
    {
        Assert.That(GroupStatistics.Of(Review.Offices()), Is.EqualTo(GroupStatistics.Of([100m, 40m, 35m])));
    }

    [Test]
    public void Of_NoValues_Throws()
    {
        Assert.That(() => GroupStatistics.Of(Array.Empty<decimal>()), Throws.ArgumentException);
    }
}
