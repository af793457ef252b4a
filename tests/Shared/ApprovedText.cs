namespace IndexScorer.Tests;

/// <summary>Compares a text with its approved copy under Approved/; INDEXSCORER_APPROVE=1 rewrites the copy.</summary>
internal static class ApprovedText
{
    public static void Check(string name, string actual, [System.Runtime.CompilerServices.CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "Approved", name);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("INDEXSCORER_APPROVE") == "1") File.WriteAllText(path, actual);
        Assert.That(File.Exists(path), Is.True, $"No approved {name}; run with INDEXSCORER_APPROVE=1 and review it.");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(path).Replace("\r\n", "\n")),
            $"{name} changed; if on purpose, re-approve with INDEXSCORER_APPROVE=1 dotnet test and review the diff.");
    }
}
