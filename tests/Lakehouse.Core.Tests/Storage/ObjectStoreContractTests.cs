using System.Security.Cryptography;
using System.Text;
using Lakehouse.Core.Storage;
using Lakehouse.Testing;

namespace Lakehouse.Core.Tests.Storage;

/// <summary>The behaviour every <see cref="IObjectStore"/> shares; each store runs it in a subclass.</summary>
public abstract partial class ObjectStoreContractTests : IAsyncLifetime
{
    protected IObjectStore Store { get; private set; } = null!;

    protected string Bucket { get; } = S3Server.UniqueBucketName("contract");

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await Store.EnsureBucketAsync(Bucket, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        (Store as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    protected abstract Task<IObjectStore> CreateStoreAsync();

    [Fact]
    public async Task PutAsync_Bytes_RoundTripsWithSizeAndMd5ETag()
    {
        var bytes = Encoding.UTF8.GetBytes("order_id,customer_id\n1,2\n");

        var info = await Store.PutAsync(Bucket, "olist/orders/a.csv", new MemoryStream(bytes), CancellationToken.None);
        var read = await ReadAllAsync("olist/orders/a.csv");

        Assert.Equal(bytes, read);
        Assert.Equal(new ObjectInfo(Bucket, "olist/orders/a.csv", bytes.Length, Md5Hex(bytes), info.LastModified), info);
        Assert.InRange(info.LastModified, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
    }

    [Fact]
    public async Task PutAsync_NonSeekableStream_StoresAllBytes()
    {
        var bytes = RandomNumberGenerator.GetBytes((3 * 1024 * 1024) + 17);

        var info = await Store.PutAsync(Bucket, "big.bin", new NonSeekableStream(new MemoryStream(bytes)), CancellationToken.None);

        Assert.Equal(bytes.Length, info.Size);
        Assert.Equal(Md5Hex(bytes), info.ETag);
        Assert.Equal(bytes, await ReadAllAsync("big.bin"));
    }

    [Fact]
    public async Task PutFileAsync_ThenDownloadToFileAsync_WritesSameBytes()
    {
        using var temp = new TempDirectory("files");
        var source = temp.Combine("source.csv");
        var target = temp.Combine(Path.Combine("nested", "target.csv"));
        await File.WriteAllTextAsync(source, "a,b\n1,2\n");

        var info = await Store.PutFileAsync(Bucket, "files/source.csv", source, CancellationToken.None);
        await Store.DownloadToFileAsync(Bucket, "files/source.csv", target, CancellationToken.None);

        Assert.Equal(new FileInfo(source).Length, info.Size);
        Assert.Equal(await File.ReadAllBytesAsync(source), await File.ReadAllBytesAsync(target));
    }

    [Fact]
    public async Task HeadAsync_MissingKey_ReturnsNull()
    {
        var info = await Store.HeadAsync(Bucket, "missing/key.csv", CancellationToken.None);

        Assert.Null(info);
    }

    [Fact]
    public async Task HeadAsync_ExistingKey_MatchesPutInfo()
    {
        var put = await Store.PutAsync(Bucket, "head/x.txt", new MemoryStream([1, 2, 3]), CancellationToken.None);

        var head = await Store.HeadAsync(Bucket, "head/x.txt", CancellationToken.None);

        Assert.Equal(put, head);
    }

    [Fact]
    public async Task OpenReadAsync_MissingKey_ThrowsObjectNotFoundNamingBucketAndKey()
    {
        var open = () => Store.OpenReadAsync(Bucket, "missing/key.csv", CancellationToken.None);

        var error = await Assert.ThrowsAsync<ObjectNotFoundException>(open);

        Assert.Contains(Bucket, error.Message, StringComparison.Ordinal);
        Assert.Contains("missing/key.csv", error.Message, StringComparison.Ordinal);
        Assert.Equal((Bucket, "missing/key.csv"), (error.Bucket, error.Key));
    }

    [Fact]
    public async Task DownloadToFileAsync_MissingKey_ThrowsObjectNotFound()
    {
        using var temp = new TempDirectory("files");

        var download = () => Store.DownloadToFileAsync(Bucket, "missing.csv", temp.Combine("x.csv"), CancellationToken.None);

        await Assert.ThrowsAsync<ObjectNotFoundException>(download);
        Assert.False(File.Exists(temp.Combine("x.csv")));
    }

    [Fact]
    public async Task ListAsync_Prefix_ReturnsNestedKeysInKeyOrder()
    {
        string[] keys = ["olist/orders/ingest_date=2026-11-22/b.csv", "olist/orders/a.csv", "olist/items/c.csv", "olist/orders/ingest_date=2026-11-21/z.csv", "other/d.csv"];
        foreach (var key in keys)
        {
            await Store.PutAsync(Bucket, key, new MemoryStream(Encoding.UTF8.GetBytes(key)), CancellationToken.None);
        }

        var orders = await ListKeysAsync("olist/orders/");
        var partial = await ListKeysAsync("olist/ord");
        var all = await ListKeysAsync("");

        Assert.Equal(["olist/orders/a.csv", "olist/orders/ingest_date=2026-11-21/z.csv", "olist/orders/ingest_date=2026-11-22/b.csv"], orders);
        Assert.Equal(orders, partial);
        Assert.Equal(keys.Order(StringComparer.Ordinal), all);
    }

    [Fact]
    public async Task ListAsync_NoMatch_ReturnsEmpty()
    {
        await Store.PutAsync(Bucket, "a/b.csv", new MemoryStream([1]), CancellationToken.None);

        var keys = await ListKeysAsync("zzz/");

        Assert.Empty(keys);
    }

    [Fact]
    public async Task ListAsync_ObjectInfo_HasSizeAndETag()
    {
        var put = await Store.PutAsync(Bucket, "list/one.txt", new MemoryStream([1, 2, 3, 4]), CancellationToken.None);

        var listed = await Store.ListAsync(Bucket, "list/", CancellationToken.None).ToListAsync();

        var item = Assert.Single(listed);
        Assert.Equal((put.Key, put.Size, put.ETag), (item.Key, item.Size, item.ETag));
    }

    [Fact]
    public async Task PutAsync_ExistingKey_Overwrites()
    {
        await Store.PutAsync(Bucket, "k.txt", new MemoryStream("first"u8.ToArray()), CancellationToken.None);

        var info = await Store.PutAsync(Bucket, "k.txt", new MemoryStream("second!"u8.ToArray()), CancellationToken.None);

        Assert.Equal("second!"u8.ToArray(), await ReadAllAsync("k.txt"));
        Assert.Equal(7, info.Size);
        Assert.Equal(["k.txt"], await ListKeysAsync(""));
    }

    [Fact]
    public async Task DeleteAsync_ExistingKey_RemovesIt()
    {
        await Store.PutAsync(Bucket, "del/x.txt", new MemoryStream([1]), CancellationToken.None);

        await Store.DeleteAsync(Bucket, "del/x.txt", CancellationToken.None);

        Assert.Null(await Store.HeadAsync(Bucket, "del/x.txt", CancellationToken.None));
        Assert.Empty(await ListKeysAsync("del/"));
    }

    [Fact]
    public async Task DeleteAsync_MissingKeyTwice_DoesNotThrow()
    {
        await Store.DeleteAsync(Bucket, "never/there.txt", CancellationToken.None);

        await Store.DeleteAsync(Bucket, "never/there.txt", CancellationToken.None);

        Assert.Null(await Store.HeadAsync(Bucket, "never/there.txt", CancellationToken.None));
    }

    [Theory]
    [InlineData("olist/orders/ingest_date=2026-11-22/my file ção.csv")]
    [InlineData("docs/relatório anual (2025) + anexos.pdf")]
    [InlineData("emoji/😀 data.csv")]
    public async Task PutAsync_KeyWithSpacesUnicodeAndEquals_RoundTripsAndLists(string key)
    {
        var bytes = Encoding.UTF8.GetBytes(key);

        await Store.PutAsync(Bucket, key, new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal(bytes, await ReadAllAsync(key));
        Assert.Equal([key], await ListKeysAsync(key[..(key.IndexOf('/', StringComparison.Ordinal) + 1)]));
        Assert.NotNull(await Store.HeadAsync(Bucket, key, CancellationToken.None));
    }

    [Fact]
    public async Task EnsureBucketAsync_ExistingBucket_IsIdempotentAndKeepsObjects()
    {
        await Store.PutAsync(Bucket, "keep.txt", new MemoryStream([1]), CancellationToken.None);

        await Store.EnsureBucketAsync(Bucket, CancellationToken.None);
        await Store.EnsureBucketAsync(Bucket, CancellationToken.None);

        Assert.Equal(["keep.txt"], await ListKeysAsync(""));
    }

    [Fact]
    public async Task PutAsync_MissingBucket_ThrowsObjectStoreExceptionNamingBucket()
    {
        var missing = S3Server.UniqueBucketName("missing");

        var put = () => Store.PutAsync(missing, "x.txt", new MemoryStream([1]), CancellationToken.None);

        var error = await Assert.ThrowsAsync<ObjectStoreException>(put);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_MissingBucket_ThrowsObjectNotFound()
    {
        var missing = S3Server.UniqueBucketName("missing");

        var list = () => Store.ListAsync(missing, "", CancellationToken.None).ToListAsync().AsTask();

        var error = await Assert.ThrowsAsync<ObjectNotFoundException>(list);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    protected async Task<byte[]> ReadAllAsync(string key)
    {
        await using var stream = await Store.OpenReadAsync(Bucket, key, CancellationToken.None);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    protected async Task<List<string>> ListKeysAsync(string prefix) =>
        await Store.ListAsync(Bucket, prefix, CancellationToken.None).Select(info => info.Key).ToListAsync();

    private static string Md5Hex(byte[] bytes) =>
#pragma warning disable CA5351 // The S3 single-part ETag is an MD5: the contract under test.
        Convert.ToHexStringLower(MD5.HashData(bytes));
#pragma warning restore CA5351
}
