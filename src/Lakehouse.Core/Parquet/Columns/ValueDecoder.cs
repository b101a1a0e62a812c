using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;

using Lakehouse.Core.Parquet.Encodings;
using Lakehouse.Core.Parquet.Schema;
using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Columns;

/// <summary>Dispatches the values section of a data page to the decoder of its encoding.</summary>
internal static class ValueDecoder
{
    public static void Decode(ColumnChunkReader chunk, ColumnEncoding encoding, ReadOnlySpan<byte> data, Span<object?> output)
    {
        var physical = chunk.Column.Physical;
        switch (encoding)
        {
            case ColumnEncoding.Plain:
                PlainDecoder.Decode(data, chunk.Converter, output);
                break;
            case ColumnEncoding.PlainDictionary or ColumnEncoding.RleDictionary:
                DecodeDictionary(chunk, data, output);
                break;
            case ColumnEncoding.Rle when physical == PhysicalType.Boolean:
                DecodeRleBooleans(chunk, data, output);
                break;
            case ColumnEncoding.DeltaBinaryPacked when physical is PhysicalType.Int32 or PhysicalType.Int64:
                DecodeDeltaIntegers(chunk, data, output);
                break;
            case ColumnEncoding.DeltaLengthByteArray when physical == PhysicalType.ByteArray:
                DeltaByteArrayDecoder.DecodeDeltaLength(data, chunk.Converter, output);
                break;
            case ColumnEncoding.DeltaByteArray when physical is PhysicalType.ByteArray or PhysicalType.FixedLenByteArray:
                DeltaByteArrayDecoder.DecodeDeltaByteArray(data, chunk.Converter, output);
                break;
            case ColumnEncoding.ByteStreamSplit when physical is not (PhysicalType.Boolean or PhysicalType.ByteArray):
                var width = physical switch
                {
                    PhysicalType.Int32 or PhysicalType.Float => 4,
                    PhysicalType.Int64 or PhysicalType.Double => 8,
                    _ => chunk.Column.TypeLength,
                };
                ByteStreamSplitDecoder.Decode(data, width, chunk.Converter, output);
                break;
            default:
                throw new ParquetFormatException(
                    $"Encoding {ThriftNames.Of(encoding)} of {ThriftNames.Of(physical)} not supported in {chunk.Where}.");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DecodeDictionary(ColumnChunkReader chunk, ReadOnlySpan<byte> data, Span<object?> output)
    {
        var dictionary = chunk.Dictionary
            ?? throw new ParquetFormatException($"Corrupt Parquet file: {chunk.Where} has no dictionary page.");
        if (output.IsEmpty)
        {
            return;
        }

        if (data.IsEmpty)
        {
            throw new ParquetFormatException($"Corrupt Parquet page in {chunk.Where}: no dictionary indices.");
        }

        var indices = ArrayPool<int>.Shared.Rent(output.Length);
        try
        {
            RleBitPackedDecoder.Decode(data[1..], data[0], indices.AsSpan(0, output.Length));
            for (var i = 0; i < output.Length; i++)
            {
                var index = indices[i];
                output[i] = (uint)index < (uint)dictionary.Length
                    ? dictionary[index]
                    : throw new ParquetFormatException($"Corrupt Parquet page in {chunk.Where}: dictionary index {index}.");
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(indices);
        }
    }

    private static void DecodeRleBooleans(ColumnChunkReader chunk, ReadOnlySpan<byte> data, Span<object?> output)
    {
        var length = data.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(data) : -1;
        if (length < 0 || length > data.Length - 4)
        {
            throw new ParquetFormatException($"Corrupt Parquet page in {chunk.Where}: bad RLE length.");
        }

        var bits = new int[output.Length];
        RleBitPackedDecoder.Decode(data.Slice(4, length), 1, bits);
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = ValueConverter.FromBoolean(bits[i] != 0);
        }
    }

    private static void DecodeDeltaIntegers(ColumnChunkReader chunk, ReadOnlySpan<byte> data, Span<object?> output)
    {
        var values = new long[Math.Max(output.Length, DeltaBinaryPackedDecoder.PeekCount(data))];
        var (_, count) = DeltaBinaryPackedDecoder.Decode(data, values);
        if (count < output.Length)
        {
            throw PlainDecoder.Truncated(chunk.Column);
        }

        var int32 = chunk.Column.Physical == PhysicalType.Int32;
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = int32 ? chunk.Converter.FromInt32((int)values[i]) : chunk.Converter.FromInt64(values[i]);
        }
    }
}
