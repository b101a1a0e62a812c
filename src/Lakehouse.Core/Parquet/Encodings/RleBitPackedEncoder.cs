using System.Numerics;
using System.Runtime.CompilerServices;

namespace Lakehouse.Core.Parquet.Encodings;

/// <summary>
/// The RLE/bit-packed hybrid encoding (definition levels, dictionary indices): runs of 8+ equal values become RLE
/// runs, everything else bit-packed groups of 8 values (LSB first). No length prefix is written here.
/// </summary>
internal static class RleBitPackedEncoder
{
    /// <summary>Bits needed for values 0..<paramref name="maxValue"/> (at least 1).</summary>
    public static int BitWidth(int maxValue) => Math.Max(1, 32 - BitOperations.LeadingZeroCount((uint)maxValue));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Encode<T>(ReadOnlySpan<T> values, int bitWidth, ByteBuffer output)
        where T : unmanaged, IBinaryInteger<T>
    {
        var groupStart = -1; // start of pending bit-packed groups
        var i = 0;
        while (i < values.Length)
        {
            var run = RunLength(values, i);
            if (run >= 8)
            {
                FlushBitPacked(values, groupStart, i, bitWidth, output);
                groupStart = -1;
                WriteRle(int.CreateTruncating(values[i]), run, bitWidth, output);
                i += run;
            }
            else
            {
                if (groupStart < 0)
                {
                    groupStart = i;
                }

                i += 8; // the last group may overrun the end: it is padded with zeros
            }
        }

        FlushBitPacked(values, groupStart, Math.Min(i, values.Length), bitWidth, output);
    }

    private static int RunLength<T>(ReadOnlySpan<T> values, int start)
        where T : unmanaged, IBinaryInteger<T>
    {
        var value = values[start];
        var end = start + 1;
        while (end < values.Length && values[end] == value)
        {
            end++;
        }

        return end - start;
    }

    private static void WriteRle(int value, int count, int bitWidth, ByteBuffer output)
    {
        WriteVarUInt32((uint)count << 1, output);
        var bytes = (bitWidth + 7) / 8;
        for (var b = 0; b < bytes; b++)
        {
            output.WriteByte((byte)(value >> (8 * b)));
        }
    }

    private static void FlushBitPacked<T>(ReadOnlySpan<T> values, int start, int end, int bitWidth, ByteBuffer output)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (start < 0 || end <= start)
        {
            return;
        }

        var groups = (end - start + 7) / 8;
        WriteVarUInt32(((uint)groups << 1) | 1, output);
        var span = output.GetSpan(groups * bitWidth);
        ulong accumulator = 0;
        var bits = 0;
        var written = 0;
        for (var i = start; i < start + (groups * 8); i++)
        {
            var value = i < end ? ulong.CreateTruncating(values[i]) : 0;
            accumulator |= value << bits;
            bits += bitWidth;
            while (bits >= 8)
            {
                span[written++] = (byte)accumulator;
                accumulator >>= 8;
                bits -= 8;
            }
        }

        output.Advance(written);
    }

    public static void WriteVarUInt32(uint value, ByteBuffer output)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        output.WriteByte((byte)value);
    }
}
