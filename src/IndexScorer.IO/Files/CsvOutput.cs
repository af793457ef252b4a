using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using IndexScorer.Text;

namespace IndexScorer.IO.Files;

/// <summary>
/// How every CSV this program writes is written (results.csv, compare.csv, crosswalks): UTF-8 with BOM so that Excel keeps
/// the diacritics, comma, invariant culture. Numbers are written as numbers at full precision (a negative number stays
/// <c>-3</c>); only text that would start a formula in a spreadsheet (= + - @ tab CR) is escaped with a leading apostrophe.
/// </summary>
internal sealed class CsvOutput : IDisposable
{
    private const string FormulaStarts = "=+-@\t\r";

    private readonly CsvWriter _csv;

    private CsvOutput(Stream stream)
    {
        var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        _csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ",", InjectionOptions = InjectionOptions.None });
    }

    /// <summary>Writes the file whole or not at all.</summary>
    public static void Write(string path, Action<CsvOutput> write) => AtomicFile.Write(path, stream => Write(stream, write));

    /// <summary>Writes to a stream, which is left open.</summary>
    public static void Write(Stream stream, Action<CsvOutput> write)
    {
        using var csv = new CsvOutput(stream);
        write(csv);
    }

    /// <summary>A comment line: <c># text</c>.</summary>
    public void Comment(string text)
    {
        _csv.WriteComment(" " + text);
        _csv.NextRecord();
    }

    /// <summary>A text cell; escaped with a leading apostrophe when it would start a formula.</summary>
    public void Text(string text) => _csv.WriteField(text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text);

    /// <summary>A number cell at full precision; empty when null.</summary>
    public void Number(decimal? value) => _csv.WriteField(value is { } v ? NumberText.Invariant(v) : string.Empty);

    /// <summary>A whole-number cell; empty when null.</summary>
    public void Number(int? value) => _csv.WriteField(value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);

    /// <summary>Ends the row.</summary>
    public void EndRow() => _csv.NextRecord();

    /// <summary>Flushes the rows into the stream.</summary>
    public void Dispose() => _csv.Dispose();
}
