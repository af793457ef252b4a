using System.Text.Json;

namespace IndexScorer.IO.Results;

/// <summary>
/// A JSON file read token by token through <see cref="Utf8JsonReader"/> over a buffer refilled from the stream: the buffer
/// holds a window of the file (it grows only for a single token longer than itself), never the whole file.
/// </summary>
internal sealed class JsonInput(Stream stream)
{
    private static readonly JsonReaderOptions Options = new();

    private byte[] _buffer = new byte[64 * 1024];
    private int _length;
    private bool _final;

    /// <summary>A reader at the start of the file (before its first token).</summary>
    public Utf8JsonReader Start()
    {
        Fill();
        return new Utf8JsonReader(_buffer.AsSpan(0, _length), _final, new JsonReaderState(Options));
    }

    /// <summary>Moves to the next token, reading on when the buffer runs out; false only at the end of the file.</summary>
    /// <remarks>A reader at the end of an incomplete file throws a <see cref="JsonException"/> with its line and position.</remarks>
    public bool Next(ref Utf8JsonReader reader)
    {
        while (!reader.Read())
        {
            if (_final) return false;
            var consumed = (int)reader.BytesConsumed;
            var left = _length - consumed;
            if (consumed == 0 && left == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            Buffer.BlockCopy(_buffer, consumed, _buffer, 0, left);
            _length = left;
            Fill();
            reader = new Utf8JsonReader(_buffer.AsSpan(0, _length), _final, reader.CurrentState);
        }
        return true;
    }

    /// <summary>Passes over the value the reader is on (an object or array whole).</summary>
    public void Skip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        // Within the buffer the reader passes the value over by itself (several times faster); across a refill, token by token.
        if (reader.TrySkip()) return;
        var depth = reader.CurrentDepth;
        while (Next(ref reader) && reader.CurrentDepth > depth)
        {
        }
    }

    private void Fill()
    {
        while (_length < _buffer.Length)
        {
            var read = stream.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0)
            {
                _final = true;
                return;
            }
            _length += read;
        }
    }
}
