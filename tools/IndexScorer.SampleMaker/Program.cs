using IndexScorer.SampleMaker;

// IndexScorer.SampleMaker: generates the illustrative files kept in the repository.
//   dotnet run --project tools/IndexScorer.SampleMaker -- frameworks [outDir]
// One verb per case of the switch; each verb lives in its own *Command class and returns the exit code.

if (args.Length == 0)
{
    PrintUsage();
    return 2;
}

switch (args[0].ToLowerInvariant())
{
    case "frameworks":
        return FrameworksCommand.Run(args[1..]);

    case "samples":
        return SamplesCommand.Run(args[1..]);

    case "in-progress":
        return RepoPaths.FindRoot() is { } root ? SampleInProgress.Write(root) : 2;

    case "benchmark":
        return BenchmarkCommand.Run(args[1..]);

    case "-h" or "--help" or "help":
        PrintUsage();
        return 0;

    default:
        Console.Error.WriteLine($"Unknown verb '{args[0]}'.");
        PrintUsage();
        return 2;
}

static void PrintUsage() => Console.Error.WriteLine(
    """
    Usage: dotnet run --project tools/IndexScorer.SampleMaker -- <verb> [options]
      frameworks [outDir]   write frameworks/hanoi-quan-2024.xlsx, hanoi-quan-2023.xlsx and tinh-2025.xlsx, then load and check them
                            (outDir defaults to the frameworks/ folder next to IndexScorer.sln)
      samples               write the synthetic campaign(s) under samples/ (forms, roster, survey)
      in-progress           write only samples/quan-minh-hoa-2024-dang-cham (the 2024 campaign in round 2) from quan-minh-hoa-2024
      benchmark [N] [DIR]   write a synthetic campaign of N units (default 1000) into DIR, score it, print time and memory
    """);
