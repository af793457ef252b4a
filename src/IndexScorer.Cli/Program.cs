using System.Text;
using IndexScorer.Cli;

// Before any text is touched: without ICU, .NET would stop at the first text operation with a crash instead of this advice.
if (UnicodeLibrary.Problem() is { } problem)
{
    Console.Error.WriteLine(problem);
    return CommandLine.InternalError;
}
Console.OutputEncoding = Encoding.UTF8;
return CommandLine.Run(args, Console.Out, Console.Error);
