using System.Buffers;

namespace Lakehouse.Core.Parquet.Encodings;

/// <summary>A growable list of unmanaged values on <see cref="ArrayPool{T}"/> (columnar buffers of the writer).</summary>
internal sealed class PooledList<T> : IDisposable
    where T : unmanaged
{
    private T[] _array = ArrayPool<T>.Shared.Rent(1024);

    public int Count { get; private set; }

    public Span<T> Span => _array.AsSpan(0, Count);

    public T this[int index] => _array[index];

    public void Add(T value)
    {
        if (Count == _array.Length)
        {
            Grow();
        }

        _array[Count++] = value;
    }

    public void RemoveLast() => Count--;

    public void Clear() => Count = 0;

    public void Dispose()
    {
        if (_array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_array);
        }

        _array = [];
        Count = 0;
    }

    private void Grow()
    {
        var next = ArrayPool<T>.Shared.Rent(Math.Max(1024, _array.Length * 2));
        _array.AsSpan(0, Count).CopyTo(next);
        if (_array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_array);
        }

        _array = next;
    }
}
