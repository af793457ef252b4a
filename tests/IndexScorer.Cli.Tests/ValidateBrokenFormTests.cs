using ClosedXML.Excel;
using IndexScorer.IO.Forms;

namespace IndexScorer.Cli.Tests;

public sealed class ValidateBrokenFormTests
{
    [Test]
    public void Validate_CopyWithTextInACountCell_ExitsOneNamingFileSheetAndCell()
    {
        var campaign = Repo.CopyOfSample();
        var form = Path.Combine(campaign, "forms", "PB07-2024.xlsx");
        string cell;
        using (var workbook = new XLWorkbook(form))
        {
            var sheet = workbook.Worksheet(1);
            var input = sheet.Column(FormColumns.Input).CellsUsed(c => c.Address.RowNumber > FormColumns.HeaderRow && c.DataType == XLDataType.Number).First();
            input.SetValue("nhiều");
            cell = input.Address.ToStringRelative();
            workbook.Save();
        }

        var run = Cli.Run("validate", campaign);

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.DataErrors));
        Assert.That(run.Error, Does.Contain($"forms/PB07-2024.xlsx › Tự đánh giá › {cell}: tiêu chí ").And.Contain("phải là số; tìm thấy 'nhiều'"));
    }
}
