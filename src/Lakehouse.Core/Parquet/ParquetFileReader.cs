using Lakehouse.Core.Parquet.Reading;
using Parquet;
using Parquet.Schema;
using NetReader = Parquet.ParquetReader;

namespace Lakehouse.Core.Parquet;

/// <summary>
/// Reads flat Parquet files with Parquet.Net, one row group at a time, column-wise into typed pooled arrays
/// (<see cref="ParquetRowGroup"/>). Reads what Parquet.Net reads: files of other tools (DuckDB, Spark), data pages v1
/// and v2, UNCOMPRESSED/SNAPPY/GZIP/ZSTD/LZ4/BROTLI. Failures raise <see cref="ParquetFormatException"/> naming the file.
/// </summary>
public sealed class ParquetFileReader : IAsyncDisposable
{
    private readonly NetReader _reader;
    private readonly DataField[] _fields;
    private readonly string _source;
    private IReadOnlyList<ParquetRowGroupInfo>? _rowGroups;

    private ParquetFileReader(NetReader reader, ParquetSchema schema, DataField[] fields, string source)
    {
        _reader = reader;
        _fields = fields;
        _source = source;
        Schema = schema;
        Metadata = new Dictionary<string, string>(reader.CustomMetadata, StringComparer.Ordinal).AsReadOnly();
    }

    public ParquetSchema Schema { get; }

    public long RowCount => _reader.Metadata!.NumRows;

    /// <summary>Footer key/value metadata (a key without value maps to "").</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    public int RowGroupCount => _reader.RowGroupCount;

    /// <summary>Footer created_by, e.g. "Parquet.Net version 6.1.0 (build …)" or "DuckDB version v1.5.6 (build …)".</summary>
    public string? CreatedBy => _reader.Metadata!.CreatedBy;

    /// <summary>Footer format version (1 or 2).</summary>
    public int FormatVersion => _reader.Metadata!.Version;

    /// <summary>Row groups with per-column chunk metadata (codec, encodings, sizes, statistics).</summary>
    public IReadOnlyList<ParquetRowGroupInfo> RowGroups => _rowGroups ??= Guard(() => MetadataMapping.RowGroups(_reader, Schema, _fields));

    /// <summary>Opens a Parquet file; the reader owns the file handle.</summary>
    public static async Task<ParquetFileReader> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var stream = File.OpenRead(path);
        try
        {
            return await OpenAsync(stream, leaveOpen: false, Path.GetFileName(path), cancellationToken);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a readable, seekable stream holding a Parquet file from offset 0.</summary>
    /// <exception cref="ParquetFormatException">Not a Parquet file, a corrupt footer or an unsupported schema.</exception>
    public static Task<ParquetFileReader> OpenAsync(Stream input, bool leaveOpen = true, CancellationToken cancellationToken = default) =>
        OpenAsync(input, leaveOpen, input is FileStream file ? Path.GetFileName(file.Name) : "Parquet stream", cancellationToken);

    /// <summary>Reads row group <paramref name="index"/>, every column.</summary>
    public Task<ParquetRowGroup> ReadRowGroupAsync(int index, CancellationToken cancellationToken = default) =>
        ReadRowGroupAsync(index, null, cancellationToken);

    /// <summary>
    /// Reads row group <paramref name="index"/>, only the columns at the positions in <paramref name="columns"/> (every
    /// column when null): the others are neither read nor decoded, and their place in <see cref="ParquetRowGroup.Columns"/>
    /// holds a column of nothing that says so when asked for a value.
    /// </summary>
    public async Task<ParquetRowGroup> ReadRowGroupAsync(int index, IReadOnlySet<int>? columns, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, RowGroupCount);
        var group = _reader.OpenRowGroupReader(index);
        var read = new List<ParquetColumn>(_fields.Length);
        try
        {
            for (var c = 0; c < _fields.Length; c++)
            {
                read.Add(columns is null || columns.Contains(c)
                    ? await GuardAsync(() => ColumnReader.ReadAsync(group, _fields[c], Schema.Fields[c], cancellationToken), $"column '{_fields[c].Name}' (row group {index})")
                    : new UnreadColumn(Schema.Fields[c], checked((int)group.RowCount)));
            }

            return new ParquetRowGroup(index, checked((int)group.RowCount), read);
        }
        catch
        {
            read.ForEach(c => c.Dispose());
            throw;
        }
    }

    /// <summary>Every row as boxed values (strings as <see cref="string"/>), one row group in memory at a time: for inspection, not bulk work.</summary>
    public async IAsyncEnumerable<object?[]> ReadRowsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var g = 0; g < RowGroupCount; g++)
        {
            using var group = await ReadRowGroupAsync(g, cancellationToken);
            for (var r = 0; r < group.RowCount; r++)
            {
                var row = new object?[group.Columns.Count];
                for (var c = 0; c < row.Length; c++)
                {
                    row[c] = group.Columns[c].GetValue(r);
                }

                yield return row;
            }
        }
    }

    public ValueTask DisposeAsync() => _reader.DisposeAsync();

    private static async Task<ParquetFileReader> OpenAsync(Stream input, bool leaveOpen, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.CanRead || !input.CanSeek)
        {
            throw new ArgumentException("The input stream must be readable and seekable.", nameof(input));
        }

        ParquetMagic.Check(input, source);
        var options = new ParquetOptions
        {
            UseDateOnlyTypeForDates = true,
            MaximumSmallPoolFreeBytes = Writing.WriterOptions.PoolSmallFreeBytes,
            MaximumLargePoolFreeBytes = Writing.WriterOptions.PoolLargeFreeBytes,
        };
        NetReader? reader = null;
        try
        {
            reader = await NetReader.CreateAsync(input, options, leaveOpen, cancellationToken);
            var (schema, fields) = SchemaMapping.FromNet(reader.Schema);
            return new ParquetFileReader(reader, schema, fields, source);
        }
        catch (Exception e) when (IsFormatError(e))
        {
            if (reader is not null)
            {
                await reader.DisposeAsync();
            }

            throw e as ParquetFormatException is { } f ? new ParquetFormatException($"{source}: {f.Message}", f)
                : new ParquetFormatException($"{source}: not a readable Parquet file ({e.Message})", e);
        }
    }

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (IsFormatError(e) && e is not ParquetFormatException)
        {
            throw new ParquetFormatException($"{_source}: {e.Message}", e);
        }
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> read, string where)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (IsFormatError(e))
        {
            throw new ParquetFormatException($"{_source}: {where}: {e.Message}", e);
        }
    }

    private static bool IsFormatError(Exception e) => e is ParquetException or ParquetFormatException or IOException or InvalidDataException
        or NotSupportedException or NotImplementedException or InvalidOperationException or IndexOutOfRangeException
        or ArgumentException or OverflowException or InvalidCastException or global::Parquet.Meta.Proto.ThriftProtocolException;
}
