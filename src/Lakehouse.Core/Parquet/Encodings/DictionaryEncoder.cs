using System.Text;
using System.Runtime.CompilerServices;

namespace Lakehouse.Core.Parquet.Encodings;

/// <summary>
/// Builds a string dictionary for one column chunk: distinct values get consecutive indices and their UTF-8 bytes are
/// kept for the PLAIN dictionary page. Data pages then hold RLE_DICTIONARY indices.
/// </summary>
internal sealed class DictionaryEncoder : IDisposable
{
    private readonly Dictionary<string, int> _indexByValue = new(StringComparer.Ordinal);
    private readonly PooledList<int> _offsets = new();

    public DictionaryEncoder() => _offsets.Add(0);

    public int Count => _indexByValue.Count;

    /// <summary>UTF-8 bytes of all entries, in index order.</summary>
    public ByteBuffer Bytes { get; } = new(4096);

    /// <summary>Boundaries of the entries in <see cref="Bytes"/> (Count + 1 items).</summary>
    public ReadOnlySpan<int> Offsets => _offsets.Span;

    /// <summary>PLAIN size of the dictionary page (4-byte length prefix per entry).</summary>
    public long PlainSize => Bytes.Length + (4L * Count);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int GetOrAdd(string value)
    {
        if (_indexByValue.TryGetValue(value, out var index))
        {
            return index;
        }

        index = _indexByValue.Count;
        var span = Bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length));
        Bytes.Advance(Encoding.UTF8.GetBytes(value, span));
        _offsets.Add(Bytes.Length);
        _indexByValue.Add(value, index);
        return index;
    }

    public ReadOnlySpan<byte> Entry(int index) => Bytes.WrittenSpan[_offsets[index].._offsets[index + 1]];

    public void Clear()
    {
        _indexByValue.Clear();
        Bytes.Clear();
        _offsets.Clear();
        _offsets.Add(0);
    }

    public void Dispose()
    {
        Bytes.Dispose();
        _offsets.Dispose();
    }
}
