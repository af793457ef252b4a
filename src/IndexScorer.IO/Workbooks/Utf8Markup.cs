using System.Globalization;
using System.Text;

namespace IndexScorer.IO.Workbooks;

/// <summary>
/// XML markup built as UTF-8 in a buffer that is reused and handed to a stream in chunks: the rows of a sheet without an
/// element call or a string per cell. Texts are escaped as XML text content.
/// </summary>
internal sealed class Utf8Markup
{
    private byte[] _bytes = new byte[128 * 1024];

    /// <summary>Bytes waiting to be written.</summary>
    public int Length { get; private set; }

    public void Clear() => Length = 0;

    /// <summary>Writes what is waiting to <paramref name="stream"/> and starts over.</summary>
    public void WriteTo(Stream stream)
    {
        stream.Write(_bytes, 0, Length);
        Length = 0;
    }

    /// <summary>Appends markup as it is (not escaped).</summary>
    public Utf8Markup Append(string markup) => Append(markup.AsSpan());

    public Utf8Markup Append(char markup)
    {
        Room(3);
        if (markup < 0x80) _bytes[Length++] = (byte)markup;
        else Append([markup]);
        return this;
    }

    public Utf8Markup Append(int value)
    {
        Room(11);
        value.TryFormat(_bytes.AsSpan(Length), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>Appends a number as Excel stores it: the shortest text that reads back as the same double.</summary>
    public Utf8Markup Append(double value)
    {
        Room(32);
        value.TryFormat(_bytes.AsSpan(Length), out var written, "R", CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>Appends text content, escaping what XML reserves (&amp;, &lt;, &gt;); a line break is written as \n.</summary>
    public Utf8Markup AppendEscaped(string text)
    {
        var span = text.AsSpan();
        while (span.Length > 0)
        {
            var special = span.IndexOfAny("&<>\r");
            Append(special < 0 ? span : span[..special]);
            if (special < 0) break;
            Append(span[special] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                // \r\n and a lone \r are one \n in a cell.
                _ => special + 1 < span.Length && span[special + 1] == '\n' ? "" : "\n",
            });
            span = span[(special + 1)..];
        }
        return this;
    }

    private Utf8Markup Append(ReadOnlySpan<char> chars)
    {
        Room(Encoding.UTF8.GetMaxByteCount(chars.Length));
        Length += Encoding.UTF8.GetBytes(chars, _bytes.AsSpan(Length));
        return this;
    }

    private void Room(int more)
    {
        if (Length + more <= _bytes.Length) return;
        Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + more));
    }
}
