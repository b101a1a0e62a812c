using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;

namespace Lakehouse.Core.Parquet.Encodings;

/// <summary>PLAIN encoding: little-endian fixed-width values, bit-packed booleans, length-prefixed byte arrays.</summary>
internal static class PlainEncoder
{
    public static void WriteFixed<T>(ReadOnlySpan<T> values, ByteBuffer output)
        where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The Parquet writer needs a little-endian platform.");
        }

        output.Write(MemoryMarshal.AsBytes(values));
    }

    /// <summary>Booleans (one byte each, 0 or 1) bit-packed LSB first.</summary>
    public static void WriteBooleans(ReadOnlySpan<byte> values, ByteBuffer output)
    {
        var span = output.GetSpan((values.Length + 7) / 8);
        var bytes = 0;
        for (var i = 0; i < values.Length; i += 8)
        {
            var packed = 0;
            var end = Math.Min(8, values.Length - i);
            for (var bit = 0; bit < end; bit++)
            {
                packed |= values[i + bit] << bit;
            }

            span[bytes++] = (byte)packed;
        }

        output.Advance(bytes);
    }

    /// <summary>Length-prefixed byte arrays; <paramref name="offsets"/> holds count + 1 boundaries into <paramref name="data"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteByteArrays(ReadOnlySpan<byte> data, ReadOnlySpan<int> offsets, ByteBuffer output)
    {
        var count = offsets.Length - 1;
        if (count <= 0)
        {
            return;
        }

        var total = offsets[count] - offsets[0] + (4 * count);
        var span = output.GetSpan(total);
        var position = 0;
        for (var i = 0; i < count; i++)
        {
            var value = data[offsets[i]..offsets[i + 1]];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(span[position..], value.Length);
            value.CopyTo(span[(position + 4)..]);
            position += 4 + value.Length;
        }

        output.Advance(position);
    }
}
