using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Lakehouse.Core.Parquet.Encodings;

/// <summary>Unpacks LSB-first bit-packed values (RLE/bit-packed hybrid groups and DELTA_BINARY_PACKED miniblocks).</summary>
internal static class BitUnpacker
{
    /// <summary>Unpacks <c>output.Length</c> values of <paramref name="bitWidth"/> (0..32) bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Unpack32(ReadOnlySpan<byte> source, int bitWidth, Span<int> output)
    {
        if (bitWidth == 0)
        {
            output.Clear();
            return;
        }

        var mask = (1UL << bitWidth) - 1;
        var safeEnd = source.Length - 8;
        long bitPosition = 0;
        for (var i = 0; i < output.Length; i++, bitPosition += bitWidth)
        {
            var byteIndex = (int)(bitPosition >> 3);
            var word = byteIndex <= safeEnd
                ? BinaryPrimitives.ReadUInt64LittleEndian(source[byteIndex..])
                : ReadTail(source, byteIndex);
            output[i] = (int)((word >> (int)(bitPosition & 7)) & mask);
        }
    }

    /// <summary>Unpacks <c>output.Length</c> values of <paramref name="bitWidth"/> (0..64) bits.</summary>
    public static void Unpack64(ReadOnlySpan<byte> source, int bitWidth, Span<long> output)
    {
        if (bitWidth == 0)
        {
            output.Clear();
            return;
        }

        var mask = bitWidth == 64 ? ulong.MaxValue : (1UL << bitWidth) - 1;
        long bitPosition = 0;
        for (var i = 0; i < output.Length; i++, bitPosition += bitWidth)
        {
            var byteIndex = (int)(bitPosition >> 3);
            var shift = (int)(bitPosition & 7);
            var word = ReadWord(source, byteIndex) >> shift;
            if (shift + bitWidth > 64)
            {
                word |= (ulong)ByteAt(source, byteIndex + 8) << (64 - shift);
            }

            output[i] = (long)(word & mask);
        }
    }

    /// <summary>Bytes needed for <paramref name="count"/> values of <paramref name="bitWidth"/> bits.</summary>
    public static int PackedLength(int count, int bitWidth) => (int)(((long)count * bitWidth + 7) / 8);

    private static ulong ReadWord(ReadOnlySpan<byte> source, int byteIndex) =>
        byteIndex <= source.Length - 8
            ? BinaryPrimitives.ReadUInt64LittleEndian(source[byteIndex..])
            : ReadTail(source, byteIndex);

    private static byte ByteAt(ReadOnlySpan<byte> source, int index) => index < source.Length ? source[index] : (byte)0;

    private static ulong ReadTail(ReadOnlySpan<byte> source, int byteIndex)
    {
        ulong word = 0;
        for (var b = 0; b < 8 && byteIndex + b < source.Length; b++)
        {
            word |= (ulong)source[byteIndex + b] << (8 * b);
        }

        return word;
    }
}
