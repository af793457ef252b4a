using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using IndexScorer.Text;

namespace IndexScorer.Cli;

/// <summary>
/// The help, in Vietnamese or English (System.CommandLine's own help speaks only the languages it ships): usage, what the
/// command does, its arguments, options and commands, and an example. Texts come from <see cref="CliText"/> by the symbol's
/// name ("help.&lt;command path&gt;" for a command, "help.&lt;command path&gt; &lt;name&gt;" or "help.&lt;name&gt;" for an argument or
/// option); a symbol without an entry shows its own description.
/// </summary>
internal static class HelpText
{
    /// <summary>Replaces the help option's action of <paramref name="root"/> with this help, in the language the arguments ask for.</summary>
    public static void Install(RootCommand root, Language language, TextWriter output)
    {
        foreach (var help in root.Options.OfType<HelpOption>()) help.Action = new Action(language, output);
    }

    /// <summary>The help of <paramref name="command"/>.</summary>
    public static string Of(Command command, Language language)
    {
        var path = PathOf(command);
        var lines = new List<string> { Describe(command, path, language), "", CliText.Get("help.usage", language) };
        var arguments = string.Concat(command.Arguments.Where(a => !a.Hidden).Select(a => $" <{a.Name}>"));
        var commandWord = command.Subcommands.Count > 0 ? CliText.Get("help.commandWord", language) : "";
        lines.Add($"  {Program(path)}{commandWord}{arguments} {CliText.Get("help.optionsWord", language)}");

        var argumentRows = command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.Name}>", Describe(a, path, language))).ToList();
        Section(lines, "help.arguments", argumentRows, language);
        var options = command.Options.Concat(Recursive(command)).Where(o => !o.Hidden).Distinct();
        Section(lines, "help.options", options.Select(o => (Label(o), Describe(o, path, language))).ToList(), language);
        Section(lines, "help.commands", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, Describe(c, PathOf(c), language))).ToList(), language);

        if (Example(command, language) is { } example)
        {
            lines.Add("");
            lines.Add(CliText.Get("help.example", language));
            lines.AddRange(example.Split('\n').Select(l => "  " + l));
        }
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    /// <summary>The example of <paramref name="command"/>, one command line a line, or null when it has none.</summary>
    public static string? Example(Command command, Language language)
    {
        var key = "example." + (PathOf(command) is { Length: > 0 } path ? path : "root");
        return CliText.Has(key) ? CliText.Get(key, language) : null;
    }

    /// <summary>The command's words after the program's name ("" for the root, "framework diff").</summary>
    public static string PathOf(Command command)
    {
        var words = new List<string>();
        for (Symbol? s = command; s is Command c && s is not RootCommand; s = s.Parents.FirstOrDefault()) words.Insert(0, c.Name);
        return string.Join(' ', words);
    }

    private static string Program(string path) => path.Length == 0 ? "indexscorer" : "indexscorer " + path;

    private static IEnumerable<Option> Recursive(Command command)
    {
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var option in parent.Options.Where(o => o.Recursive)) yield return option;
        }
    }

    private static void Section(List<string> lines, string title, List<(string Label, string Text)> rows, Language language)
    {
        if (rows.Count == 0) return;
        lines.Add("");
        lines.Add(CliText.Get(title, language));
        var width = rows.Max(r => r.Label.Length) + 2;
        lines.AddRange(rows.Select(r => "  " + r.Label.PadRight(width) + r.Text));
    }

    private static string Label(Option option)
    {
        var names = option.Aliases.Where(a => a.Length <= 2 && a.StartsWith('-')).OrderBy(a => a, StringComparer.Ordinal).Append(option.Name);
        var label = string.Join(", ", names);
        if (option.ValueType == typeof(bool) || option is HelpOption || option is VersionOption) return label;
        var allowed = option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
        return label + (allowed.Count > 0 ? $" <{string.Join('|', allowed)}>" : $" <{option.HelpName ?? option.Name.TrimStart('-')}>");
    }

    private static string Describe(Symbol symbol, string path, Language language)
    {
        var own = symbol is Command ? "help." + (path.Length == 0 ? "root" : path) : $"help.{path} {symbol.Name}";
        if (CliText.Has(own)) return CliText.Get(own, language);
        if (symbol is not Command && CliText.Has("help." + symbol.Name)) return CliText.Get("help." + symbol.Name, language);
        return symbol.Description ?? "";
    }

    /// <summary>Prints the help of the command the arguments name; like the library's own help, it wins over parse errors.</summary>
    private sealed class Action(Language language, TextWriter output) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            output.Write(Of(parseResult.CommandResult.Command, language));
            return CommandLine.Ok;
        }
    }
}
