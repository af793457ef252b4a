using IndexScorer.Diagnostics;
using IndexScorer.IO;
using IndexScorer.Text;

namespace IndexScorer.App.Diagnostics;

/// <summary>Renders diagnostics for people, in the language of the request: <c>CP005 lỗi: roster.csv › dòng 19, Mã đơn vị: …</c>.</summary>
public static class DiagnosticText
{
    /// <summary>Every message text of every layer.</summary>
    internal static MessageCatalog Catalog { get; } = MessageCatalog.Combine(CoreMessages.Catalog, IoMessages.Catalog, AppMessages.Catalog);

    /// <summary>Every message code, for the documentation's list.</summary>
    public static IEnumerable<string> Codes => Catalog.Codes;

    /// <summary>The whole line: code, severity, location and message.</summary>
    public static string Render(Diagnostic diagnostic, Language language) => Catalog.Render(diagnostic, language);

    /// <summary>The message alone, without code, severity or location.</summary>
    public static string Message(Diagnostic diagnostic, Language language) => Catalog.Message(diagnostic.Code, diagnostic.Args, language);
}
