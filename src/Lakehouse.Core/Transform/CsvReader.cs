using System.Text;

namespace Lakehouse.Core.Transform;

/// <summary>
/// Streaming RFC 4180 reader: comma separated, double-quote quoting with <c>""</c> escapes, CR LF / LF line ends,
/// line breaks inside quoted fields. Reads one record at a time, so memory is bounded by the longest record.
/// </summary>
public sealed class CsvReader
{
    private readonly TextReader _reader;
    private readonly StringBuilder _field = new();
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

        var startLine = _line;
        var fields = new List<string>();
        while (true)
        {
            var endOfRecord = ReadField(startLine, out var value);
            fields.Add(value);
            if (endOfRecord)
            {
                break;
            }
        }

        var record = new CsvRecord(_number, startLine, fields);
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
            var c = _buffer[_position++];
            switch (c)
            {
                case ',':
                    value = _field.ToString();
                    return false;
                case '\n':
                    _line++;
                    value = _field.ToString();
                    return true;
                case '\r':
                    if (EnsureData() && _buffer[_position] == '\n')
                    {
                        _position++;
                    }

                    _line++;
                    value = _field.ToString();
                    return true;
                default:
                    _field.Append(c);
                    break;
            }
        }

        value = _field.ToString();
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

            var c = _buffer[_position++];
            if (c == '"')
            {
                if (EnsureData() && _buffer[_position] == '"')
                {
                    _field.Append('"');
                    _position++;
                    continue;
                }

                return;
            }

            if (c == '\n')
            {
                _line++;
            }

            _field.Append(c);
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
