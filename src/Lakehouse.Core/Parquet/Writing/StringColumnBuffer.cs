using System.Buffers;
using Parquet;
using Parquet.Schema;

namespace Lakehouse.Core.Parquet.Writing;

/// <summary>
/// A string column: the characters are copied into pooled character chunks (so the row's strings die young instead of
/// living, and being promoted by the GC, until the row group is written) and the column holds
/// <see cref="ReadOnlyMemory{T}"/> slices of them, the form Parquet.Net encodes (and dictionary-encodes) strings from.
/// </summary>
internal sealed class StringColumnBuffer(ParquetField field, DataField dataField) : ColumnBuffer(field, dataField)
{
    private const int ChunkChars = 1 << 16;
    private readonly List<char[]> _chunks = [];
    private ReadOnlyMemory<char>[] _values = [];
    private ReadOnlyMemory<char>?[] _nullable = [];
    private int _chunk = -1;
    private int _used = ChunkChars;

    public override void RemoveLast()
    {
        Count--;
        // The characters stay in their chunk until the row group is written: a failed row is rare.
        var length = Field.Nullable ? _nullable[Count]?.Length : _values[Count].Length;
        Bytes -= length is { } n ? n + 4 : 0;
    }

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, int index, CancellationToken cancellationToken) => Field.Nullable
        ? rowGroup.WriteAsync(DataField, new ReadOnlyMemory<ReadOnlyMemory<char>?>(_nullable, 0, Count), cancellationToken: cancellationToken)
        : rowGroup.WriteAsync(DataField, new ReadOnlyMemory<ReadOnlyMemory<char>>(_values, 0, Count), cancellationToken: cancellationToken);

    public override ParquetColumn Snapshot()
    {
        // The slices point into this buffer's character chunks, which stay as they are until the row group is written.
        var values = ArrayPool<ReadOnlyMemory<char>>.Shared.Rent(Math.Max(Count, 1));
        if (!Field.Nullable)
        {
            _values.AsSpan(0, Count).CopyTo(values);
            return Column(values, null, 0);
        }

        var nulls = ArrayPool<bool>.Shared.Rent(Math.Max(Count, 1));
        var nullCount = 0;
        for (var i = 0; i < Count; i++)
        {
            var present = _nullable[i];
            nulls[i] = present is null;
            values[i] = present ?? default;
            nullCount += present is null ? 1 : 0;
        }

        return Column(values, nulls, nullCount);
    }

    public override void Reset()
    {
        base.Reset();
        _chunk = -1;
        _used = ChunkChars;
        // Keep the first chunk for the next row group; a long one came from a single long value.
        for (var i = _chunks.Count - 1; i >= 1; i--)
        {
            ArrayPool<char>.Shared.Return(_chunks[i]);
            _chunks.RemoveAt(i);
        }
    }

    public override void Dispose()
    {
        foreach (var chunk in _chunks)
        {
            ArrayPool<char>.Shared.Return(chunk);
        }

        _chunks.Clear();
        Return(ref _values);
        Return(ref _nullable);
    }

    protected override void AppendNull()
    {
        Grow(ref _nullable);
        _nullable[Count] = null;
    }

    protected override void AppendValue(object value)
    {
        var memory = Copy(((string)value).AsSpan());
        if (Field.Nullable)
        {
            Grow(ref _nullable);
            _nullable[Count] = memory;
        }
        else
        {
            Grow(ref _values);
            _values[Count] = memory;
        }

        Bytes += memory.Length + 4;
    }

    private ReadOnlyMemory<char> Copy(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return ReadOnlyMemory<char>.Empty;
        }

        if (_chunk < 0 || _used + text.Length > _chunks[_chunk].Length)
        {
            _chunk++;
            if (_chunk == _chunks.Count || _chunks[_chunk].Length < text.Length)
            {
                _chunks.Insert(_chunk, ArrayPool<char>.Shared.Rent(Math.Max(ChunkChars, text.Length)));
            }

            _used = 0;
        }

        var target = _chunks[_chunk];
        text.CopyTo(target.AsSpan(_used));
        var memory = new ReadOnlyMemory<char>(target, _used, text.Length);
        _used += text.Length;
        return memory;
    }
}
