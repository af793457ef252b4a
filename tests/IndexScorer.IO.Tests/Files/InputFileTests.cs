using System.Diagnostics;
using IndexScorer.Diagnostics;
using IndexScorer.IO.Files;

namespace IndexScorer.IO.Tests.Files;

/// <summary>Only regular files of a sensible size are read; a device or a pipe is refused at once.</summary>
[TestFixture]
public sealed class InputFileTests
{
    [Test]
    public void Read_LinkToDevZero_RefusedAtOnce()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("needs /dev/zero");
        using var temp = new TempFolder();
        var link = temp.File("PH01-2024.xlsx");
        File.CreateSymbolicLink(link, "/dev/zero");
        var diagnostics = new DiagnosticBag();
        var watch = Stopwatch.StartNew();

        var bytes = InputFile.Read(link, "forms/PH01-2024.xlsx", InputFile.MaxWorkbookBytes, diagnostics);

        Assert.That(bytes, Is.Null);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(diagnostics.Items.Select(d => (d.Code, d.Location!.ToString())), Is.EqualTo(new[] { ("IO016", "forms/PH01-2024.xlsx") }));
    }

    [Test]
    public void Read_NamedPipe_RefusedWithinSeconds()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("needs mkfifo");
        using var temp = new TempFolder();
        var pipe = temp.File("roster.csv");
        using (var mkfifo = Process.Start("mkfifo", pipe)) mkfifo.WaitForExit();
        var diagnostics = new DiagnosticBag();
        var watch = Stopwatch.StartNew();

        var bytes = InputFile.Read(pipe, "roster.csv", InputFile.MaxTextBytes, diagnostics);

        Assert.That(bytes, Is.Null);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(diagnostics.Items.Single().Code, Is.EqualTo("IO016"));
    }

    [Test]
    public void Read_OverTheBound_RefusedBeforeReading()
    {
        using var temp = new TempFolder();
        var path = temp.File("campaign.json");
        File.WriteAllBytes(path, new byte[2048]);
        var diagnostics = new DiagnosticBag();

        var bytes = InputFile.Read(path, "campaign.json", 1024, diagnostics);

        Assert.That(bytes, Is.Null);
        Assert.That(diagnostics.Items.Single().Code, Is.EqualTo("IO015"));
    }

    [Test]
    public void Read_LinkToARegularFile_ReadsTheFile()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("real.csv"), "Mã đơn vị\n");
        File.CreateSymbolicLink(temp.File("link.csv"), temp.File("real.csv"));
        var diagnostics = new DiagnosticBag();

        var bytes = InputFile.Read(temp.File("link.csv"), "link.csv", InputFile.MaxTextBytes, diagnostics);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(bytes, Is.EqualTo(File.ReadAllBytes(temp.File("real.csv"))));
    }

    [Test]
    public void Read_Missing_SaysSoInTheUsersWords()
    {
        using var temp = new TempFolder();
        var diagnostics = new DiagnosticBag();

        InputFile.Read(temp.File("none.csv"), "none.csv", InputFile.MaxTextBytes, diagnostics);

        Assert.That(diagnostics.Items.Single().Show().ToString(), Is.EqualTo("none.csv: không mở được tệp: không có tệp này"));
    }
}
