using System.Runtime.CompilerServices;

using Lakehouse.Core.Parquet.Columns;
using Lakehouse.Core.Parquet.Compression;
using Lakehouse.Core.Parquet.Schema;
using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet;

/// <summary>
/// Writes rows to a Parquet file on a forward-only stream. Only the current row group is buffered (columnar); it is
/// written when <see cref="ParquetWriterOptions.RowGroupTargetBytes"/> is reached, on <see cref="Flush"/> and on
/// dispose, which also writes the footer. Not thread-safe.
/// </summary>
public sealed partial class ParquetWriter : IAsyncDisposable, IDisposable
{
    /// <summary>The created_by string of the footer (format "app version X (build Y)").</summary>
    public const string CreatedBy = "lakehouse version 0.1.0 (build lakehouse-core)";

    internal static readonly byte[] Magic = "PAR1"u8.ToArray();

    private readonly Stream _output;
    private readonly ParquetWriterOptions _options;
    private readonly ColumnDescriptor[] _columns;
    private readonly ColumnWriter[] _writers;
    private readonly CompressionCodec _codec;
    private readonly List<RowGroup> _rowGroups = [];
    private long _position;
    private bool _started;
    private bool _disposed;

    /// <param name="output">Writable stream; need not be seekable. Offsets are relative to its current position.</param>
    /// <param name="schema">Columns of the file.</param>
    /// <param name="options">Codec, row group size, dictionary limits, footer metadata; defaults when null.</param>
    public ParquetWriter(Stream output, ParquetSchema schema, ParquetWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(schema);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream is not writable.", nameof(output));
        }

        if (schema.Fields.Count == 0)
        {
            throw new ArgumentException("The schema has no columns.", nameof(schema));
        }

        _output = output;
        _options = options ?? new ParquetWriterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.RowGroupTargetBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.DataPageTargetBytes, 1);
        Schema = schema;
        _codec = PageCodec.ToThrift(_options.Compression);
        _columns = [.. schema.Fields.Select(SchemaConverter.ToDescriptor)];
        _writers = [.. _columns.Select(c => ColumnWriterFactory.Create(c, _options))];
    }

    public ParquetSchema Schema { get; }

    /// <summary>Rows written so far, including the buffered row group.</summary>
    public long RowCount { get; private set; }

    /// <summary>
    /// Appends one row: one value per column in schema order (bool, int, long, float, double, string, DateOnly,
    /// DateTime, decimal; null only for nullable columns). Decimals are rounded half away from zero to the column scale.
    /// </summary>
    /// <exception cref="ArgumentException">Wrong value count, a wrong type, a null in a required column, or a decimal
    /// that overflows its precision; the message names the column and the row is not written.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteRow(ReadOnlySpan<object?> values)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (values.Length != _writers.Length)
        {
            throw new ArgumentException($"Expected {_writers.Length} values, got {values.Length}.", nameof(values));
        }

        var i = 0;
        try
        {
            for (; i < _writers.Length; i++)
            {
                _writers[i].Append(values[i]);
            }
        }
        catch (ArgumentException)
        {
            for (var j = 0; j < i; j++)
            {
                _writers[j].RemoveLast();
            }

            throw;
        }

        RowCount++;
        if (BufferedBytes() >= _options.RowGroupTargetBytes)
        {
            Flush();
        }
    }

    /// <summary>Writes the buffered rows as a row group, if there are any.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var chunks = EncodeRowGroup();
        if (chunks is null)
        {
            return;
        }

        EnsureStarted();
        var rowGroup = CreateRowGroup(chunks);
        foreach (var chunk in chunks)
        {
            _output.Write(chunk.Data.WrittenSpan);
            chunk.Dispose();
        }

        _rowGroups.Add(rowGroup);
    }

    internal IReadOnlyList<ColumnDescriptor> Columns => _columns;

    internal IReadOnlyList<RowGroup> RowGroups => _rowGroups;

    internal ParquetWriterOptions Options => _options;

    private long BufferedBytes()
    {
        long total = 0;
        foreach (var writer in _writers)
        {
            total += writer.BufferedBytes;
        }

        return total;
    }

    /// <summary>Encodes all columns of the buffered row group in parallel; null when nothing is buffered.</summary>
    private EncodedChunk[]? EncodeRowGroup()
    {
        if (_writers.Length == 0 || _writers[0].RowCount == 0)
        {
            return null;
        }

        var chunks = new EncodedChunk[_writers.Length];
        Parallel.For(0, _writers.Length, i => chunks[i] = _writers[i].Encode(_codec, _options.DataPageTargetBytes));
        return chunks;
    }

    /// <summary>Builds the row group metadata with file offsets, then resets the column buffers.</summary>
    private RowGroup CreateRowGroup(EncodedChunk[] chunks)
    {
        var rowGroup = new RowGroup { NumRows = _writers[0].RowCount, FileOffset = _position };
        foreach (var chunk in chunks)
        {
            var meta = chunk.MetaData;
            var start = _position;
            meta.DataPageOffset += start;
            meta.DictionaryPageOffset += start;
            rowGroup.Columns.Add(new ColumnChunk { FileOffset = start, MetaData = meta });
            rowGroup.TotalByteSize += meta.TotalUncompressedSize;
            _position += chunk.Data.Length;
        }

        rowGroup.TotalCompressedSize = _position - rowGroup.FileOffset;
        foreach (var writer in _writers)
        {
            writer.Reset();
        }

        return rowGroup;
    }
}
