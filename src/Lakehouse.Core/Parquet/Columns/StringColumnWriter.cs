using System.Text;
using System.Runtime.CompilerServices;

using Lakehouse.Core.Parquet.Encodings;
using Lakehouse.Core.Parquet.Schema;
using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Columns;

/// <summary>
/// A BYTE_ARRAY (STRING) column. Starts dictionary-encoded; when the dictionary outgrows the options' limits the chunk
/// falls back to PLAIN: buffered indices are expanded to UTF-8 bytes and later values are encoded straight to bytes.
/// </summary>
internal sealed class StringColumnWriter : ColumnWriter
{
    private readonly int _maxEntries;
    private readonly int _maxBytes;
    private readonly DictionaryEncoder _dictionary = new();
    private readonly PooledList<int> _indices = new();
    private readonly ByteBuffer _data = new(4096);
    private readonly PooledList<int> _offsets = new();
    private bool _useDictionary;
    private long _plainBytes;

    public StringColumnWriter(ColumnDescriptor column, int maxEntries, int maxBytes)
        : base(column)
    {
        _maxEntries = maxEntries;
        _maxBytes = maxBytes;
        _useDictionary = maxEntries > 0;
        _offsets.Add(0);
    }

    public override long BufferedBytes => _plainBytes;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void AppendValue(object value)
    {
        var text = (string)value;
        if (_useDictionary)
        {
            var index = _dictionary.GetOrAdd(text);
            _indices.Add(index);
            _plainBytes += 4 + _dictionary.Offsets[index + 1] - _dictionary.Offsets[index];
            if (_dictionary.Count > _maxEntries || _dictionary.PlainSize > _maxBytes)
            {
                FallBackToPlain();
            }

            return;
        }

        var span = _data.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        var length = Encoding.UTF8.GetBytes(text, span);
        _data.Advance(length);
        _offsets.Add(_data.Length);
        _plainBytes += 4 + length;
    }

    protected override void RemoveLastValue()
    {
        if (_useDictionary)
        {
            var index = _indices[_indices.Count - 1];
            _plainBytes -= 4 + _dictionary.Offsets[index + 1] - _dictionary.Offsets[index];
            _indices.RemoveLast();
            return;
        }

        _offsets.RemoveLast();
        var end = _offsets[_offsets.Count - 1];
        _plainBytes -= 4 + _data.Length - end;
        _data.Truncate(end);
    }

    protected override bool TryWriteDictionaryPage(PageWriter pages)
    {
        if (!_useDictionary || _indices.Count == 0)
        {
            return false;
        }

        using var body = new ByteBuffer((int)_dictionary.PlainSize);
        PlainEncoder.WriteByteArrays(_dictionary.Bytes.WrittenSpan, _dictionary.Offsets, body);
        pages.WriteDictionaryPage(body.WrittenMemory, _dictionary.Count);
        return true;
    }

    protected override void WriteValues(ByteBuffer body, int start, int count, bool dictionary)
    {
        if (dictionary)
        {
            var bitWidth = RleBitPackedEncoder.BitWidth(_dictionary.Count - 1);
            body.WriteByte((byte)bitWidth);
            RleBitPackedEncoder.Encode<int>(_indices.Span.Slice(start, count), bitWidth, body);
        }
        else
        {
            PlainEncoder.WriteByteArrays(_data.WrittenSpan, _offsets.Span.Slice(start, count + 1), body);
        }
    }

    protected override Statistics BuildStatistics() => _useDictionary
        ? StringStatistics.FromDictionary(_dictionary, _indices.Span)
        : StringStatistics.FromPlain(_data.WrittenSpan, _offsets.Span);

    public override void Reset()
    {
        base.Reset();
        _dictionary.Clear();
        _indices.Clear();
        _data.Clear();
        _offsets.Clear();
        _offsets.Add(0);
        _plainBytes = 0;
        _useDictionary = _maxEntries > 0;
    }

    public override void Dispose()
    {
        base.Dispose();
        _dictionary.Dispose();
        _indices.Dispose();
        _data.Dispose();
        _offsets.Dispose();
    }

    private void FallBackToPlain()
    {
        foreach (var index in _indices.Span)
        {
            _data.Write(_dictionary.Entry(index));
            _offsets.Add(_data.Length);
        }

        _indices.Clear();
        _dictionary.Clear();
        _useDictionary = false;
    }
}
