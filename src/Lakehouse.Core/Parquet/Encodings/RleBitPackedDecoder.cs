namespace Lakehouse.Core.Parquet.Encodings;

/// <summary>Decodes the RLE/bit-packed hybrid encoding (definition levels, dictionary indices, RLE booleans).</summary>
internal static class RleBitPackedDecoder
{
    /// <summary>Decodes <c>output.Length</c> values; throws <see cref="ParquetFormatException"/> when data runs out.</summary>
    public static void Decode(ReadOnlySpan<byte> data, int bitWidth, Span<int> output)
    {
        if (bitWidth is < 0 or > 32)
        {
            throw new ParquetFormatException($"Corrupt Parquet page: RLE bit width {bitWidth}.");
        }

        var position = 0;
        var filled = 0;
        while (filled < output.Length)
        {
            var header = ReadVarUInt32(data, ref position);
            if ((header & 1) == 0)
            {
                var count = (int)Math.Min(header >> 1, (uint)(output.Length - filled));
                if (count == 0)
                {
                    throw Truncated();
                }

                var value = ReadRleValue(data, ref position, bitWidth);
                output.Slice(filled, count).Fill(value);
                filled += count;
            }
            else
            {
                var groups = header >> 1;
                var runBytes = Math.Min((long)groups * bitWidth, data.Length - position);
                var count = (int)Math.Min((long)groups * 8, output.Length - filled);
                var needed = BitUnpacker.PackedLength(count, bitWidth);
                if (needed > runBytes || groups == 0)
                {
                    throw Truncated();
                }

                BitUnpacker.Unpack32(data.Slice(position, needed), bitWidth, output.Slice(filled, count));
                filled += count;
                position += (int)runBytes;
            }
        }
    }

    private static int ReadRleValue(ReadOnlySpan<byte> data, ref int position, int bitWidth)
    {
        var bytes = (bitWidth + 7) / 8;
        if (bytes > data.Length - position)
        {
            throw Truncated();
        }

        var value = 0;
        for (var b = 0; b < bytes; b++)
        {
            value |= data[position + b] << (8 * b);
        }

        position += bytes;
        return value;
    }

    public static uint ReadVarUInt32(ReadOnlySpan<byte> data, ref int position)
    {
        uint result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (position >= data.Length)
            {
                throw Truncated();
            }

            var b = data[position++];
            result |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new ParquetFormatException("Corrupt Parquet page: malformed varint.");
    }

    private static ParquetFormatException Truncated() =>
        new("Corrupt Parquet page: RLE/bit-packed data ends before all values were read.");
}
