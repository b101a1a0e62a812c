using System.Buffers.Binary;

using Lakehouse.Core.Parquet.Columns;
using Lakehouse.Core.Parquet.Schema;
using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet;

/// <summary>
/// Reads flat Parquet files: PLAIN, dictionary, RLE, DELTA_* and BYTE_STREAM_SPLIT encodings, data pages v1 and v2,
/// UNCOMPRESSED/SNAPPY/GZIP. Anything else raises <see cref="ParquetFormatException"/> naming the feature.
/// </summary>
public sealed class ParquetReader : IDisposable
{
    private const int MaxFooterLength = 256 * 1024 * 1024;

    private readonly Stream _input;
    private readonly bool _leaveOpen;
    private readonly string _source;
    private readonly FileMetaData _metadata;
    private readonly List<ColumnDescriptor> _columns;
    private IReadOnlyList<ParquetRowGroupInfo>? _rowGroups;

    private ParquetReader(Stream input, bool leaveOpen, FileMetaData metadata, List<ColumnDescriptor> columns)
    {
        _input = input;
        _leaveOpen = leaveOpen;
        _source = input is FileStream file ? $" of {Path.GetFileName(file.Name)}" : "";
        _metadata = metadata;
        _columns = columns;
        Schema = new ParquetSchema(columns.Select(c => c.Field));
        Metadata = metadata.KeyValueMetadata
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value ?? "", StringComparer.Ordinal)
            .AsReadOnly();
    }

    public ParquetSchema Schema { get; }

    public long RowCount => _metadata.NumRows;

    /// <summary>Footer key/value metadata (a key without value maps to "").</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    public int RowGroupCount => _metadata.RowGroups.Count;

    /// <summary>Footer created_by, e.g. "parquet-cpp-arrow version 15.0.0" or "DuckDB version v1.5.6 (build ...)".</summary>
    public string? CreatedBy => _metadata.CreatedBy;

    /// <summary>Footer format version (1 or 2).</summary>
    public int FormatVersion => _metadata.Version;

    /// <summary>Row groups with per-column chunk metadata (codec, encodings, sizes, statistics).</summary>
    public IReadOnlyList<ParquetRowGroupInfo> RowGroups =>
        _rowGroups ??= [.. _metadata.RowGroups.Select((g, i) => MetadataMapper.ToInfo(i, g, _columns))];

    /// <summary>Opens a seekable stream positioned anywhere; the file must start at offset 0 of the stream.</summary>
    /// <param name="input">Readable, seekable stream.</param>
    /// <param name="leaveOpen">Whether disposing the reader leaves <paramref name="input"/> open. Default true.</param>
    /// <exception cref="ParquetFormatException">Not a Parquet file, a corrupt footer or an unsupported schema.</exception>
    public static ParquetReader Open(Stream input, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.CanRead || !input.CanSeek)
        {
            throw new ArgumentException("The input stream must be readable and seekable.", nameof(input));
        }

        var metadata = ReadFooter(input);
        return new ParquetReader(input, leaveOpen, metadata, SchemaReader.Read(metadata.Schema));
    }

    /// <summary>Opens a Parquet file; the reader owns the file handle.</summary>
    public static ParquetReader Open(string path)
    {
        var stream = File.OpenRead(path);
        try
        {
            return Open(stream, leaveOpen: false);
        }
        catch (ParquetFormatException e)
        {
            stream.Dispose();
            throw new ParquetFormatException($"{Path.GetFileName(path)}: {e.Message}", e);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads all rows, one row group in memory at a time; values as documented on <see cref="ParquetType"/>.</summary>
    public IEnumerable<object?[]> ReadRows()
    {
        for (var group = 0; group < _metadata.RowGroups.Count; group++)
        {
            var rowGroup = _metadata.RowGroups[group];
            var columns = ReadRowGroup(group);
            for (var row = 0; row < rowGroup.NumRows; row++)
            {
                var values = new object?[columns.Length];
                for (var c = 0; c < columns.Length; c++)
                {
                    values[c] = columns[c][row];
                }

                yield return values;
            }
        }
    }

    /// <summary>Reads one row group column by column: result[column][row].</summary>
    public object?[][] ReadRowGroup(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _metadata.RowGroups.Count);
        var rowGroup = _metadata.RowGroups[index];
        if (rowGroup.Columns.Count != _columns.Count)
        {
            throw new ParquetFormatException($"Corrupt Parquet footer: row group {index}{_source} has {rowGroup.Columns.Count} columns.");
        }

        if (rowGroup.NumRows is < 0 or > int.MaxValue)
        {
            throw new ParquetFormatException($"Row group {index}{_source} has {rowGroup.NumRows} rows; at most {int.MaxValue} are supported.");
        }

        var result = new object?[_columns.Count][];
        for (var c = 0; c < _columns.Count; c++)
        {
            var where = $"column '{_columns[c].Name}' (row group {index}{_source})";
            var meta = rowGroup.Columns[c].MetaData
                ?? throw new ParquetFormatException($"Column chunk metadata outside the footer is not supported in {where}.");
            var reader = new ColumnChunkReader(_columns[c], meta, where);
            result[c] = reader.Read(ReadChunkBytes(meta, where), (int)rowGroup.NumRows);
        }

        return result;
    }

    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _input.Dispose();
        }
    }

    private byte[] ReadChunkBytes(ColumnMetaData meta, string where)
    {
        var start = meta.DictionaryPageOffset is { } d && d > 0 && d < meta.DataPageOffset ? d : meta.DataPageOffset;
        if (start < 0 || meta.TotalCompressedSize < 0 || meta.TotalCompressedSize > int.MaxValue
            || start + meta.TotalCompressedSize > _input.Length)
        {
            throw new ParquetFormatException($"Corrupt Parquet footer: {where} lies outside the file.");
        }

        var bytes = new byte[meta.TotalCompressedSize];
        _input.Seek(start, SeekOrigin.Begin);
        _input.ReadExactly(bytes);
        return bytes;
    }

    private static FileMetaData ReadFooter(Stream input)
    {
        var length = input.Length;
        Span<byte> head = stackalloc byte[4];
        Span<byte> tail = stackalloc byte[8];
        if (length >= 12)
        {
            input.Seek(0, SeekOrigin.Begin);
            input.ReadExactly(head);
            input.Seek(length - 8, SeekOrigin.Begin);
            input.ReadExactly(tail);
        }

        if (length < 12 || !head.SequenceEqual(ParquetWriter.Magic) || !tail[4..].SequenceEqual(ParquetWriter.Magic))
        {
            throw new ParquetFormatException("Not a Parquet file: the PAR1 magic bytes are missing.");
        }

        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(tail);
        if (footerLength <= 0 || footerLength > length - 12 || footerLength > MaxFooterLength)
        {
            throw new ParquetFormatException($"Corrupt Parquet file: footer length {footerLength}.");
        }

        var footer = new byte[footerLength];
        input.Seek(length - 8 - footerLength, SeekOrigin.Begin);
        input.ReadExactly(footer);
        try
        {
            return FileMetaData.Read(new CompactReader(footer, 0, footer.Length));
        }
        catch (OverflowException e)
        {
            throw new ParquetFormatException("Corrupt Parquet footer: a value is out of range.", e);
        }
    }
}
