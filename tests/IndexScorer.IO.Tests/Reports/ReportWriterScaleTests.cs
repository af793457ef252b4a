using IndexScorer.IO.Reports;
using IndexScorer.Text;

namespace IndexScorer.IO.Tests.Reports;

public sealed class ReportWriterScaleTests
{
    [Test]
    public void Build_MoreUnitsThanDetailSheetLimit_LeavesOutUnitSheetsAndSaysWhere()
    {
        var result = SampleReport.Vietnamese.Result;
        using var withDetails = SampleReport.Written(result, Language.Vietnamese, maxUnitSheets: 25);
        using var withoutDetails = SampleReport.Written(result, Language.Vietnamese, maxUnitSheets: 24);

        Assert.That(withoutDetails.Worksheets.Count, Is.EqualTo(withDetails.Worksheets.Count - 25 + 1));
        Assert.That(withoutDetails.Worksheets.Last().Cell(1, 1).GetString(), Does.Contain("results.json").And.Contain("24"));
    }
}
