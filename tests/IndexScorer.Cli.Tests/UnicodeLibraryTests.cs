namespace IndexScorer.Cli.Tests;

public sealed class UnicodeLibraryTests
{
    [Test]
    public void Candidates_ListsTheVersionsOfCurrentDistributions()
    {
        Assert.That(UnicodeLibrary.Candidates(), Does.Contain("libicuuc.so.72").And.Contain("libicuuc.so.74").And.Contain("libicuuc.so.50").And.Contain("libicuuc.so"));
    }

    [Test]
    public void Problem_LinuxWithIcu_None()
    {
        Assert.That(UnicodeLibrary.Problem(isLinux: true, invariantSetting: null, name => name == "libicuuc.so.72"), Is.Null);
    }

    [Test]
    public void Problem_LinuxWithoutIcu_SaysWhatToInstallInBothLanguages()
    {
        var problem = UnicodeLibrary.Problem(isLinux: true, invariantSetting: null, _ => false);

        Assert.That(problem, Does.Contain("Máy thiếu thư viện ICU").And.Contain("The ICU library (libicu)").And.Contain("apt-get install libicu72").And.Contain("apk add icu-libs"));
    }

    [Test]
    public void Problem_WindowsWithoutLoadableIcu_None()
    {
        Assert.That(UnicodeLibrary.Problem(isLinux: false, invariantSetting: null, _ => false), Is.Null);
    }

    [TestCase("1")]
    [TestCase("true")]
    [TestCase("TRUE")]
    public void Problem_InvariantModeSet_AsksToUnsetIt(string setting)
    {
        Assert.That(UnicodeLibrary.Problem(isLinux: true, setting, _ => true), Does.Contain("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT is set"));
    }

    [TestCase("0")]
    [TestCase("false")]
    public void Problem_InvariantModeOff_None(string setting)
    {
        Assert.That(UnicodeLibrary.Problem(isLinux: true, setting, _ => true), Is.Null);
    }

    [Test]
    public void Problem_ThisMachine_None()
    {
        // The tests themselves need ICU for Vietnamese text: the real check must agree on the machine that runs them.
        Assert.That(UnicodeLibrary.Problem(), Is.Null);
    }
}
