using IndexScorer.App.Outputs;
using IndexScorer.Diagnostics;

namespace IndexScorer.App.Tests.Outputs;

/// <summary>A set of outputs is replaced whole or not at all, whatever output fails and however.</summary>
[TestFixture]
public sealed class OutputSetTests
{
    private static readonly string[] Names = ["report.xlsx", "results.csv", "results.json", "report.html"];

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void WriteAll_OneOutputFailsWhileWriting_EveryPreviousOutputKeptAndNoTemporaryLeft(int failing)
    {
        using var temp = new TempFolder();
        foreach (var name in Names) File.WriteAllText(temp.File(name), "last run");
        var diagnostics = new DiagnosticBag();

        var written = OutputSet.WriteAll(Outputs(temp, failing), diagnostics);

        Assert.That(written, Is.Empty);
        Assert.That(diagnostics.Items.Select(d => (d.Code, d.Location!.File)), Is.EqualTo(new[] { ("IO014", temp.File(Names[failing])) }));
        Assert.That(Names.Select(n => File.ReadAllText(temp.File(n))), Is.All.EqualTo("last run"));
        Assert.That(Directory.GetFiles(temp.Path).Select(Path.GetFileName), Is.EquivalentTo(Names));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void WriteAll_TwoAtATimeTwoOutputsFail_TheFirstInOrderToldEveryOutputKept(bool reversedTiming)
    {
        using var temp = new TempFolder();
        foreach (var name in Names) File.WriteAllText(temp.File(name), "last run");
        var diagnostics = new DiagnosticBag();
        // Outputs 1 and 3 fail; whichever fails first in time, output 1 is the one told.
        var outputs = Names.Select((name, i) => (temp.File(name), (Action<string>)(path =>
        {
            if (i == (reversedTiming ? 1 : 3)) Thread.Sleep(200);
            File.WriteAllText(path, "this run");
            if (i is 1 or 3) throw new IOException("disk full");
        }))).ToArray();

        var written = OutputSet.WriteAll(outputs, diagnostics, twoAtATime: true);

        Assert.That(written, Is.Empty);
        Assert.That(diagnostics.Items.Select(d => (d.Code, d.Location!.File)), Is.EqualTo(new[] { ("IO014", temp.File(Names[1])) }));
        Assert.That(Names.Select(n => File.ReadAllText(temp.File(n))), Is.All.EqualTo("last run"));
        Assert.That(Directory.GetFiles(temp.Path).Select(Path.GetFileName), Is.EquivalentTo(Names));
    }

    [Test]
    public void WriteAll_TwoAtATime_EveryOutputWrittenAndToldInOrder()
    {
        using var temp = new TempFolder();
        var diagnostics = new DiagnosticBag();
        var progress = new List<int>();

        var written = OutputSet.WriteAll(Outputs(temp, failing: -1), diagnostics, new SynchronousProgress(p => progress.Add(p.Done)), twoAtATime: true);

        Assert.That(written, Is.EqualTo(Names.Select(n => temp.File(n))));
        Assert.That(Names.Select(n => File.ReadAllText(temp.File(n))), Is.All.EqualTo("this run"));
        Assert.That(progress, Is.EqualTo(new[] { 0, 1, 2, 3, 4 }), "each output told as begun, then the end");
    }

    [TestCase(1)]
    [TestCase(3)]
    public void WriteAll_OneTargetCannotBeReplaced_EveryPreviousOutputKept(int blocked)
    {
        using var temp = new TempFolder();
        foreach (var name in Names.Where((_, i) => i != blocked)) File.WriteAllText(temp.File(name), "last run");
        Directory.CreateDirectory(temp.File(Names[blocked]));
        var diagnostics = new DiagnosticBag();

        var written = OutputSet.WriteAll(Outputs(temp, failing: -1), diagnostics);

        Assert.That(written, Is.Empty);
        Assert.That(diagnostics.Items.Single().Code, Is.EqualTo("IO014"));
        Assert.That(Names.Where((_, i) => i != blocked).Select(n => File.ReadAllText(temp.File(n))), Is.All.EqualTo("last run"));
        Assert.That(Directory.GetFiles(temp.Path).Select(Path.GetFileName), Is.EquivalentTo(Names.Where((_, i) => i != blocked)));
    }

    [Test]
    public void WriteAll_LeftoversOfAKilledRun_RemovedAndEveryOutputReplaced()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File(".results.csv.1a2b3c4d.tmp"), "half written");
        File.WriteAllText(temp.File(".report.xlsx.5e6f7a8b.old.tmp"), "kept aside");
        File.WriteAllText(temp.File("results.csv"), "last run");
        var diagnostics = new DiagnosticBag();

        var written = OutputSet.WriteAll(Outputs(temp, failing: -1), diagnostics);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(written, Is.EqualTo(Names.Select(n => temp.File(n))));
        Assert.That(Names.Select(n => File.ReadAllText(temp.File(n))), Is.All.EqualTo("this run"));
        Assert.That(Directory.GetFiles(temp.Path).Select(Path.GetFileName), Is.EquivalentTo(Names));
    }

    private static (string Path, Action<string> Write)[] Outputs(TempFolder temp, int failing) =>
        Names.Select((name, i) => (temp.File(name), Writer(i == failing))).ToArray();

    private static Action<string> Writer(bool fails) => path =>
    {
        File.WriteAllText(path, "this run");
        if (fails) throw new IOException("disk full");
    };

    private sealed class SynchronousProgress(Action<IndexScorer.App.Runs.RunProgress> report) : IProgress<IndexScorer.App.Runs.RunProgress>
    {
        public void Report(IndexScorer.App.Runs.RunProgress value) => report(value);
    }
}
