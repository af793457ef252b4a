using System.Text;
using IndexScorer.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CommandLine.Run(args, Console.Out, Console.Error);
