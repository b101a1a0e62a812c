using System.Buffers;

using Lakehouse.Core.Parquet.Schema;

namespace Lakehouse.Core.Parquet.Encodings;

/// <summary>
/// DELTA_LENGTH_BYTE_ARRAY (DELTA_BINARY_PACKED lengths, then the concatenated bytes) and DELTA_BYTE_ARRAY
/// (DELTA_BINARY_PACKED prefix lengths, then the suffixes as DELTA_LENGTH_BYTE_ARRAY).
/// </summary>
internal static class DeltaByteArrayDecoder
{
    public static void DecodeDeltaLength(ReadOnlySpan<byte> data, ValueConverter converter, Span<object?> output)
    {
        var lengths = ArrayPool<long>.Shared.Rent(Math.Max(1, output.Length));
        try
        {
            var consumed = ReadLengths(data, lengths.AsSpan(0, output.Length), converter.Column);
            var position = consumed;
            for (var i = 0; i < output.Length; i++)
            {
                var length = lengths[i];
                if (length < 0 || length > data.Length - position)
                {
                    throw PlainDecoder.Truncated(converter.Column);
                }

                output[i] = converter.FromBytes(data.Slice(position, (int)length));
                position += (int)length;
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(lengths);
        }
    }

    public static void DecodeDeltaByteArray(ReadOnlySpan<byte> data, ValueConverter converter, Span<object?> output)
    {
        var count = output.Length;
        var prefixes = new long[count];
        var suffixes = new long[count];
        var position = ReadLengths(data, prefixes, converter.Column);
        position += ReadLengths(data[position..], suffixes, converter.Column);
        var previous = Array.Empty<byte>();
        for (var i = 0; i < count; i++)
        {
            var prefix = prefixes[i];
            var suffix = suffixes[i];
            if (prefix < 0 || prefix > previous.Length || suffix < 0 || suffix > data.Length - position)
            {
                throw PlainDecoder.Truncated(converter.Column);
            }

            var value = new byte[prefix + suffix];
            previous.AsSpan(0, (int)prefix).CopyTo(value);
            data.Slice(position, (int)suffix).CopyTo(value.AsSpan((int)prefix));
            position += (int)suffix;
            output[i] = converter.FromBytes(value);
            previous = value;
        }
    }

    private static int ReadLengths(ReadOnlySpan<byte> data, Span<long> lengths, ColumnDescriptor column)
    {
        var (consumed, count) = DeltaBinaryPackedDecoder.Decode(data, lengths);
        return count < lengths.Length ? throw PlainDecoder.Truncated(column) : consumed;
    }
}
