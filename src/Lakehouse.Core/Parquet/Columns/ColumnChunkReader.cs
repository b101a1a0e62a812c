using Lakehouse.Core.Parquet.Compression;
using Lakehouse.Core.Parquet.Encodings;
using Lakehouse.Core.Parquet.Schema;
using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Columns;

/// <summary>Reads all pages of one column chunk into one CLR value (or null) per row.</summary>
internal sealed class ColumnChunkReader
{
    private readonly ColumnDescriptor _column;
    private readonly ColumnMetaData _meta;
    private readonly ValueConverter _converter;
    private readonly string _where;
    private object?[]? _dictionary;

    public ColumnChunkReader(ColumnDescriptor column, ColumnMetaData meta, string where)
    {
        _column = column;
        _meta = meta;
        _converter = new ValueConverter(column);
        _where = where;
        if (!PageCodec.IsSupported(meta.Codec))
        {
            throw new ParquetFormatException($"Codec {ThriftNames.Of(meta.Codec)} not supported in {where}.");
        }

        if (meta.Type != column.Physical)
        {
            throw new ParquetFormatException($"Corrupt Parquet footer: {where} has type {ThriftNames.Of(meta.Type)}.");
        }
    }

    /// <summary>Decodes the chunk bytes (starting at its first page) into <paramref name="rows"/> values.</summary>
    public object?[] Read(byte[] chunk, int rows)
    {
        var result = new object?[rows];
        var position = 0;
        var row = 0;
        while (row < rows)
        {
            if (position >= chunk.Length)
            {
                throw new ParquetFormatException($"Corrupt Parquet file: {_where} ends after {row} of {rows} values.");
            }

            var reader = new CompactReader(chunk, position, chunk.Length - position);
            var header = PageHeader.Read(reader);
            var start = reader.Position;
            if (header.CompressedPageSize < 0 || header.CompressedPageSize > chunk.Length - start)
            {
                throw new ParquetFormatException($"Corrupt Parquet file: a page of {_where} runs past the column chunk.");
            }

            var body = chunk.AsSpan(start, header.CompressedPageSize);
            position = start + header.CompressedPageSize;
            var output = result.AsSpan(row, Math.Clamp(header.NumValues, 0, rows - row));
            row += header.Type switch
            {
                PageType.DictionaryPage => ReadDictionary(header, body),
                PageType.DataPage => DataPageDecoder.ReadV1(this, header, body, output),
                PageType.DataPageV2 => DataPageDecoder.ReadV2(this, header, body, output),
                _ => 0,
            };
        }

        return result;
    }

    private int ReadDictionary(PageHeader header, ReadOnlySpan<byte> body)
    {
        if (header.Encoding is not (ColumnEncoding.Plain or ColumnEncoding.PlainDictionary))
        {
            throw new ParquetFormatException($"Dictionary encoding {ThriftNames.Of(header.Encoding)} not supported in {_where}.");
        }

        var data = Decompress(body, header.UncompressedPageSize);
        _dictionary = new object?[header.NumValues];
        PlainDecoder.Decode(data, _converter, _dictionary);
        return 0;
    }

    internal byte[] Decompress(ReadOnlySpan<byte> body, int uncompressedSize) =>
        PageCodec.Decompress(_meta.Codec, body, uncompressedSize, _where);

    internal CompressionCodec Codec => _meta.Codec;

    internal ColumnDescriptor Column => _column;

    internal ValueConverter Converter => _converter;

    internal object?[]? Dictionary => _dictionary;

    internal string Where => _where;
}
