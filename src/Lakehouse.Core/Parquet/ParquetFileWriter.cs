using Lakehouse.Core.Parquet.Writing;
using Parquet;
using Parquet.Schema;
using NetWriter = Parquet.ParquetWriter;

namespace Lakehouse.Core.Parquet;

/// <summary>
/// Writes rows to a Parquet file with Parquet.Net: each row's values go into typed column buffers (pooled arrays);
/// when <see cref="ParquetWriterOptions.RowGroupTargetBytes"/> is reached the buffered row group is written column by
/// column (<c>ParquetRowGroupWriter.WriteAsync</c>), string columns dictionary-encoded where their values repeat,
/// compressed, with statistics, and the buffers are reused. <see cref="DisposeAsync"/> writes the last row group and
/// the footer. Not thread-safe.
/// </summary>
public sealed class ParquetFileWriter : IAsyncDisposable
{
    private readonly Stream _output;
    private readonly ParquetWriterOptions _options;
    private readonly global::Parquet.Schema.ParquetSchema _netSchema;
    private readonly DataField[] _fields;
    private readonly ParquetOptions _netOptions;
    private readonly ColumnBuffer[] _columns;
    private NetWriter? _writer;
    private bool _disposed;
    private int _rowGroups;

    /// <param name="output">Writable stream; need not be seekable.</param>
    /// <param name="schema">Columns of the file.</param>
    /// <param name="options">Codec, row group size, dictionary threshold, footer metadata; defaults when null.</param>
    /// <exception cref="ArgumentException">An unwritable stream, an empty schema or an invalid decimal column.</exception>
    public ParquetFileWriter(Stream output, ParquetSchema schema, ParquetWriterOptions? options = null)
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
        Schema = schema;
        (_netSchema, _fields) = SchemaMapping.ToNet(schema);
        _columns = [.. schema.Fields.Select((f, i) => ColumnBuffer.For(f, _fields[i]))];
        _netOptions = WriterOptions.For(_options, _fields);
    }

    public ParquetSchema Schema { get; }

    /// <summary>
    /// Called with each row group just before it is written, its values as they will be read back (a snapshot: disposed
    /// after the call). The transform lets the validation observe silver's rows here instead of decoding the file again
    /// (<see cref="Validation.TableObservation"/>).
    /// </summary>
    public Func<ParquetRowGroup, CancellationToken, ValueTask>? RowGroupObserver { get; init; }

    /// <summary>Rows written so far, including the buffered row group.</summary>
    public long RowCount { get; private set; }

    /// <summary>Whether the buffered row group has reached its target size (<see cref="WriteRowAsync"/> then writes it).</summary>
    public bool RowGroupFull => BufferedBytes() >= _options.RowGroupTargetBytes;

    /// <summary>
    /// Appends one row: one value per column in schema order (bool, int, long, float, double, string, DateOnly,
    /// DateTime in UTC — Unspecified counts as UTC —, decimal; null only for nullable columns). Decimals are rounded
    /// half away from zero to the column scale. Writes the row group when it is full.
    /// </summary>
    /// <exception cref="ArgumentException">Wrong value count, a wrong type, a null in a required column, or a decimal
    /// that overflows its precision; the message names the column and the row is not written.</exception>
    public ValueTask WriteRowAsync(ReadOnlySpan<object?> values, CancellationToken cancellationToken = default)
    {
        Append(values);
        return RowGroupFull ? FlushAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    /// <summary>Appends one row without writing a full row group (see <see cref="WriteRowAsync"/>).</summary>
    public void Append(ReadOnlySpan<object?> values)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (values.Length != _columns.Length)
        {
            throw new ArgumentException($"Expected {_columns.Length} values, got {values.Length}.", nameof(values));
        }

        var i = 0;
        try
        {
            for (; i < _columns.Length; i++)
            {
                _columns[i].Append(values[i]);
            }
        }
        catch (ArgumentException)
        {
            for (var j = 0; j < i; j++)
            {
                _columns[j].RemoveLast();
            }

            throw;
        }

        RowCount++;
    }

    /// <summary>Writes the buffered rows as a row group, if there are any.</summary>
    public async ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_columns[0].Count == 0)
        {
            return;
        }

        if (RowGroupObserver is { } observer)
        {
            using var snapshot = new ParquetRowGroup(_rowGroups, _columns[0].Count, [.. _columns.Select(c => c.Snapshot())]);
            await observer(snapshot, cancellationToken);
        }

        _rowGroups++;
        var writer = await StartAsync(cancellationToken);
        using var rowGroup = writer.CreateRowGroup();
        for (var i = 0; i < _columns.Length; i++)
        {
            await _columns[i].WriteAsync(rowGroup, i, cancellationToken);
            _columns[i].Reset();
        }

        rowGroup.CompleteValidate();
    }

    /// <summary>Writes the buffered rows and the footer (with the options' metadata); leaves the stream open unless configured otherwise.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            await FlushAsync();
            var writer = await StartAsync(CancellationToken.None);
            writer.CustomMetadata = new Dictionary<string, string>(_options.Metadata, StringComparer.Ordinal);
            await writer.DisposeAsync();
            await _output.FlushAsync();
        }
        finally
        {
            _disposed = true;
            foreach (var column in _columns)
            {
                column.Dispose();
            }

            if (!_options.LeaveOpen)
            {
                await _output.DisposeAsync();
            }
        }
    }

    private async ValueTask<NetWriter> StartAsync(CancellationToken cancellationToken) =>
        _writer ??= await NetWriter.CreateAsync(_netSchema, _output, _netOptions, cancellationToken: cancellationToken);

    private long BufferedBytes()
    {
        long total = 0;
        foreach (var column in _columns)
        {
            total += column.Bytes;
        }

        return total;
    }
}
