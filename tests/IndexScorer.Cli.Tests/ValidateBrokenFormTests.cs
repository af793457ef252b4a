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

    [TestCase("vi", "CP001 lỗi: roster.csv › dòng ")]
    [TestCase("en", "CP001 error: roster.csv › line ")]
    public void Validate_RosterRowWithUnknownGroup_ExitsOneWithOneMessageStartingWithItsCode(string language, string start)
    {
        var campaign = Repo.CopyOfSample();
        var roster = Path.Combine(campaign, "roster.csv");
        File.WriteAllLines(roster, File.ReadAllLines(roster).Select(line => line.StartsWith("PH05,", StringComparison.Ordinal) ? line.Replace(",PHUONG", ",XA") : line));

        var run = Cli.Run("validate", campaign, "--lang", language);

        Assert.That(run.ExitCode, Is.EqualTo(CommandLine.DataErrors));
        var problems = run.Error.Split('\n').Where(line => System.Text.RegularExpressions.Regex.IsMatch(line, "^[A-Z]{2}[0-9]{3} ")).ToArray();
        Assert.That(problems, Has.Length.EqualTo(1), run.Error);
        Assert.That(problems[0], Does.StartWith(start).And.Contain("PH05"));
        Assert.That(run.Error, Does.Contain(language == "vi" ? "1 lỗi, 0 cảnh báo" : "1 error(s), 0 warning(s)"));
    }
}
