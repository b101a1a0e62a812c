namespace Lakehouse.Core.Parquet.Encodings;

/// <summary>
/// DELTA_BINARY_PACKED: a header (block size, miniblocks per block, total count, first value), then blocks of
/// zigzag min delta, one bit width per miniblock and the bit-packed (delta - min delta) values.
/// </summary>
internal static class DeltaBinaryPackedDecoder
{
    /// <summary>Decodes up to <c>output.Length</c> values; returns the bytes consumed and the values decoded.</summary>
    public static (int Consumed, int Count) Decode(ReadOnlySpan<byte> data, Span<long> output)
    {
        var position = 0;
        var blockSize = (int)ReadVarUInt(data, ref position);
        var miniblocks = (int)ReadVarUInt(data, ref position);
        var total = (int)Math.Min(ReadVarUInt(data, ref position), (ulong)output.Length);
        var value = ReadZigZag(data, ref position);
        if (blockSize <= 0 || miniblocks <= 0 || blockSize % miniblocks != 0 || blockSize % 128 != 0)
        {
            throw Corrupt("bad block header");
        }

        var perMiniblock = blockSize / miniblocks;
        if (total == 0)
        {
            return (position, 0);
        }

        output[0] = value;
        var filled = 1;
        var deltas = new long[perMiniblock];
        while (filled < total)
        {
            var minDelta = ReadZigZag(data, ref position);
            if (miniblocks > data.Length - position)
            {
                throw Corrupt("truncated block");
            }

            var widths = data.Slice(position, miniblocks);
            position += miniblocks;
            for (var m = 0; m < miniblocks && filled < total; m++)
            {
                var width = widths[m];
                var bytes = BitUnpacker.PackedLength(perMiniblock, width);
                if (width > 64 || bytes > data.Length - position)
                {
                    throw Corrupt("truncated miniblock");
                }

                BitUnpacker.Unpack64(data.Slice(position, bytes), width, deltas);
                position += bytes;
                for (var i = 0; i < perMiniblock && filled < total; i++)
                {
                    value = unchecked(value + minDelta + deltas[i]);
                    output[filled++] = value;
                }
            }
        }

        return (position, total);
    }

    /// <summary>The total value count in the header (to size buffers before decoding).</summary>
    public static int PeekCount(ReadOnlySpan<byte> data)
    {
        var position = 0;
        ReadVarUInt(data, ref position);
        ReadVarUInt(data, ref position);
        var count = ReadVarUInt(data, ref position);
        return count > int.MaxValue ? throw Corrupt("bad value count") : (int)count;
    }

    private static long ReadZigZag(ReadOnlySpan<byte> data, ref int position)
    {
        var raw = ReadVarUInt(data, ref position);
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    private static ulong ReadVarUInt(ReadOnlySpan<byte> data, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            if (position >= data.Length)
            {
                throw Corrupt("truncated varint");
            }

            var b = data[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw Corrupt("malformed varint");
    }

    private static ParquetFormatException Corrupt(string what) => new($"Corrupt DELTA_BINARY_PACKED data: {what}.");
}
