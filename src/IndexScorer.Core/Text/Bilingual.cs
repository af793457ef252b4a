using System.Globalization;

namespace IndexScorer.Text;

/// <summary>The one lookup behind every user-facing text table (messages, labels, command-line sentences).</summary>
internal static class Bilingual
{
    /// <summary>The text in <paramref name="language"/>, with <paramref name="args"/> filled in (invariant culture).</summary>
    public static string Pick((string Vi, string En) text, Language language, object[] args)
    {
        var template = language == Language.English ? text.En : text.Vi;
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }
}
