using System.Buffers.Binary;
using System.Runtime.CompilerServices;

using Lakehouse.Core.Parquet.Schema;
using Lakehouse.Core.Parquet.Thrift;

namespace Lakehouse.Core.Parquet.Encodings;

/// <summary>Decodes PLAIN values (data pages and dictionary pages) into CLR values.</summary>
internal static class PlainDecoder
{
    /// <summary>Decodes <c>output.Length</c> values; returns the bytes consumed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Decode(ReadOnlySpan<byte> data, ValueConverter converter, Span<object?> output)
    {
        var column = converter.Column;
        var width = column.Physical switch
        {
            PhysicalType.Int32 or PhysicalType.Float => 4,
            PhysicalType.Int64 or PhysicalType.Double => 8,
            PhysicalType.FixedLenByteArray => column.TypeLength,
            _ => 0,
        };
        if (width > 0 && (long)width * output.Length > data.Length)
        {
            throw Truncated(column);
        }

        switch (column.Physical)
        {
            case PhysicalType.Boolean:
                return DecodeBooleans(data, converter, output);
            case PhysicalType.ByteArray:
                return DecodeByteArrays(data, converter, output);
            case PhysicalType.Int32:
                for (var i = 0; i < output.Length; i++)
                {
                    output[i] = converter.FromInt32(BinaryPrimitives.ReadInt32LittleEndian(data[(i * 4)..]));
                }

                break;
            case PhysicalType.Int64:
                for (var i = 0; i < output.Length; i++)
                {
                    output[i] = converter.FromInt64(BinaryPrimitives.ReadInt64LittleEndian(data[(i * 8)..]));
                }

                break;
            case PhysicalType.Float:
                for (var i = 0; i < output.Length; i++)
                {
                    output[i] = ValueConverter.FromFloat(BinaryPrimitives.ReadSingleLittleEndian(data[(i * 4)..]));
                }

                break;
            case PhysicalType.Double:
                for (var i = 0; i < output.Length; i++)
                {
                    output[i] = ValueConverter.FromDouble(BinaryPrimitives.ReadDoubleLittleEndian(data[(i * 8)..]));
                }

                break;
            case PhysicalType.FixedLenByteArray:
                for (var i = 0; i < output.Length; i++)
                {
                    output[i] = converter.FromBytes(data.Slice(i * width, width));
                }

                break;
            default:
                throw new ParquetFormatException(
                    $"Physical type {ThriftNames.Of(column.Physical)} of column '{column.Name}' is not supported.");
        }

        return width * output.Length;
    }

    private static int DecodeBooleans(ReadOnlySpan<byte> data, ValueConverter converter, Span<object?> output)
    {
        var bytes = (output.Length + 7) / 8;
        if (bytes > data.Length)
        {
            throw Truncated(converter.Column);
        }

        for (var i = 0; i < output.Length; i++)
        {
            output[i] = ValueConverter.FromBoolean(((data[i >> 3] >> (i & 7)) & 1) != 0);
        }

        return bytes;
    }

    private static int DecodeByteArrays(ReadOnlySpan<byte> data, ValueConverter converter, Span<object?> output)
    {
        var position = 0;
        for (var i = 0; i < output.Length; i++)
        {
            if (data.Length - position < 4)
            {
                throw Truncated(converter.Column);
            }

            var length = BinaryPrimitives.ReadInt32LittleEndian(data[position..]);
            position += 4;
            if (length < 0 || length > data.Length - position)
            {
                throw Truncated(converter.Column);
            }

            output[i] = converter.FromBytes(data.Slice(position, length));
            position += length;
        }

        return position;
    }

    internal static ParquetFormatException Truncated(ColumnDescriptor column) =>
        new($"Corrupt Parquet page in column '{column.Name}': values end early.");
}
