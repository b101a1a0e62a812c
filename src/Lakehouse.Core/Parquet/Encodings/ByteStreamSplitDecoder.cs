using System.Buffers;

using Lakehouse.Core.Parquet.Schema;

namespace Lakehouse.Core.Parquet.Encodings;

/// <summary>BYTE_STREAM_SPLIT: byte k of every value is stored in stream k; re-interleaved, the data is PLAIN.</summary>
internal static class ByteStreamSplitDecoder
{
    public static void Decode(ReadOnlySpan<byte> data, int width, ValueConverter converter, Span<object?> output)
    {
        var count = output.Length;
        var size = count * width;
        if (width <= 0 || data.Length < size)
        {
            throw PlainDecoder.Truncated(converter.Column);
        }

        // Streams are sized by the page's value count, which equals count for flat columns.
        var streamLength = data.Length / width;
        var plain = ArrayPool<byte>.Shared.Rent(Math.Max(1, size));
        try
        {
            for (var i = 0; i < count; i++)
            {
                for (var k = 0; k < width; k++)
                {
                    plain[(i * width) + k] = data[(k * streamLength) + i];
                }
            }

            PlainDecoder.Decode(plain.AsSpan(0, size), converter, output);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(plain);
        }
    }
}
