using System.Runtime.CompilerServices;

using Lakehouse.Core.Parquet.Encodings;
using Lakehouse.Core.Parquet.Schema;
using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Columns;

/// <summary>
/// Buffers one column of the current row group (definition levels + typed values) and encodes it into pages.
/// Subclasses own the typed values; this class owns nulls, paging and the chunk metadata.
/// </summary>
internal abstract class ColumnWriter(ColumnDescriptor column) : IDisposable
{
    private readonly PooledList<byte>? _definitionLevels = column.Field.Nullable ? new() : null;

    public ColumnDescriptor Column { get; } = column;

    public int RowCount { get; private set; }

    public int NullCount { get; private set; }

    /// <summary>Approximate PLAIN size of the buffered values, in bytes.</summary>
    public abstract long BufferedBytes { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(object? value)
    {
        if (value is null)
        {
            if (_definitionLevels is null)
            {
                throw new ArgumentException($"Column '{Column.Name}' is not nullable but the value is null.");
            }

            _definitionLevels.Add(0);
            NullCount++;
            RowCount++;
            return;
        }

        try
        {
            AppendValue(value);
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException)
        {
            throw new ArgumentException($"Column '{Column.Name}' ({Column.Field.Type}): {e.Message}", e);
        }

        _definitionLevels?.Add(1);
        RowCount++;
    }

    /// <summary>Removes the last appended value (undoes a row that failed in a later column).</summary>
    public void RemoveLast()
    {
        RowCount--;
        if (_definitionLevels is not null)
        {
            var wasNull = _definitionLevels[_definitionLevels.Count - 1] == 0;
            _definitionLevels.RemoveLast();
            if (wasNull)
            {
                NullCount--;
                return;
            }
        }

        RemoveLastValue();
    }

    public EncodedChunk Encode(CompressionCodec codec, int pageTargetBytes)
    {
        var output = new ByteBuffer((int)Math.Min(BufferedBytes + 1024, 64 * 1024 * 1024));
        var pages = new PageWriter(output, codec);
        long? dictionaryOffset = null;
        var encodings = new List<ColumnEncoding> { ColumnEncoding.Plain };
        if (_definitionLevels is not null)
        {
            encodings.Add(ColumnEncoding.Rle);
        }

        var dictionary = TryWriteDictionaryPage(pages);
        if (dictionary)
        {
            dictionaryOffset = 0;
            encodings.Add(ColumnEncoding.RleDictionary);
        }

        var dataOffset = output.Length;
        WriteDataPages(pages, dictionary, pageTargetBytes);
        var statistics = BuildStatistics();
        statistics.NullCount = NullCount;
        var metaData = new ColumnMetaData
        {
            Type = Column.Physical,
            Encodings = encodings,
            PathInSchema = [Column.Name],
            Codec = codec,
            NumValues = RowCount,
            TotalUncompressedSize = pages.UncompressedBytes,
            TotalCompressedSize = pages.CompressedBytes,
            DataPageOffset = dataOffset,
            DictionaryPageOffset = dictionaryOffset,
            Statistics = statistics,
        };
        return new EncodedChunk(output, metaData);
    }

    /// <summary>Clears the buffers for the next row group.</summary>
    public virtual void Reset()
    {
        _definitionLevels?.Clear();
        RowCount = 0;
        NullCount = 0;
    }

    public virtual void Dispose() => _definitionLevels?.Dispose();

    protected abstract void AppendValue(object value);

    protected abstract void RemoveLastValue();

    /// <summary>Writes values [start, start + count) PLAIN, or as dictionary indices when a dictionary page was written.</summary>
    protected abstract void WriteValues(ByteBuffer body, int start, int count, bool dictionary);

    /// <summary>min_value/max_value of the non-null values (null count is set by the caller).</summary>
    protected abstract Statistics BuildStatistics();

    protected virtual bool TryWriteDictionaryPage(PageWriter pages) => false;

    private void WriteDataPages(PageWriter pages, bool dictionary, int pageTargetBytes)
    {
        var perRow = Math.Max(1.0, (double)BufferedBytes / Math.Max(1, RowCount));
        var rowsPerPage = (int)Math.Clamp(pageTargetBytes / perRow, 1, 1_000_000);
        using var body = new ByteBuffer((int)Math.Min(pageTargetBytes + 1024L, BufferedBytes + 1024));
        var valueIndex = 0;
        var row = 0;
        do
        {
            var rows = Math.Min(rowsPerPage, RowCount - row);
            body.Clear();
            var values = rows;
            if (_definitionLevels is not null)
            {
                var levels = _definitionLevels.Span.Slice(row, rows);
                body.WriteInt32(0);
                RleBitPackedEncoder.Encode<byte>(levels, 1, body);
                body.PatchInt32(0, body.Length - 4);
                values = rows - levels.Count((byte)0);
            }

            WriteValues(body, valueIndex, values, dictionary);
            pages.WriteDataPage(body.WrittenMemory, rows, dictionary ? ColumnEncoding.RleDictionary : ColumnEncoding.Plain);
            valueIndex += values;
            row += rows;
        }
        while (row < RowCount);
    }
}
