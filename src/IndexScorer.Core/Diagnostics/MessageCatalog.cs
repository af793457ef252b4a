using System.Globalization;
using IndexScorer.Text;

namespace IndexScorer.Diagnostics;

/// <summary>
/// Message texts by code, in Vietnamese and English, and the one way diagnostics become text: <c>CODE lỗi: where: what</c>.
/// Each layer keeps the texts of its own codes; the use-case layer combines them and renders at the edge.
/// </summary>
internal sealed class MessageCatalog
{
    private readonly IReadOnlyDictionary<string, (string Vi, string En)> _texts;

    public MessageCatalog(IReadOnlyDictionary<string, (string Vi, string En)> texts) => _texts = texts;

    /// <summary>Every code, for tests that check both languages are complete and documented.</summary>
    public IEnumerable<string> Codes => _texts.Keys;

    /// <summary>The two texts of a code.</summary>
    public (string Vi, string En) this[string code] =>
        _texts.TryGetValue(code, out var text) ? text : throw new ArgumentException($"No message with code {code}.", nameof(code));

    /// <summary>One catalog of several; a code defined twice is a programmer's mistake.</summary>
    public static MessageCatalog Combine(params MessageCatalog[] catalogs)
    {
        var all = new Dictionary<string, (string Vi, string En)>();
        foreach (var (code, text) in catalogs.SelectMany(c => c._texts))
        {
            if (!all.TryAdd(code, text)) throw new ArgumentException($"Message code {code} is defined twice.", nameof(catalogs));
        }
        return new MessageCatalog(all);
    }

    /// <summary>The message of <paramref name="code"/> in <paramref name="language"/>, its values formatted for that language.</summary>
    public string Message(string code, IReadOnlyList<object> args, Language language) =>
        Bilingual.Pick(this[code], language, args.Select(a => Format(a, language)).ToArray());

    /// <summary>A message not yet rendered, in <paramref name="language"/>.</summary>
    public string Text(Message message, Language language) => Message(message.Code, message.Args, language);

    /// <summary>The diagnostic as the user reads it: <c>CP005 lỗi: roster.csv › dòng 19, Mã đơn vị: …</c>.</summary>
    public string Render(Diagnostic diagnostic, Language language)
    {
        var severity = (diagnostic.Severity, language) switch
        {
            (Severity.Error, Language.English) => "error",
            (Severity.Error, _) => "lỗi",
            (_, Language.English) => "warning",
            _ => "cảnh báo",
        };
        var where = diagnostic.Location is { } location ? location.Render(language) + ": " : string.Empty;
        return $"{diagnostic.Code} {severity}: {where}{Message(diagnostic.Code, diagnostic.Args, language)}";
    }

    /// <summary>Numbers in the language's notation, places as their cell or line, nested messages rendered.</summary>
    private object Format(object arg, Language language) => arg switch
    {
        decimal number => NumberText.Format(number, language),
        SourceLocation location => location.Point(language),
        Message message => Text(message, language),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => arg,
    };
}
