using System.Text;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Storage;

/// <summary>Bronze is immutable: the put-if-absent every store offers never replaces an object.</summary>
public abstract partial class ObjectStoreContractTests
{
    [Fact]
    public async Task PutFileIfAbsentAsync_NewKey_StoresTheFile()
    {
        using var temp = new TempDirectory("files");
        var source = temp.Combine("orders.csv");
        await File.WriteAllTextAsync(source, "order_id\n1\n");

        var info = await Store.PutFileIfAbsentAsync(Bucket, "olist/orders/ingest_date=2026-12-02/orders.csv", source, CancellationToken.None);

        Assert.NotNull(info);
        Assert.Equal("order_id\n1\n", Encoding.UTF8.GetString(await ReadAllAsync("olist/orders/ingest_date=2026-12-02/orders.csv")));
    }

    [Fact]
    public async Task PutFileIfAbsentAsync_KeyTaken_WritesNothingAndKeepsTheObject()
    {
        using var temp = new TempDirectory("files");
        var good = temp.Combine("good.csv");
        var empty = temp.Combine("empty.csv");
        await File.WriteAllTextAsync(good, "order_id\n1\n2\n");
        await File.WriteAllTextAsync(empty, "");
        var first = await Store.PutFileIfAbsentAsync(Bucket, "olist/orders/o.csv", good, CancellationToken.None);

        var second = await Store.PutFileIfAbsentAsync(Bucket, "olist/orders/o.csv", empty, CancellationToken.None);

        Assert.Null(second);
        Assert.Equal(first, await Store.HeadAsync(Bucket, "olist/orders/o.csv", CancellationToken.None));
        Assert.Equal("order_id\n1\n2\n", Encoding.UTF8.GetString(await ReadAllAsync("olist/orders/o.csv")));
    }
}
