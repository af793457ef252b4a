namespace IndexScorer.Cli;

/// <summary>
/// A campaign folder dropped onto the program (Windows starts it with the folder's path as the only argument): check it,
/// score it when it is valid, say where the results went and keep the window open until Enter, but only when a person
/// started it so (a console on both ends, not CI): a script or CI that passes a folder never waits.
/// </summary>
internal static class DroppedFolder
{
    /// <summary>Whether the arguments are one existing folder that is not also a command's name.</summary>
    public static bool Is(IReadOnlyList<string> args, IEnumerable<string> commandNames) =>
        args.Count == 1 && !commandNames.Contains(args[0], StringComparer.Ordinal) && !args[0].StartsWith('-') && Directory.Exists(args[0]);

    /// <summary>
    /// Whether to wait for Enter before the window closes: started with a dropped folder, standard input and output both a
    /// console, and no CI variable set.
    /// </summary>
    public static bool ShouldWait(bool dropped, bool inputRedirected, bool outputRedirected, string? ciVariable) =>
        dropped && !inputRedirected && !outputRedirected && string.IsNullOrEmpty(ciVariable);

    /// <summary>Checks the folder, then scores it when valid; the exit code of the last step run.</summary>
    public static int Run(string folder, Func<string[], int> run, TextWriter output)
    {
        output.WriteLine(CliText.Get("dropped.validate", IndexScorer.Text.Language.Vietnamese, Path.GetFullPath(folder)));
        var validated = run(["validate", folder]);
        if (validated != CommandLine.Ok) return validated;
        output.WriteLine();
        output.WriteLine(CliText.Get("dropped.score", IndexScorer.Text.Language.Vietnamese));
        var scored = run(["score", folder]);
        if (scored == CommandLine.Ok)
        {
            output.WriteLine();
            output.WriteLine(CliText.Get("dropped.done", IndexScorer.Text.Language.Vietnamese, Path.GetFullPath(Path.Combine(folder, IndexScorer.App.Outputs.OutputFiles.DefaultFolder))));
        }
        return scored;
    }
}
