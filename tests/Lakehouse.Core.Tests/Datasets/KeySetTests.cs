using Lakehouse.Core.Datasets;

namespace Lakehouse.Core.Tests.Datasets;

/// <summary><see cref="KeySet"/>: the same key is found again, different keys are not confused, compound parts keep their boundaries.</summary>
public class KeySetTests
{
    [Fact]
    public void Add_SameTextTwice_SecondIsADuplicate_OrdinalComparison()
    {
        var keys = new KeySet();

        Assert.True(keys.Add("a1b2"));
        Assert.False(keys.Add("a1b2".AsSpan()));
        Assert.True(keys.Add("A1B2")); // ordinal: case matters
        Assert.True(keys.Add(""));
        Assert.False(keys.Add(default));
        Assert.Equal(3, keys.Count);
    }

    [Fact]
    public void AddKey_CompoundParts_KeepTheirBoundariesAndTypes()
    {
        var keys = new KeySet();

        Assert.True(keys.Part("ab").Part("c").AddKey());
        Assert.True(keys.Part("a").Part("bc").AddKey());
        Assert.False(keys.Part("ab".AsSpan()).Part("c".AsSpan()).AddKey());
        Assert.True(keys.Part("order-1").Part(1).AddKey());
        Assert.True(keys.Part("order-1").Part(2).AddKey());
        Assert.False(keys.Part((object)"order-1").Part((object)1).AddKey()); // boxed values hash as themselves
        Assert.False(keys.Part((object?)null).Part(1).AddKey() && keys.Part("").Part(1).AddKey()); // null part = empty text
        Assert.Equal(5, keys.Count);
    }

    [Fact]
    public void Add_AMillionDistinctIds_NoFalseDuplicate()
    {
        var keys = new KeySet();
        for (var i = 0; i < 1_000_000; i++)
        {
            Assert.True(keys.Add($"{i:x32}"));
        }

        Assert.Equal(1_000_000, keys.Count);
        Assert.False(keys.Add($"{123_456:x32}"));
    }

    [Fact]
    public void Add_AMillionKeys_AllocatesUnder40BytesAKeyWithItsGrowth()
    {
        var ids = Enumerable.Range(0, 1_000_000).Select(i => $"{i:x32}").ToArray();
        var keys = new KeySet();

        // This thread's allocations only (other tests run beside this one): the tables, and the smaller ones each
        // doubling left behind. The HashSet<UInt128> partitions before allocated ~100 bytes a key this way (~50 held).
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var id in ids)
        {
            keys.Add(id);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(1_000_000, keys.Count);
        Assert.True(allocated < 40_000_000, $"a million keys allocated {allocated:N0} bytes");
    }
}
