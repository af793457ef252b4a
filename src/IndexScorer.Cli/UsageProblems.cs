using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using IndexScorer.Text;

namespace IndexScorer.Cli;

/// <summary>
/// What is wrong with a command line, in the user's language (System.CommandLine's own messages speak only the languages it
/// ships): an unknown command or option with the nearest known name ("did you mean …"), a missing argument or value, a value
/// not accepted, with what was expected.
/// </summary>
internal static class UsageProblems
{
    /// <summary>One sentence per problem of <paramref name="parsed"/>.</summary>
    public static IReadOnlyList<string> Describe(ParseResult parsed, Language language)
    {
        var problems = new List<string>();
        var command = parsed.CommandResult.Command;
        var path = HelpText.PathOf(command);
        string? previousUnknownOption = null;
        var unknownCommand = false;
        foreach (var token in parsed.UnmatchedTokens)
        {
            if (token.StartsWith('-'))
            {
                var names = command.Options.Concat(parsed.RootCommandResult.Command.Options.Where(o => o.Recursive)).SelectMany(o => o.Aliases.Append(o.Name));
                problems.Add(CliText.Get("usage.unknownOption", language, path.Length == 0 ? "indexscorer" : path, token) + DidYouMean(token, names, language));
                previousUnknownOption = token;
                continue;
            }
            // The word after an unknown option is most likely its value: one problem, not two.
            if (previousUnknownOption is not null) { previousUnknownOption = null; continue; }
            if (command.Subcommands.Count == 0)
            {
                problems.Add(CliText.Get("usage.extraArgument", language, path, token));
                continue;
            }
            // After an unknown command, the words that follow are its arguments: the command is the one problem.
            if (unknownCommand) continue;
            problems.Add(CliText.Get("usage.unknownCommand", language, token) + DidYouMean(token, command.Subcommands.Select(c => c.Name), language));
            unknownCommand = true;
        }

        foreach (var error in parsed.Errors)
        {
            switch (error.SymbolResult)
            {
                case CommandResult when parsed.UnmatchedTokens.Any(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal)):
                    break;
                case CommandResult when unknownCommand:
                    break;
                case CommandResult result when result.Command.Subcommands.Count > 0 && result.Command.Action is null:
                    problems.Add(CliText.Get("usage.missingCommand", language, string.Join(", ", result.Command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))));
                    break;
                case ArgumentResult { Parent: CommandResult, Tokens.Count: 0 } result:
                    var example = HelpText.Example(command, language);
                    problems.Add(CliText.Get("usage.missingArgument", language, path, result.Argument.Name)
                        + (example is null ? "" : " " + CliText.Get("usage.forExample", language, example.Split('\n')[0])));
                    break;
                case ArgumentResult { Parent: CommandResult } result:
                    problems.Add(CliText.Get("usage.badArgument", language, string.Join(' ', result.Tokens.Select(t => t.Value)), result.Argument.Name, Expected(result.Argument, result.Argument.ValueType, language)));
                    break;
                case OptionResult { Tokens.Count: 0 } result:
                    problems.Add(CliText.Get("usage.missingValue", language, result.Option.Name));
                    break;
                case OptionResult result when result.Tokens.Count > result.Option.Arity.MaximumNumberOfValues:
                    problems.Add(CliText.Get("usage.oneValue", language, result.Option.Name, string.Join(", ", result.Tokens.Select(t => $"'{t.Value}'"))));
                    break;
                case OptionResult result:
                    problems.Add(CliText.Get("usage.badValue", language, string.Join(' ', result.Tokens.Select(t => t.Value)), result.Option.Name, Expected(result.Option, result.Option.ValueType, language)));
                    break;
                default:
                    problems.Add(CliText.Get("usage.other", language, error.Message));
                    break;
            }
        }
        return problems.Distinct().ToList();
    }

    /// <summary>The known name nearest to <paramref name="typed"/> (a typing slip or the start of the name), or null.</summary>
    public static string? Nearest(string typed, IEnumerable<string> known)
    {
        var best = known.Distinct()
            .Select(name => (Name: name, Distance: name.StartsWith(typed, StringComparison.Ordinal) && typed.TrimStart('-').Length >= 3 ? 0 : Distance(typed, name)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, typed.Length / 3) ? best.Name : null;
    }

    private static string DidYouMean(string typed, IEnumerable<string> known, Language language) =>
        Nearest(typed, known) is { } name ? " " + CliText.Get("usage.didYouMean", language, name) : "";

    private static string Expected(Symbol symbol, Type type, Language language)
    {
        var allowed = symbol.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
        if (allowed.Count > 0 && type != typeof(bool)) return CliText.Get("usage.oneOf", language, string.Join(", ", allowed));
        if (type == typeof(int)) return CliText.Get("usage.integer", language);
        return CliText.Get("usage.number", language);
    }

    /// <summary>Edit distance (insertions, deletions, substitutions, and swaps of two neighbours each count one).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
