using System.Text;
using IndexScorer.Cli;
using IndexScorer.Text;

// Before any text is touched: without ICU, .NET would stop at the first text operation with a crash instead of this advice.
if (UnicodeLibrary.Problem() is { } problem)
{
    Console.Error.WriteLine(problem);
    return CommandLine.InternalError;
}
Console.OutputEncoding = Encoding.UTF8;
var code = CommandLine.Run(args, Console.Out, Console.Error, out var dropped);
if (DroppedFolder.ShouldWait(dropped, Console.IsInputRedirected, Console.IsOutputRedirected, Environment.GetEnvironmentVariable("CI")))
{
    Console.WriteLine(CliText.Get("dropped.wait", Language.Vietnamese));
    Console.ReadLine();
}
return code;
