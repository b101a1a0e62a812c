using System.Buffers;
using System.Text;

namespace Lakehouse.Core.Transform;

/// <summary>
/// Streaming RFC 4180 reader: comma separated, double-quote quoting with <c>""</c> escapes, CR LF / LF line ends,
/// line breaks inside quoted fields. Reads one record at a time, so memory is bounded by the longest record.
/// Fields are found by vectorised searches over the buffered characters (<see cref="SearchValues{T}"/>), and a field
/// that lies whole in the buffer becomes a string in one copy; character-by-character work is left to the rare field
/// that crosses a buffer boundary.
/// </summary>
public sealed class CsvReader
{
    private static readonly SearchValues<char> FieldEnds = SearchValues.Create(",\r\n");
    private static readonly SearchValues<char> QuoteOrLineFeed = SearchValues.Create("\"\n");
    private readonly TextReader _reader;
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];
    private readonly char[] _buffer = new char[64 * 1024];
    private int _position;
    private int _length;
    private long _line = 1;
    private long _number;

    /// <summary>Wraps a text reader (the caller owns it).</summary>
    public CsvReader(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
    }

    /// <summary>Reads the next record, or null at the end. The first call returns the header as record 0.</summary>
    /// <exception cref="FormatException">An unterminated quoted field; the message names the starting line.</exception>
    public CsvRecord? Read()
    {
        if (!EnsureData())
        {
            return null;
        }

        // The fields gather in one reused list and leave it as an array of the exact size: a new list per record grew
        // through arrays of 4, 8 and 16 fields, 230 MB of garbage in a full-scale ingest (docs/benchmarks.md, run K).
        var startLine = _line;
        _fields.Clear();
        while (true)
        {
            var endOfRecord = ReadField(startLine, out var value);
            _fields.Add(value);
            if (endOfRecord)
            {
                break;
            }
        }

        var record = new CsvRecord(_number, startLine, [.. _fields]);
        _number++;
        return record;
    }

    private bool ReadField(long startLine, out string value)
    {
        _field.Clear();
        if (EnsureData() && _buffer[_position] == '"')
        {
            _position++;
            ReadQuoted(startLine);
        }

        while (EnsureData())
        {
            var rest = _buffer.AsSpan(_position, _length - _position);
            var end = rest.IndexOfAny(FieldEnds);
            if (end < 0)
            {
                _field.Append(rest);
                _position = _length;
                continue;
            }

            // Most fields lie whole in the buffer: one string copy, no builder.
            value = _field.Length > 0 ? _field.Append(rest[..end]).ToString() : end == 0 ? string.Empty : new string(rest[..end]);
            _position += end;
            return EndOfField();
        }

        value = _field.ToString();
        return true;
    }

    /// <summary>Consumes the delimiter at the current position (comma, LF, CR or CR LF); true when it ends the record.</summary>
    private bool EndOfField()
    {
        var c = _buffer[_position++];
        if (c == ',')
        {
            return false;
        }

        if (c == '\r' && EnsureData() && _buffer[_position] == '\n')
        {
            _position++;
        }

        _line++;
        return true;
    }

    private void ReadQuoted(long startLine)
    {
        while (true)
        {
            if (!EnsureData())
            {
                throw new FormatException($"Unterminated quoted field starting on line {startLine}.");
            }

            var rest = _buffer.AsSpan(_position, _length - _position);
            var stop = rest.IndexOfAny(QuoteOrLineFeed);
            if (stop < 0)
            {
                _field.Append(rest);
                _position = _length;
                continue;
            }

            _field.Append(rest[..stop]);
            _position += stop + 1;
            if (rest[stop] == '\n')
            {
                _line++;
                _field.Append('\n');
                continue;
            }

            if (EnsureData() && _buffer[_position] == '"')
            {
                _field.Append('"');
                _position++;
                continue;
            }

            return;
        }
    }

    private bool EnsureData()
    {
        if (_position < _length)
        {
            return true;
        }

        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
