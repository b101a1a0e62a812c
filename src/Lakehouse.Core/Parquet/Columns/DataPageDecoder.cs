using System.Buffers;
using System.Buffers.Binary;

using Lakehouse.Core.Parquet.Encodings;
using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Columns;

/// <summary>Decodes data pages v1 and v2: definition levels, then values, spread over the rows (nulls where level 0).</summary>
internal static class DataPageDecoder
{
    /// <summary>Data page v1: the whole body is compressed; levels are length-prefixed RLE.</summary>
    public static int ReadV1(ColumnChunkReader chunk, PageHeader header, ReadOnlySpan<byte> body, Span<object?> output)
    {
        var data = chunk.Decompress(body, header.UncompressedPageSize).AsSpan();
        if (chunk.Column.MaxDefinitionLevel == 0)
        {
            ValueDecoder.Decode(chunk, header.Encoding, data, output);
            return output.Length;
        }

        if (header.DefinitionLevelEncoding != ColumnEncoding.Rle)
        {
            throw new ParquetFormatException(
                $"Definition level encoding {ThriftNames.Of(header.DefinitionLevelEncoding)} not supported in {chunk.Where}.");
        }

        var length = data.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(data) : -1;
        if (length < 0 || length > data.Length - 4)
        {
            throw new ParquetFormatException($"Corrupt Parquet page in {chunk.Where}: bad definition levels length.");
        }

        ReadWithLevels(chunk, header.Encoding, data.Slice(4, length), data[(4 + length)..], output);
        return output.Length;
    }

    /// <summary>Data page v2: levels are stored uncompressed before the (optionally compressed) values.</summary>
    public static int ReadV2(ColumnChunkReader chunk, PageHeader header, ReadOnlySpan<byte> body, Span<object?> output)
    {
        var levelBytes = header.RepetitionLevelsByteLength + header.DefinitionLevelsByteLength;
        if (header.RepetitionLevelsByteLength < 0 || header.DefinitionLevelsByteLength < 0 || levelBytes > body.Length)
        {
            throw new ParquetFormatException($"Corrupt Parquet page in {chunk.Where}: bad level lengths.");
        }

        var levels = body.Slice(header.RepetitionLevelsByteLength, header.DefinitionLevelsByteLength);
        ReadOnlySpan<byte> values = header.IsCompressed && chunk.Codec != CompressionCodec.Uncompressed
            ? chunk.Decompress(body[levelBytes..], header.UncompressedPageSize - levelBytes)
            : body[levelBytes..];
        if (chunk.Column.MaxDefinitionLevel == 0)
        {
            ValueDecoder.Decode(chunk, header.Encoding, values, output);
        }
        else
        {
            ReadWithLevels(chunk, header.Encoding, levels, values, output);
        }

        return output.Length;
    }

    private static void ReadWithLevels(
        ColumnChunkReader chunk, ColumnEncoding encoding, ReadOnlySpan<byte> levelData, ReadOnlySpan<byte> values, Span<object?> output)
    {
        var levels = ArrayPool<int>.Shared.Rent(Math.Max(1, output.Length));
        try
        {
            var span = levels.AsSpan(0, output.Length);
            RleBitPackedDecoder.Decode(levelData, 1, span);
            var present = output.Length - span.Count(0);
            ValueDecoder.Decode(chunk, encoding, values, output[..present]);

            // Spread the present values over their rows, back to front so that nothing is overwritten early.
            var next = present - 1;
            for (var i = output.Length - 1; i >= 0; i--)
            {
                output[i] = span[i] == 1 ? output[next--] : null;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(levels);
        }
    }
}
