using System.Text;
using IndexScorer.IO.Files;

namespace IndexScorer.IO.Tests.Files;

[TestFixture]
public sealed class AtomicFileTests
{
    [Test]
    public void Write_ActionThrowsMidway_PreviousContentIntactAndNoTemporaryFileLeft()
    {
        using var temp = new TempFolder();
        var path = temp.File("report.xlsx");
        File.WriteAllText(path, "previous report");

        Assert.That(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("half of a new rep"));
            throw new IOException("disk full");
        }), Throws.InstanceOf<IOException>().With.Message.EqualTo("disk full"));

        Assert.That(File.ReadAllText(path), Is.EqualTo("previous report"));
        Assert.That(Directory.GetFiles(temp.Path), Is.EquivalentTo(new[] { path }));
    }

    [Test]
    public void Write_NewFileActionThrows_NothingCreated()
    {
        using var temp = new TempFolder();
        var path = temp.File("out", "results.csv");

        Assert.That(() => AtomicFile.Write(path, _ => throw new InvalidOperationException("interrupted")), Throws.InvalidOperationException);

        Assert.That(Directory.GetFiles(temp.File("out")), Is.Empty);
    }

    [Test]
    public void Write_Completes_ReplacesContentAndLeavesNoTemporaryFile()
    {
        using var temp = new TempFolder();
        var path = temp.File("results.csv");
        File.WriteAllText(path, "old");

        AtomicFile.Write(path, stream => stream.Write(Encoding.UTF8.GetBytes("new")));

        Assert.That(File.ReadAllText(path), Is.EqualTo("new"));
        Assert.That(Directory.GetFiles(temp.Path), Is.EquivalentTo(new[] { path }));
    }
}
