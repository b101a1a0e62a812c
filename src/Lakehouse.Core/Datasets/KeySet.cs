using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Lakehouse.Core.Datasets;

/// <summary>
/// A set of keys held as hashes (XxHash128) instead of strings: the memory of the uniqueness checks (transform and
/// validate), the referential-integrity check and the distinct counts grows by about 16 bytes per distinct key instead
/// of the key's string (about 100 bytes for a 32-character id), and adding a key allocates nothing. That is what keeps a
/// run's peak memory from growing with the file (docs/benchmarks.md, issue 16's 10x run).
/// </summary>
/// <remarks>
/// Exact for every practical purpose: a key is kept as 74 bits of its 128-bit hash (10 choose its partition, 64 are
/// stored), so two different keys collide with probability about n²/2⁷⁵ — for the 1.1 million keys of the largest file
/// of the 10x bench data about 3·10⁻¹¹, for a billion keys about 3·10⁻⁵. A compound key is hashed part by part
/// (<see cref="Part(ReadOnlySpan{char})"/>, <see cref="Part{T}"/>, then <see cref="AddKey"/>), each part prefixed with
/// its length, so ("ab", "c") and ("a", "bc") differ. Keys compare as their parts' bytes: the same text is the same key
/// (ordinal), a null part equals an empty text, as with the strings before. Not thread-safe.
/// </remarks>
public sealed class KeySet
{
    /// <summary>
    /// The hashes are spread over this many small tables by their top bits, so that no table reaches the large object
    /// heap (85,000 bytes: 10,000 slots) below ten million keys: one set of a million keys grew by doubling through 48,
    /// 24, 12… MB arrays, each left as garbage on the large object heap, which only full collections sweep — at 10x the
    /// full-scale data the run's peak was such dead arrays (docs/benchmarks.md).
    /// </summary>
    private const int PartBits = 10;

    /// <summary>
    /// Each partition is an open-addressing table of the hashes' low 64 bits (linear probing, 0 marks a free slot),
    /// doubled when three quarters full: 8 bytes a slot, 11 to 21 bytes a key. It replaced a
    /// <see cref="HashSet{T}"/> of <see cref="UInt128"/>, whose 32-byte entries, bucket array and prime-sized growth
    /// took about 50 bytes a key: with two or three fact files of a million rows in flight at 10x, the sets were the
    /// part of the peak that grew with the data (docs/benchmarks.md, run I).
    /// </summary>
    private const int InitialSlots = 16;

    private readonly ulong[]?[] _parts = new ulong[1 << PartBits][];
    private readonly int[] _used = new int[1 << PartBits];
    private readonly XxHash128 _compound = new();

    /// <summary>Distinct keys added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a single-part key; false when it was already there.</summary>
    public bool Add(ReadOnlySpan<char> key) => Add(XxHash128.HashToUInt128(MemoryMarshal.AsBytes(key)));

    /// <summary>Appends a text part to the compound key being built.</summary>
    public KeySet Part(ReadOnlySpan<char> text)
    {
        var length = text.Length;
        _compound.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(ref length)));
        _compound.Append(MemoryMarshal.AsBytes(text));
        return this;
    }

    /// <summary>Appends a fixed-size part (a number, a date) to the compound key being built.</summary>
    public KeySet Part<T>(T value)
        where T : unmanaged
    {
        var length = -System.Runtime.CompilerServices.Unsafe.SizeOf<T>(); // negative: never equal to a text's length prefix
        _compound.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(ref length)));
        _compound.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<T>(ref value)));
        return this;
    }

    /// <summary>Appends a boxed value as a part: text and the usual value types as themselves, anything else as its invariant text.</summary>
    public KeySet Part(object? value) => value switch
    {
        null => Part(ReadOnlySpan<char>.Empty),
        string s => Part(s.AsSpan()),
        ReadOnlyMemory<char> m => Part(m.Span),
        int i => Part(i),
        long l => Part(l),
        short s16 => Part((int)s16),
        decimal d => Part(d),
        double f => Part(f),
        DateOnly date => Part(date.DayNumber),
        DateTime t => Part(t.Ticks),
        bool b => Part(b ? 1 : 0),
        _ => Part((Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "").AsSpan()),
    };

    /// <summary>
    /// Adds the key of a parsed row (its <paramref name="keyColumns"/>, boxed as the transforms parse them); false for a
    /// duplicate. A single text key is hashed as its characters, any other as parts.
    /// </summary>
    public bool AddRow(object?[] values, int[] keyColumns)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(keyColumns);
        if (keyColumns.Length == 1 && values[keyColumns[0]] is string single)
        {
            return Add(single);
        }

        foreach (var k in keyColumns)
        {
            Part(values[k]);
        }

        return AddKey();
    }

    /// <summary>Adds the compound key built by the parts since the last call; false when it was already there.</summary>
    public bool AddKey()
    {
        var hash = _compound.GetCurrentHashAsUInt128();
        _compound.Reset();
        return Add(hash);
    }

    private bool Add(UInt128 hash)
    {
        var part = (int)(hash >> (128 - PartBits));
        var slots = _parts[part] ??= new ulong[InitialSlots];
        var stored = (ulong)hash;
        if (stored == 0)
        {
            stored = 1; // 0 marks a free slot: the one key in 2⁶⁴ whose bits are 0 shares the slot value of 1
        }

        if (!Insert(slots, stored))
        {
            return false;
        }

        if (++_used[part] * 4 > slots.Length * 3)
        {
            var grown = new ulong[slots.Length * 2];
            foreach (var value in slots)
            {
                if (value != 0)
                {
                    Insert(grown, value);
                }
            }

            _parts[part] = grown;
        }

        Count++;
        return true;
    }

    /// <summary>Puts <paramref name="value"/> in its slot (its low bits, then the next free one); false when it is there already.</summary>
    private static bool Insert(ulong[] slots, ulong value)
    {
        var mask = slots.Length - 1;
        for (var i = (int)value & mask; ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                slots[i] = value;
                return true;
            }

            if (slot == value)
            {
                return false;
            }
        }
    }
}
