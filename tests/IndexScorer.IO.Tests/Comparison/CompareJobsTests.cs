using IndexScorer.Diagnostics;
using IndexScorer.IO.Comparison;

namespace IndexScorer.IO.Tests.Comparison;

public class CompareJobsTests
{
    [Test]
    public void LoadYear_NeitherFolderNorJson_SaysWhatIsExpected()
    {
        var diagnostics = new DiagnosticBag();

        CompareJobs.LoadYear("khong-co.txt", diagnostics);

        Assert.That(diagnostics.Items.Single().Message, Is.EqualTo("'khong-co.txt' không phải thư mục đợt đánh giá (có campaign.json) hay tệp results.json"));
    }
}
