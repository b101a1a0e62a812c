using System.Buffers;
using System.Buffers.Binary;

namespace Lakehouse.Core.Parquet.Encodings;

/// <summary>A growable byte buffer on <see cref="ArrayPool{T}"/>; return it with <see cref="Dispose"/>.</summary>
internal sealed class ByteBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] _array;

    public ByteBuffer(int initialCapacity = 256) => _array = ArrayPool<byte>.Shared.Rent(Math.Max(16, initialCapacity));

    public int Length { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, Length);

    public ReadOnlyMemory<byte> WrittenMemory => _array.AsMemory(0, Length);

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 1));
        return _array.AsSpan(Length);
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 1));
        return _array.AsMemory(Length);
    }

    public void Advance(int count) => Length += count;

    public void Write(ReadOnlySpan<byte> data)
    {
        Ensure(data.Length);
        data.CopyTo(_array.AsSpan(Length));
        Length += data.Length;
    }

    public void WriteByte(byte value)
    {
        Ensure(1);
        _array[Length++] = value;
    }

    public void WriteInt32(int value)
    {
        Ensure(4);
        BinaryPrimitives.WriteInt32LittleEndian(_array.AsSpan(Length), value);
        Length += 4;
    }

    /// <summary>Overwrites 4 bytes at <paramref name="position"/> (for length prefixes written after the data).</summary>
    public void PatchInt32(int position, int value) =>
        BinaryPrimitives.WriteInt32LittleEndian(_array.AsSpan(position), value);

    /// <summary>Drops everything after the first <paramref name="length"/> bytes.</summary>
    public void Truncate(int length) => Length = length;

    public void Clear() => Length = 0;

    public void Dispose()
    {
        var array = _array;
        _array = [];
        Length = 0;
        if (array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    private void Ensure(int extra)
    {
        var needed = (long)Length + extra;
        if (needed <= _array.Length)
        {
            return;
        }

        var size = Math.Max(needed, Math.Min((long)_array.Length * 2, Array.MaxLength));
        if (size > Array.MaxLength)
        {
            throw new InvalidOperationException("Parquet buffer exceeds the maximum array size; use smaller row groups.");
        }

        var next = ArrayPool<byte>.Shared.Rent((int)size);
        _array.AsSpan(0, Length).CopyTo(next);
        if (_array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_array);
        }

        _array = next;
    }
}
